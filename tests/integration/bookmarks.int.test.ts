import { openHarness, resetToSeed, serve, type Harness, type Served } from '../support/harness';
import { FIXTURE_KEYS, uniqueTag } from '../support/fixtures';

const ADMIN = { authorization: 'Bearer fixture-admin-key-01' };
const ADD_ACTOR = 'mutation($i: AddActorInput!) { addActor(input: $i) { actor { id name } change { id } } }';
const NODE = 'query($id: ID!) { node(id: $id) { id ... on Person { name } } }';
const HISTORY = 'query($id: ID!) { history(id: $id) { id operation } }';

/** Two replicas of the service (two app instances) on one database. */
describe('bookmarks: read your own writes across replicas', () => {
  let h: Harness;
  let a: Served;
  let b: Served;
  beforeAll(async () => {
    h = await openHarness({ API_KEYS: FIXTURE_KEYS });
    await resetToSeed(h);
    [a, b] = [await serve(h), await serve(h)];
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await h?.close();
  });

  it('hands out the bookmark of a write, and a read through the other replica that sends it back sees the write', async () => {
    const name = uniqueTag('Bookmark Person');
    const wrote = await a.gql(ADD_ACTOR, { i: { kind: 'PERSON', name } }, ADMIN);
    expect(wrote.errors).toBeUndefined();
    const bookmark = (wrote.extensions as { bookmark?: string }).bookmark;
    expect(typeof bookmark).toBe('string');
    expect(bookmark!.length).toBeGreaterThan(0);

    const id = wrote.data.addActor.actor.id;
    const read = await b.gql(NODE, { id }, { 'neo4j-bookmark': bookmark! });
    expect(read.errors).toBeUndefined();
    expect(read.data.node).toEqual({ id, name });
    expect((read.extensions as { bookmark?: string }).bookmark).toBeUndefined();
  });

  it('puts no bookmark on a response that wrote nothing', async () => {
    const read = await a.gql(NODE, { id: 'org-ennhri' });
    expect(read.data.node.id).toBe('org-ennhri');
    expect(read.extensions).toHaveProperty('db');
    expect(read.extensions).not.toHaveProperty('bookmark');
  });

  it('refuses a malformed bookmark with BAD_USER_INPUT, before anything runs', async () => {
    const before = h.executor.statementsSent;
    const r = await b.gql(NODE, { id: 'org-ennhri' }, { 'neo4j-bookmark': 'not a bookmark; DROP' });
    expect(r.status).toBe(400);
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0]?.message).toMatch(/not a bookmark/);
    expect(h.executor.statementsSent).toBe(before);
  });

  it('refuses a well-formed bookmark this database never issued with BAD_USER_INPUT, not a server error', async () => {
    const r = await b.gql(NODE, { id: 'org-ennhri' }, { 'neo4j-bookmark': 'FB:kcwQbm90LWEtcmVhbC1ib29rbWFyaw==' });
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('keeps idempotency and history in the database: a retry through the other replica replays the first result', async () => {
    const name = uniqueTag('Replayed Person');
    const headers = { ...ADMIN, 'idempotency-key': uniqueTag('key') };
    const first = await a.gql(ADD_ACTOR, { i: { kind: 'PERSON', name } }, headers);
    const again = await b.gql(ADD_ACTOR, { i: { kind: 'PERSON', name } }, headers);
    expect(again.errors).toBeUndefined();
    expect(again.data.addActor.actor.id).toBe(first.data.addActor.actor.id);
    expect(again.data.addActor.change.id).toBe(first.data.addActor.change.id);
    const history = await b.gql(HISTORY, { id: first.data.addActor.actor.id });
    expect(history.data.history.map((c: { id: string }) => c.id)).toEqual([first.data.addActor.change.id]);
  });
});
