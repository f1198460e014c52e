import { ACTOR_LABEL, KINDS, labelOf, labelsOf, NODE_KINDS, NODE_LABEL } from '../domain/kinds';
import type { TemplateInstance, TemplateTable } from './cypher-template';

/**
 * The model's relationships as the bulk loader and the mutations write them: one
 * `bulk/link<Suffix>` statement each. `key` names the property that tells two links
 * between the same nodes apart (a person may hold two positions in one organisation).
 */
export const LINKS = [
  { suffix: 'Of', type: 'OF', from: labelOf('ATTRIBUTION'), to: labelOf('CLAIM') },
  { suffix: 'By', type: 'BY', from: labelOf('ATTRIBUTION'), to: ACTOR_LABEL },
  { suffix: 'In', type: 'IN', from: labelOf('ATTRIBUTION'), to: labelOf('SOURCE') },
  { suffix: 'Via', type: 'VIA', from: labelOf('ATTRIBUTION'), to: labelOf('SOURCE') },
  { suffix: 'OnBehalfOf', type: 'ON_BEHALF_OF', from: labelOf('ATTRIBUTION'), to: labelOf('ORGANISATION') },
  { suffix: 'PublishedBy', type: 'PUBLISHED_BY', from: labelOf('SOURCE'), to: labelOf('ORGANISATION') },
  { suffix: 'AuthoredBy', type: 'AUTHORED_BY', from: labelOf('SOURCE'), to: labelOf('PERSON') },
  { suffix: 'Cites', type: 'CITES', from: labelOf('SOURCE'), to: labelOf('SOURCE') },
  { suffix: 'About', type: 'ABOUT', from: labelOf('CLAIM'), to: NODE_LABEL },
  { suffix: 'Contradicts', type: 'CONTRADICTS', from: labelOf('CLAIM'), to: labelOf('CLAIM') },
  { suffix: 'Supports', type: 'SUPPORTS', from: labelOf('CLAIM'), to: labelOf('CLAIM') },
  { suffix: 'Positions', type: 'HOLDS_POSITION', from: labelOf('PERSON'), to: labelOf('ORGANISATION'), key: 'title' },
  { suffix: 'Memberships', type: 'MEMBER_OF', from: labelOf('ORGANISATION'), to: labelOf('ORGANISATION') },
  { suffix: 'Mentions', type: 'MENTIONED_IN', from: ACTOR_LABEL, to: labelOf('SOURCE'), key: 'start' },
] as const;

/** The claim list's anchors (claim/_anchor<Name>), one per most selective filter. */
const CLAIM_ANCHORS = ['All', 'Speaker', 'Source', 'About', 'Text'] as const;

/** paths<n> for every bound the API accepts (api/services/explorer.ts may import this); the bound must be part of the pattern, not a parameter. */
export const MAX_PATH_HOPS = 6;

const linkInstance = (l: (typeof LINKS)[number], keyed: boolean): TemplateInstance[] =>
  ('key' in l) !== keyed ? [] : [{ name: `bulk/link${l.suffix}`, values: { from: l.from, to: l.to, type: l.type, ...('key' in l ? { key: l.key } : {}) } }];

/** Every template (cypher/queries/<name>.template.cypher) and the statements it becomes. */
export const QUERY_TEMPLATES: TemplateTable = Object.freeze({
  'bulk/link': LINKS.flatMap((l) => linkInstance(l, false)),
  'bulk/linkKeyed': LINKS.flatMap((l) => linkInstance(l, true)),
  'claim/page': CLAIM_ANCHORS.map((anchor) => ({ name: `claim/page${anchor}`, values: { anchor } })),
  'claim/count': CLAIM_ANCHORS.map((anchor) => ({ name: `claim/count${anchor}`, values: { anchor } })),
  'explorer/paths': Array.from({ length: MAX_PATH_HOPS }, (_, i) => ({ name: `explorer/paths${i + 1}`, values: { maxHops: i + 1 } })),
  'explorer/pathsExact': Array.from({ length: MAX_PATH_HOPS }, (_, i) => ({ name: `explorer/pathsExact${i + 1}`, values: { maxHops: i + 1 } })),
  'write/create': (['PERSON', 'ORGANISATION', 'SOURCE', 'CLAIM', 'ATTRIBUTION'] as const).map((kind) => ({
    name: `write/create${KINDS[kind].typeName}`,
    values: { labels: labelsOf(kind).join(':') },
  })),
  'attribution/countBy': [
    { name: 'attribution/countBySources', values: { label: labelOf('SOURCE'), type: 'IN' } },
    { name: 'attribution/countBySpeakers', values: { label: ACTOR_LABEL, type: 'BY' } },
  ],
  'bulk/exportPage': (['ATTRIBUTION', 'REVIEW'] as const).map((kind) => ({ name: `bulk/export${KINDS[kind].typeName}Page`, values: { label: labelOf(kind) } })),
  'explorer/expand': [{ name: 'explorer/expand', values: { kindLabels: NODE_KINDS.map(labelOf) } }],
});
