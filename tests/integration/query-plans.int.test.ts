import fs from 'node:fs';
import path from 'node:path';
import { labelsOf } from '../../src/domain/kinds';
import { QueryCatalogue } from '../../src/graph/QueryCatalogue';
import { LINKS, QUERY_TEMPLATES } from '../../src/graph/query-templates';
import { toDriverParams } from '../../src/graph/values';
import { cypher, openHarness, resetToSeed, type Harness } from '../support/harness';

const A = ['ACTIVE'];
const page = { after: '', limit: 21 };
const claimFilter = { speakerId: null, aboutId: null, sourceId: null, lucene: null, saidFrom: null, saidTo: null, statuses: A, attributionStatuses: A };

const VECTOR = Array.from({ length: 384 }, (_, i) => (i === 0 ? 0.999 : 0.001));

const PATH = { fromId: 'person-tatyana-moskalkova', toId: 'org-ennhri', first: 10, statuses: A };

/** Representative parameters for every query on a request path. */
const PARAMS: Record<string, Record<string, unknown>> = {
  'node/byIds': { ids: ['org-ennhri'] },
  'history/nodeProps': { ids: ['org-ennhri', 'claim-moskalkova-withdrawal'] },
  'review/byIds': { ids: ['review-nope', 'claim-moskalkova-withdrawal'] },
  'review/byClaims': { ids: ['claim-eurasian-group-less-political', 'claim-moskalkova-withdrawal'], statuses: A, limit: 20 },
  'attribution/byClaims': { ids: ['claim-moskalkova-withdrawal'], statuses: A, limit: 20 },
  'attribution/byClaimsAfter': { ids: ['claim-moskalkova-withdrawal'], statuses: A, limit: 21, after: 'attr-a' },
  'attribution/countByClaims': { ids: ['claim-moskalkova-withdrawal'], statuses: A },
  'attribution/bySpeakers': { ids: ['person-tatyana-moskalkova'], statuses: A, ...page },
  'attribution/countBySpeakers': { ids: ['person-tatyana-moskalkova'], statuses: A },
  'attribution/bySources': { ids: ['src-000-moskalkova-leaves-ennhri'], statuses: A, afterStart: -2, afterId: '', limit: 21 },
  'attribution/countBySources': { ids: ['src-000-moskalkova-leaves-ennhri'], statuses: A },
  'claim/relationsByClaims': { ids: ['claim-moskalkova-withdrawal'], statuses: A, limit: 20 },
  'claim/relatedByClaims': { ids: ['claim-moskalkova-withdrawal'], kind: 'CONTRADICTS', direction: 'BOTH', statuses: A, limit: 20 },
  'claim/aboutByClaims': { ids: ['claim-moskalkova-withdrawal'], limit: 20 },
  'claim/byEvents': { ids: ['event-ennhri-vote-2023-04-11'], statuses: A, limit: 20 },
  'claim/countByEvents': { ids: ['event-ennhri-vote-2023-04-11'], statuses: A },
  'claim/supersededBy': { ids: ['claim-moskalkova-withdrawal'] },
  'claim/withAttributions': { id: 'claim-moskalkova-withdrawal', statuses: A, limit: 20 },
  'claim/pageAll': { ...claimFilter, ...page },
  'claim/pageSpeaker': { ...claimFilter, speakerId: 'person-tatyana-moskalkova', ...page },
  'claim/pageSource': { ...claimFilter, sourceId: 'src-000-moskalkova-leaves-ennhri', ...page },
  'claim/pageAbout': { ...claimFilter, aboutId: 'org-ennhri', ...page },
  'claim/pageText': { ...claimFilter, lucene: 'biolabs', ...page },
  'claim/countAll': { ...claimFilter, after: '' },
  'claim/countSpeaker': { ...claimFilter, speakerId: 'person-tatyana-moskalkova', after: '' },
  'claim/countSource': { ...claimFilter, sourceId: 'src-000-moskalkova-leaves-ennhri', after: '' },
  'claim/countAbout': { ...claimFilter, aboutId: 'org-ennhri', after: '' },
  'claim/countText': { ...claimFilter, lucene: 'biolabs', after: '' },
  'source/linksBySources': { ids: ['src-000-moskalkova-leaves-ennhri'], limit: 20 },
  'source/page': page,
  'source/count': {},
  'source/mentionsBySources': { ids: ['src-000-moskalkova-leaves-ennhri'], limit: 50 },
  'actor/linksByActors': { ids: ['org-ennhri'], limit: 20 },
  'actor/page': { ...page, label: null },
  'actor/count': { label: 'Person' },
  'actor/mentionsByActors': { ids: ['org-ennhri'], limit: 50 },
  'desk/sourceState': { id: 'src-000-moskalkova-leaves-ennhri' },
  'desk/lookupActors': { lucene: '+mosk* +ta*', kinds: ['PERSON', 'ORGANISATION'], limit: 10 },
  'search/all': { lucene: 'ENRI', kinds: ['ACTOR', 'PERSON', 'ORGANISATION', 'CLAIM', 'SOURCE', 'EVENT'], statuses: A, skip: 0, limit: 21 },
  'search/bounded': { lucene: 'ENRI', kinds: ['ACTOR', 'PERSON', 'ORGANISATION', 'CLAIM', 'SOURCE', 'EVENT'], statuses: A, skip: 0, limit: 21, window: 21, probe: 22, deepProbe: 421, quotes: 2 },
  'analysis/claimReports': { claimId: 'claim-coe-crackdown-key-feature', statuses: A, limit: 1000 },
  'analysis/impact': { id: 'src-000-moskalkova-leaves-ennhri', statuses: A },
  'analysis/actorsByNames': { queries: ['Callamard', 'Lantratova'], limit: 5 },
  'analysis/integrityBySources': { ids: ['src-000-moskalkova-leaves-ennhri'] },
  'analysis/versionsBySources': { ids: ['src-000-moskalkova-leaves-ennhri'], withText: false },
  'factcheck/provenance': { claimId: 'claim-biden-human-rights-on-table', statuses: A, limit: 20 },
  'factcheck/disputesAll': { ...page, statuses: A },
  'factcheck/disputesAbout': { aboutId: 'org-ennhri', ...page, statuses: A },
  'factcheck/timeline': { aboutId: 'org-ennhri', from: null, to: null, statuses: A, limit: 100 },
  'history/byNode': { id: 'org-ennhri', limit: 50 },
  'history/byNodeAfter': { id: 'org-ennhri', limit: 51, after: 'change-x' },
  'history/countByNode': { id: 'org-ennhri' },
  'explorer/expand': { ids: ['org-ennhri'], labels: null, statuses: A, perKind: 51, branchLimit: 204 },
  // One statement per hop bound, fast and exact (explorer/paths.template, pathsExact.template).
  ...Object.fromEntries(['paths', 'pathsExact'].flatMap((name) => [1, 2, 3, 4, 5, 6].map((n) => [`explorer/${name}${n}`, PATH]))),
  'source/textsByIds': { ids: ['src-000-moskalkova-leaves-ennhri'] },
  'explorer/nodeFieldsByIds': { ids: ['org-ennhri'] },
  // Claim matching (the vector is any unit vector of the model's 384 dimensions; upsertVectors with no rows writes nothing).
  'matching/gather': { hash: 'x'.repeat(64), lucene: 'ENNHRI OR withdrawal', vector: VECTOR, statuses: A, limit: 50, exactLimit: 10 },
  'matching/staleByIds': { ids: ['claim-moskalkova-withdrawal'], model: 'm' },
  'matching/stalePage': { after: '', limit: 256, model: 'm' },
  'matching/claimCount': {},
  'matching/upsertVectors': { rows: [], at: '2026-01-01T00:00:00Z' },
  'matching/sourceChains': { sourceId: 'src-000-moskalkova-leaves-ennhri', viaIds: [] },
  'bulk/exportAttributionPage': { after: '', limit: 100 },
  'bulk/exportReviewPage': { after: '', limit: 100 },
  'resolution/shortlist': { queries: [{ key: 'PERSON', lucene: '+kindperson +(moskalkova OR tatiana~1)' }], limit: 50 },
  'resolution/duplicateShortlist': { queries: [{ key: 'person-tatyana-moskalkova', lucene: '+kindperson +(moskalkova OR tatiana~1)' }], limit: 50 },
  'resolution/namesByIds': { ids: ['person-tatyana-moskalkova'] },
  'resolution/page': { after: '', limit: 200 },
  'resolution/differentFrom': { ids: ['org-un-hrc'] },
  // Writes, planned here with ids that match nothing, so PROFILE changes nothing.
  'resolution/setKeys': { rows: [{ id: 'person-nobody', text: 'x' }], version: 0 },
  'resolution/markDifferent': { pairs: [{ from: 'person-nobody', to: 'person-nobody-else' }], at: '2024-01-01T00:00:00Z', by: 'plan' },
  'resolution/moveDifferentFrom': { survivorId: 'person-nobody', mergedId: 'person-nobody-else' },
};

