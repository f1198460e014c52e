import { cypher, seededServer, type Served } from '../support/harness';
import { FIXTURE_KEYS, addActor, addAttribution, addClaim, addSource, uniqueTag } from '../support/fixtures';

/**
 * Lists read to the end: a bounded list's `<field>Page` twin, walked with `after:
 * endCursor`, gives exactly the list — past the page-size cap (100) on data this suite
 * makes, and on the seed graph the same items in the same order as the list itself.
 */

const t = seededServer({ API_KEYS: FIXTURE_KEYS });
const CLAIM = 'claim-moskalkova-withdrawal';
const SRC = 'src-000-moskalkova-leaves-ennhri';
const ORG = 'org-ennhri';
const PERSON = 'person-tatyana-moskalkova';
const CAP = 100;
const DISPUTED = 'claim-ennhri-board-hostility-violations';

interface Page {
  items: unknown[];
  hasNext: boolean;
  endCursor: string | null;
}

/** A query with `$first` and `$after` for the twin; `at` finds the page in the answer. */
async function page(s: Served, query: string, vars: Record<string, unknown>, at: (d: any) => any): Promise<Page> {
  const r = await s.gql(query, vars);
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  const p = at(r.data);
  return { items: p.items, hasNext: p.pageInfo.hasNextPage, endCursor: p.pageInfo.endCursor };
}

async function walk(s: Served, query: string, vars: Record<string, unknown>, at: (d: any) => any, size: number): Promise<unknown[]> {
  const all: unknown[] = [];
  let after: string | null = null;
  for (let n = 0; n < 1000; n++) {
    const p = await page(s, query, { ...vars, first: size, after }, at);
    all.push(...p.items);
    if (!p.hasNext) return all;
    expect(p.items).toHaveLength(size);
    after = p.endCursor;
  }
  throw new Error('the walk does not end');
}

