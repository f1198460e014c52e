import { cypher, seededServer, type Harness, type Served } from '../support/harness';
import { FIXTURE_KEYS, addActor, addAttribution, addClaim, addSource, uniqueTag, write } from '../support/fixtures';

const CLAIM = 'claim-moskalkova-withdrawal';
const ATTR = 'attr-moskalkova-withdrawal';
const SRC = 'src-000-moskalkova-leaves-ennhri';
const ORG = 'org-ennhri';
const PERSON = 'person-tatyana-moskalkova';
const EVENT = 'event-ennhri-vote-2023-04-11';

/** Every bounded list field, reached from a seed node, with `first` set to $n. */
const BOUNDED: [string, string, Record<string, string>][] = [
  ['Claim.attributions', 'query($id: ID!, $n: Int) { claim(id: $id) { attributions(first: $n) { id } } }', { id: CLAIM }],
  ['Claim.counterclaims', 'query($id: ID!, $n: Int) { claim(id: $id) { counterclaims(first: $n) { id } } }', { id: CLAIM }],
  ['Claim.supportedBy', 'query($id: ID!, $n: Int) { claim(id: $id) { supportedBy(first: $n) { id } } }', { id: CLAIM }],
  ['Claim.supports', 'query($id: ID!, $n: Int) { claim(id: $id) { supports(first: $n) { id } } }', { id: CLAIM }],
  ['Claim.relations', 'query($id: ID!, $n: Int) { claim(id: $id) { relations(first: $n) { kind } } }', { id: CLAIM }],
  ['Claim.about', 'query($id: ID!, $n: Int) { claim(id: $id) { about(first: $n) { id } } }', { id: CLAIM }],
  ['Attribution.via', 'query($id: ID!, $n: Int) { attribution(id: $id) { via(first: $n) { id } } }', { id: ATTR }],
  ['Event.claims', 'query($id: ID!, $n: Int) { event(id: $id) { claims(first: $n) { id } } }', { id: EVENT }],
  ['Person.mentionedIn', 'query($id: ID!, $n: Int) { actor(id: $id) { ... on Person { mentionedIn(first: $n) { surface } } } }', { id: PERSON }],
  ['Organisation.mentionedIn', 'query($id: ID!, $n: Int) { actor(id: $id) { mentionedIn(first: $n) { surface } } }', { id: ORG }],
  ['Person.positions', 'query($id: ID!, $n: Int) { actor(id: $id) { ... on Person { positions(first: $n) { title } } } }', { id: PERSON }],
  ['Organisation.published', 'query($id: ID!, $n: Int) { actor(id: $id) { ... on Organisation { published(first: $n) { id } } } }', { id: ORG }],
  ['Organisation.members', 'query($id: ID!, $n: Int) { actor(id: $id) { ... on Organisation { members(first: $n) { from } } } }', { id: ORG }],
  ['Organisation.memberships', 'query($id: ID!, $n: Int) { actor(id: $id) { ... on Organisation { memberships(first: $n) { from } } } }', { id: ORG }],
  ['Organisation.positionHolders', 'query($id: ID!, $n: Int) { actor(id: $id) { ... on Organisation { positionHolders(first: $n) { title } } } }', { id: ORG }],
  ['Source.authors', 'query($id: ID!, $n: Int) { source(id: $id) { authors(first: $n) { id } } }', { id: SRC }],
  ['Source.cites', 'query($id: ID!, $n: Int) { source(id: $id) { cites(first: $n) { id } } }', { id: SRC }],
  ['Source.citedBy', 'query($id: ID!, $n: Int) { source(id: $id) { citedBy(first: $n) { id } } }', { id: SRC }],
  ['Source.mentions', 'query($id: ID!, $n: Int) { source(id: $id) { mentions(first: $n) { surface } } }', { id: SRC }],
  ['Query.history', 'query($id: ID!, $n: Int) { history(id: $id, first: $n) { id } }', { id: ORG }],
  ['Provenance.entries', 'query($id: ID!, $n: Int) { provenance(claimId: $id) { entries(first: $n) { attribution { id } } } }', { id: CLAIM }],
  ['Dispute.claimAttributions', 'query($id: ID!, $n: Int) { disputes(aboutId: $id) { edges { node { claimAttributions(first: $n) { id } } } } }', { id: ORG }],
];