/**
 * Writes (seed, import, mutations), planned with EXPLAIN, which runs nothing, and how many
 * index seeks each needs: a link seeks both ends, an upsert the node it merges, a create none.
 */
const row = { from: 'x', to: 'y', props: { title: 't', start: 0 } };
const WRITES: Record<string, { params: Record<string, unknown>; seeks: number }> = {
  'bulk/upsert': { params: { rows: [{ id: 'x', audit: {}, props: {} }], labels: labelsOf('PERSON') }, seeks: 1 },
  ...Object.fromEntries(LINKS.map((l) => [`bulk/link${l.suffix}`, { params: { rows: [row] }, seeks: 2 }])),
  ...Object.fromEntries(QUERY_TEMPLATES['write/create'].map((i) => [i.name, { params: { props: { id: 'x' } }, seeks: 0 }])),
};

/** Whole-graph, whole-label or whole-index scans: what no request may do. */
const SCANS = /AllNodesScan|NodeByLabelScan|NodeIndexScan|RelationshipTypeScan/;

interface PlanNode {
  operatorType: string;
  children: PlanNode[];
  dbHits?: number;
}

const SEEK = /^Node(Unique)?IndexSeek/;

const operatorsOf = (p: PlanNode): string[] => [p.operatorType.replace(/@.*$/, ''), ...p.children.flatMap(operatorsOf)];
const hitsOf = (p: PlanNode): number => (p.dbHits ?? 0) + p.children.reduce((s, c) => s + hitsOf(c), 0);

