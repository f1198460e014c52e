import type { Executor, Row } from '../Executor';
import { type QueryCatalogue, queriesOf } from '../QueryCatalogue';
import { RESOLUTION_QUERIES } from '../resolution/queries';

/** Every read query the API sends, by name. Each batch query takes $ids and returns one row per id. */
const READS = {
  nodesByIds: 'node/byIds',
  attributionsByClaims: 'attribution/byClaims',
  countAttributionsByClaims: 'attribution/countByClaims',
  attributionsBySpeakers: 'attribution/bySpeakers',
  countAttributionsBySpeakers: 'attribution/countBySpeakers',
  attributionsBySources: 'attribution/bySources',
  countAttributionsBySources: 'attribution/countBySources',
  relationsByClaims: 'claim/relationsByClaims',
  relatedByClaims: 'claim/relatedByClaims',
  aboutByClaims: 'claim/aboutByClaims',
  claimsByEvents: 'claim/byEvents',
  countClaimsByEvents: 'claim/countByEvents',
  supersededBy: 'claim/supersededBy',
  claimWithAttributions: 'claim/withAttributions',
  claimPageAll: 'claim/pageAll',
  claimPageSpeaker: 'claim/pageSpeaker',
  claimPageSource: 'claim/pageSource',
  claimPageAbout: 'claim/pageAbout',
  claimPageText: 'claim/pageText',
  claimCountAll: 'claim/countAll',
  claimCountSpeaker: 'claim/countSpeaker',
  claimCountSource: 'claim/countSource',
  claimCountAbout: 'claim/countAbout',
  claimCountText: 'claim/countText',
  sourceLinks: 'source/linksBySources',
  sourcePage: 'source/page',
  sourceCount: 'source/count',
  sourceMentions: 'source/mentionsBySources',
  actorLinks: 'actor/linksByActors',
  actorPage: 'actor/page',
  actorCount: 'actor/count',
  actorMentions: 'actor/mentionsByActors',
  search: 'search/all',
  provenance: 'factcheck/provenance',
  disputesAll: 'factcheck/disputesAll',
  disputesAbout: 'factcheck/disputesAbout',
  timeline: 'factcheck/timeline',
  history: 'history/byNode',
  historyCount: 'history/countByNode',
  expand: 'explorer/expand',
  paths1: 'explorer/paths1',
  paths2: 'explorer/paths2',
  paths3: 'explorer/paths3',
  paths4: 'explorer/paths4',
  paths5: 'explorer/paths5',
  paths6: 'explorer/paths6',
  pathsExact1: 'explorer/pathsExact1',
  pathsExact2: 'explorer/pathsExact2',
  pathsExact3: 'explorer/pathsExact3',
  pathsExact4: 'explorer/pathsExact4',
  pathsExact5: 'explorer/pathsExact5',
  pathsExact6: 'explorer/pathsExact6',
  sourceTexts: 'source/textsByIds',
  nodeFieldsByIds: 'explorer/nodeFieldsByIds',
  reviewsByIds: 'review/byIds',
  reviewsByClaims: 'review/byClaims',
  reviewPage: 'bulk/exportReviewPage',
  attributionPage: 'bulk/exportAttributionPage',
  claimReports: 'analysis/claimReports',
  impact: 'analysis/impact',
  actorsByNames: 'analysis/actorsByNames',
  integrityBySources: 'analysis/integrityBySources',
  versionsBySources: 'analysis/versionsBySources',
  sourceChains: 'matching/sourceChains',
  ...RESOLUTION_QUERIES,
} as const;

export type ReadName = keyof typeof READS;

/** The read side's single door to the executor: a named query and its parameters. */
export class ReadRepository {
  private readonly q;

  constructor(
    private readonly executor: Executor,
    catalogue: QueryCatalogue,
  ) {
    this.q = queriesOf(catalogue, READS);
  }

  run(name: ReadName, params: Record<string, unknown>): Promise<Row[]> {
    return this.executor.read(this.q[name], params);
  }

  /** Runs a batch query and returns its rows' `field` in the order of ids (undefined where absent). */
  async batch(name: ReadName, ids: readonly string[], field: string, params: Record<string, unknown> = {}): Promise<unknown[]> {
    const rows = await this.run(name, { ...params, ids: [...new Set(ids)] });
    const byId = new Map(rows.map((r) => [String(r.id), r[field]]));
    return ids.map((id) => byId.get(id));
  }
}