describe('bounded lists: every list that grows with the data takes first, refuses more than the cap, and says how many there are', () => {
  const t = seededServer({ API_KEYS: FIXTURE_KEYS });
  let s: Served;
  let h: Harness;
  beforeAll(() => ({ s, h } = t));

  describe('first above the cap (100) is refused, naming the cap', () => {
    it.each(BOUNDED)('%s', async (_field, query, vars) => {
      const over = await s.gql(query, { ...vars, n: 101 });
      expect(over.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(over.errors?.[0]?.message).toMatch(/at most 100\b.*got 101/);
      const at = await s.gql(query, { ...vars, n: 100 });
      expect(at.errors).toBeUndefined();
    });
  });

  it('nodes(ids) refuses more ids than the cap, naming it', async () => {
    const Q = 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }';
    const over = await s.gql(Q, { ids: Array.from({ length: 101 }, (_, i) => `nope-${i}`) });
    expect(over.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'ids' } });
    expect(over.errors?.[0]?.message).toMatch(/at most 100 nodes \(got 101\)/);
    const at = await s.gql(Q, { ids: [ORG, ...Array.from({ length: 99 }, (_, i) => `nope-${i}`)] });
    expect(at.data.nodes[0]).toEqual({ id: ORG });
    expect(at.data.nodes).toHaveLength(100);
  });

  it('claims(filter.text) refuses more than 500 characters, naming filter.text', async () => {
    const Q = 'query($t: String) { claims(filter: {text: $t}) { totalCount } }';
    const over = await s.gql(Q, { t: 'a'.repeat(501) });
    expect(over.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'filter.text' } });
    expect(over.errors?.[0]?.message).toMatch(/at most 500 characters/);
    expect((await s.gql(Q, { t: 'withdrawal '.repeat(45) })).errors).toBeUndefined();
  });

  it('Claim.attributions: 20 by default, oldest id first, and attributionCount counts them all', async () => {
    const tag = uniqueTag('bounded');
    const words = Array.from({ length: 22 }, (_, i) => `Witness number ${i} saw it`);
    const source = await addSource(s, `${words.join('. ')}. (${tag})`);
    const speaker = await addActor(s, `Witness ${tag}`);
    const { claimId } = await addClaim(s, `It was seen (${tag}).`, [], { speakerId: speaker, sourceId: source, quote: words[0] });
    for (const w of words.slice(1)) await addAttribution(s, claimId, { speakerId: speaker, sourceId: source, quote: w });
    const r = await s.gql('query($id: ID!) { claim(id: $id) { attributions { id } attributionCount more: attributions(first: 21) { id } } }', { id: claimId });
    const c = r.data.claim;
    expect(c.attributions).toHaveLength(20);
    expect(c.more).toHaveLength(21);
    expect(c.attributionCount).toBe(22);
    const got = c.more.map((a: any) => a.id);
    expect(got).toEqual([...got].sort());
  });

  it('Event.claims: 20 by default and claimCount counts them all', async () => {
    const tag = uniqueTag('bounded');
    const source = await addSource(s, `Many said the vote was close. (${tag})`);
    const speaker = await addActor(s, `Voter ${tag}`);
    for (let i = 0; i < 21; i++) await addClaim(s, `The vote was close, take ${i} (${tag}).`, [EVENT], { speakerId: speaker, sourceId: source, quote: 'the vote was close' });
    const e = (await s.gql(`{ event(id: "${EVENT}") { claims { id } claimCount } }`)).data.event;
    expect(e.claims).toHaveLength(20);
    expect(e.claimCount).toBeGreaterThanOrEqual(21);
    const [{ n }] = await cypher<{ n: number }>(h, "MATCH (:Event {id: $id})<-[:ABOUT]-(c:Claim {status: 'ACTIVE'}) RETURN count(c) AS n", { id: EVENT });
    expect(e.claimCount).toBe(Number(n));
  });

  it('Actor.mentionedIn and Source.mentions: 50 by default, and mentionCount counts them all', async () => {
    const tag = uniqueTag('bounded');
    const actor = await addActor(s, `Much mentioned ${tag}`);
    const source = await addSource(s, `${'Named here. '.repeat(60)}(${tag})`);
    // No write names mentions one by one; test set-up places 55 of them directly.
    await cypher(h, 'MATCH (a:Actor {id: $a}), (s:Source {id: $s}) UNWIND range(0, 54) AS i CREATE (a)-[:MENTIONED_IN {surface: "Named", start: i * 12, end: i * 12 + 5}]->(s)', {
      a: actor,
      s: source,
    });
    const a = (await s.gql(`{ actor(id: "${actor}") { mentionedIn { start } mentionCount } }`)).data.actor;
    expect(a.mentionedIn).toHaveLength(50);
    expect(a.mentionedIn.map((m: any) => m.start)).toEqual(Array.from({ length: 50 }, (_, i) => i * 12));
    expect(a.mentionCount).toBe(55);
    const src = (await s.gql(`{ source(id: "${source}") { mentions(first: 3) { start } mentionCount } }`)).data.source;
    expect(src.mentions.map((m: any) => m.start)).toEqual([0, 12, 24]);
    expect(src.mentionCount).toBe(55);
  });

  it('Organisation.published: 20 by default, by id, and publishedCount counts them all', async () => {
    const tag = uniqueTag('bounded');
    const org = (await write(s, 'mutation($i: AddActorInput!) { addActor(input: $i) { actor { id } } }', { kind: 'ORGANISATION', name: `Publisher ${tag}`, aliases: [] }))
      .addActor.actor.id;
    for (let i = 0; i < 21; i++) {
      await write(s, 'mutation($i: AddSourceInput!) { addSource(input: $i) { source { id } } }', { title: `Issue ${i} ${tag}`, kind: 'REPORT', publisherId: org });
    }
    const o = (await s.gql(`{ actor(id: "${org}") { ... on Organisation { published { id } publishedCount } } }`)).data.actor;
    expect(o.published).toHaveLength(20);
    expect(o.publishedCount).toBe(21);
    const got = o.published.map((p: any) => p.id);
    expect(got).toEqual([...got].sort());
  });

  it('history: 50 by default, oldest first, and historyCount counts them all', async () => {
    const tag = uniqueTag('bounded');
    const actor = await addActor(s, `Often edited ${tag}`);
    for (let i = 0; i < 51; i++) {
      await write(s, 'mutation($i: UpdateActorInput!) { updateActor(input: $i) { change { id } } }', { id: actor, description: `edit ${i}` });
    }
    const r = (await s.gql(`{ history(id: "${actor}") { at operation } historyCount(id: "${actor}") }`)).data;
    expect(r.history).toHaveLength(50);
    expect(r.history[0].operation).toBe('addActor');
    expect(r.historyCount).toBe(52);
    const at = r.history.map((c: any) => c.at);
    expect(at).toEqual([...at].sort());
  });

  it('Attribution.via and viaCount, Provenance.entries and entryCount agree with the graph', async () => {
    const [{ via }] = await cypher<{ via: number }>(h, 'MATCH (:Attribution {id: $id})-[:VIA]->(s) RETURN count(s) AS via', { id: ATTR });
    const a = (await s.gql(`{ attribution(id: "${ATTR}") { via { id } none: via(first: 0) { id } viaCount } }`)).data.attribution;
    expect(a.viaCount).toBe(Number(via));
    expect(a.via).toHaveLength(Number(via));
    expect(a.none).toEqual([]);
    const p = (await s.gql(`{ provenance(claimId: "${CLAIM}") { entryCount entries { attribution { id } } one: entries(first: 1) { attribution { id } } } }`)).data.provenance;
    expect(p.entryCount).toBe(p.entries.length);
    expect(p.one).toEqual(p.entries.slice(0, 1));
  });
});