describe('query plans on request paths', () => {
  let h: Harness;
  const report: string[] = [];
  beforeAll(async () => {
    h = await openHarness();
    await resetToSeed(h);
    // Plans depend on statistics: plan against fresh ones, as a long-running database would.
    await cypher(h, 'CALL db.resampleOutdatedIndexes()');
    await new Promise((r) => setTimeout(r, 1000));
    await cypher(h, 'CALL db.clearQueryCaches()');
  });
  afterAll(async () => {
    fs.mkdirSync('test-artifacts', { recursive: true });
    fs.writeFileSync(path.join('test-artifacts', 'query-plans.md'), `| query | db hits | operators |\n|---|---|---|\n${report.sort().join('\n')}\n`);
    await h.close();
  });

  it('names every request-path query of the catalogue here', () => {
    const requestPath = new QueryCatalogue().names().filter((n) => !n.startsWith('bulk/') && !n.startsWith('schema/') && !n.startsWith('write/'));
    expect(requestPath.filter((n) => !(n in PARAMS))).toEqual([]);
  });

  it.each(Object.keys(PARAMS))('%s uses index lookups, never a label or all-nodes scan', async (name) => {
    const text = new QueryCatalogue().get(name);
    const res = await h.driver.executeQuery(`PROFILE ${text}`, toDriverParams(PARAMS[name]) as Record<string, unknown>, { database: h.config.neo4j.database });
    const plan = res.summary.profile as unknown as PlanNode;
    const ops = operatorsOf(plan);
    report.push(`| ${name} | ${hitsOf(plan)} | ${[...new Set(ops)].join(', ')} |`);
    expect(ops.filter((o) => SCANS.test(o))).toEqual([]);
  });

  it('plans every statement a template makes, here or among the bulk writes', () => {
    const instances = Object.values(QUERY_TEMPLATES).flatMap((list) => list.map((i) => i.name));
    expect(instances.filter((n) => !(n in PARAMS) && !(n in WRITES))).toEqual([]);
  });

  const explain = async (text: string, params: Record<string, unknown>) =>
    operatorsOf((await h.driver.executeQuery(`EXPLAIN ${text}`, params, { database: h.config.neo4j.database })).summary.plan as unknown as PlanNode);

  it.each(Object.keys(WRITES))('%s finds its nodes by index seeks, never a scan', async (name) => {
    const ops = await explain(new QueryCatalogue().get(name), WRITES[name].params);
    expect(ops.filter((o) => SCANS.test(o))).toEqual([]);
    expect(ops.filter((o) => SEEK.test(o)).length).toBe(WRITES[name].seeks);
  });

  // Why links are templates while the upsert uses a dynamic label: Neo4j 5.26 cannot seek an
  // index through a dynamic label in MATCH, but a dynamic label in SET after a seek costs nothing.
  it('would scan every node for a dynamic label in MATCH, the form the link template avoids', async () => {
    const ops = await explain('UNWIND $rows AS row MATCH (a:$($from) {id: row.from}) MATCH (b:$($to) {id: row.to}) MERGE (a)-[r:$($type)]->(b) RETURN count(r) AS count', {
      rows: [row], from: 'Claim', to: 'Claim', type: 'SUPPORTS',
    });
    expect(ops).toContain('AllNodesScan');
    expect(ops.filter((o) => SEEK.test(o))).toEqual([]);
  });

  it('can detect a scan (the check itself can fail)', async () => {
    const r = await h.driver.executeQuery('EXPLAIN MATCH (c:Claim) WHERE c.text CONTAINS "x" RETURN c', {}, { database: h.config.neo4j.database });
    expect(operatorsOf(r.summary.plan as unknown as PlanNode).some((o) => SCANS.test(o))).toBe(true);
  });
});