describe('past the cap: 130 attributions of one claim, and its 130 changes', () => {
  let claimId: string;
  let sourceId: string;
  let truth: string[];
  const N = 130;

  beforeAll(async () => {
    const s = t.s;
    const tag = uniqueTag('pages');
    const words = Array.from({ length: N }, (_, i) => `Witness ${i} saw the flood`);
    const source = await addSource(s, `${words.join('. ')}. (${tag})`);
    sourceId = source;
    const speaker = await addActor(s, `Witness ${tag}`);
    ({ claimId } = await addClaim(s, `The flood was seen (${tag}).`, [], { speakerId: speaker, sourceId: source, quote: words[0] }));
    for (const w of words.slice(1)) await addAttribution(s, claimId, { speakerId: speaker, sourceId: source, quote: w });
    // Ground truth from Cypher, independent of the service's statements: the claim's attributions in id order.
    truth = (await cypher<{ id: string }>(t.h, 'MATCH (:Claim {id: $id})<-[:OF]-(a:Attribution) RETURN a.id AS id ORDER BY id', { id: claimId })).map((r) => r.id);
  }, 300_000);

  const ATTRS = 'query($id: ID!, $first: Int, $after: String) { claim(id: $id) { attributionsPage(first: $first, after: $after) { items { id } pageInfo { hasNextPage endCursor } } } }';

  it('the list itself stops at the cap; attributionCount says there are more', async () => {
    expect(truth).toHaveLength(N);
    const r = await t.s.gql('query($id: ID!) { claim(id: $id) { attributions(first: 100) { id } attributionCount } }', { id: claimId });
    expect(r.data.claim.attributions).toHaveLength(CAP);
    expect(r.data.claim.attributionCount).toBe(N);
  });

  it.each([1, 7, 99, 100])('attributionsPage walked %i at a time reads all of them, in id order', async (size) => {
    const ids = (await walk(t.s, ATTRS, { id: claimId }, (d) => d.claim.attributionsPage, size)).map((a: any) => a.id);
    expect(ids).toEqual(truth);
  }, 300_000);

  it.each([1, 7, 99, 100])('historyPage walked %i at a time reads every change, oldest first', async (size) => {
    const q = 'query($id: ID!, $first: Int, $after: String) { historyPage(id: $id, first: $first, after: $after) { items { id } pageInfo { hasNextPage endCursor } } historyCount(id: $id) }';
    const changes = (await cypher<{ id: string }>(t.h, 'MATCH (:Node {id: $id})<-[:CHANGED]-(ch:Change) RETURN ch.id AS id ORDER BY ch.at, ch.id', { id: claimId })).map((r) => r.id);
    expect(changes.length).toBeGreaterThan(CAP);
    const ids = (await walk(t.s, q, { id: claimId }, (d) => d.historyPage, size)).map((c: any) => c.id);
    expect(ids).toEqual(changes);
  }, 300_000);

  // The desk's view of the same source: its attributions past the cap, in text order.
  const DESK = 'query($id: ID!, $first: Int, $after: String) { deskSource(id: $id) { attributionsPage(first: $first, after: $after) { items { id } pageInfo { hasNextPage endCursor } } } }';

  it.each([1, 7, 99, 100])('deskSource.attributionsPage walked %i at a time reads all of them once, starting with the list', async (size) => {
    const ids = (await walk(t.s, DESK, { id: sourceId }, (d) => d.deskSource.attributionsPage, size)).map((a: any) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...truth].sort());
    const list = await t.s.gql(`{ deskSource(id: ${JSON.stringify(sourceId)}) { attributions(first: 100) { id } } }`);
    expect(list.data.deskSource.attributions.map((a: any) => a.id)).toEqual(ids.slice(0, CAP));
  }, 300_000);

  it('the page after a cursor starts right after the last item read', async () => {
    const first = await page(t.s, ATTRS, { id: claimId, first: 7, after: null }, (d) => d.claim.attributionsPage);
    const next = await page(t.s, ATTRS, { id: claimId, first: 7, after: first.endCursor }, (d) => d.claim.attributionsPage);
    expect(next.items.map((a: any) => a.id)).toEqual(truth.slice(7, 14));
  });

  it('refuses a cursor it did not give out, and a page over the cap', async () => {
    const bad = await t.s.gql(ATTRS, { id: claimId, first: 5, after: 'not-a-cursor' });
    expect(bad.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'after' } });
    const big = await t.s.gql(ATTRS, { id: claimId, first: 101, after: null });
    expect(big.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

/** Twins on the seed graph: walking them gives the list's own items, in its order. */
const TWINS: [string, string, string, Record<string, string>][] = [
  ['Claim.attributions', 'claim(id: $id) { L }', 'attributions', { id: CLAIM }],
  ['Claim.counterclaims', 'claim(id: $id) { L }', 'counterclaims', { id: DISPUTED }],
  ['Claim.about', 'claim(id: $id) { L }', 'about', { id: CLAIM }],
  ['Claim.relations', 'claim(id: $id) { L }', 'relations', { id: DISPUTED }],
  ['Person.mentionedIn', 'actor(id: $id) { ... on Person { L } }', 'mentionedIn', { id: PERSON }],
  ['Person.positions', 'actor(id: $id) { ... on Person { L } }', 'positions', { id: PERSON }],
  ['Organisation.mentionedIn', 'actor(id: $id) { ... on Organisation { L } }', 'mentionedIn', { id: ORG }],
  ['Organisation.members', 'actor(id: $id) { ... on Organisation { L } }', 'members', { id: ORG }],
  ['Organisation.positionHolders', 'actor(id: $id) { ... on Organisation { L } }', 'positionHolders', { id: 'org-russia-presidential-hrc' }],
  ['Source.mentions', 'source(id: $id) { L }', 'mentions', { id: SRC }],
  ['Source.cites', 'source(id: $id) { L }', 'cites', { id: SRC }],
  ['Query.history', 'L', 'history', { id: ORG }],
  ['Query.timeline', 'L', 'timeline', { aboutId: ORG }],
  ['Provenance.entries', 'provenance(claimId: $id) { L }', 'entries', { id: CLAIM }],
];

/** What each item shows, so two lists compare by value (mentions and positions have no id). */
const SELECT: Record<string, string> = {
  attributions: '{ id }',
  counterclaims: '{ id }',
  about: '{ id }',
  relations: '{ kind from { id } to { id } }',
  mentionedIn: '{ surface start source { id } }',
  positions: '{ title from organisation { id } }',
  members: '{ from member { id } organisation { id } }',
  positionHolders: '{ title person { id } }',
  mentions: '{ surface start actor { id } }',
  cites: '{ id }',
  history: '{ id }',
  timeline: '{ date kind label node { id } }',
  entries: '{ attribution { id } }',
};

describe('twins on the seed graph give the list’s own items in its order', () => {
  it.each(TWINS)('%s', async (_name, path, field, vars) => {
    const args = field === 'history' ? 'id: $id, ' : field === 'timeline' ? 'aboutId: $aboutId, ' : '';
    const decl = Object.keys(vars).map((k) => `$${k}: ID!`).join(', ');
    const listQ = `query(${decl}) { ${path.replace('L', `${field}(${args}first: 100) ${SELECT[field]}`)} }`;
    const pageQ = `query(${decl}, $first: Int, $after: String) { ${path.replace('L', `${field}Page(${args}first: $first, after: $after) { items ${SELECT[field]} pageInfo { hasNextPage endCursor } }`)} }`;
    const dig = (d: any, key: string): any => {
      const root = d.claim ?? d.actor ?? d.source ?? d.provenance ?? d;
      return root[key];
    };
    const r = await t.s.gql(listQ, vars);
    expect(r.errors).toBeUndefined();
    const list = dig(r.data, field);
    expect(list.length).toBeGreaterThan(0);
    for (const size of [1, 7]) expect(await walk(t.s, pageQ, vars, (d) => dig(d, `${field}Page`), size)).toEqual(list);
  }, 120_000);
});
