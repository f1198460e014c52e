import * as fx from '../support/fixtures';
import { cypher, openHarness, resetToSeed, serve, type Harness, type Served } from '../support/harness';

const EDITOR = { authorization: 'Bearer bp-editor-key-0001' };
const KEYS = `bp:editor:bp-editor-key-0001,${fx.FIXTURE_KEYS}`;
const ADD_ACTOR = 'mutation($i: AddActorInput!) { addActor(input: $i) { actor { id } change { id } } }';
const UPDATE_ACTOR = 'mutation($i: UpdateActorInput!) { updateActor(input: $i) { actor { id description } } }';
const num = (v: unknown) => Number(v);

/** A POST /graphql whose status and headers the test reads. */
async function post(s: Served, query: string, variables: Record<string, unknown>, headers: Record<string, string>) {
  const res = await fetch(`${s.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  return { status: res.status, retryAfter: res.headers.get('retry-after'), body: (await res.json()) as { data?: any; errors?: { message: string; extensions?: Record<string, unknown> }[] } };
}

async function until(check: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('writes under contention', () => {
  let h: Harness;
  let s: Served;
  beforeAll(async () => {
    h = await openHarness({ API_KEYS: KEYS });
    await resetToSeed(h);
    s = await serve(h);
  });
  afterAll(async () => {
    await s?.close();
    await h?.close();
  });

  describe('a full write queue', () => {
    // One write at a time and no waiting room: a second write while one runs is refused.
    let tight: Served;
    beforeAll(async () => {
      tight = await serve(h, { writeAdmission: { concurrency: 1, queue: 0, maxWaitMs: 60_000 } });
    });
    afterAll(() => tight?.close());

    it('answers 503 with Retry-After and a typed OVERLOADED error, writes nothing, and a keyed retry afterwards applies exactly once', async () => {
      const held = await fx.addActor(s, `Held ${fx.uniqueTag('bp')}`);
      // The test holds the actor's lock, so the one admitted write waits inside the database.
      const session = h.driver.session({ database: h.config.neo4j.database });
      const tx = await session.beginTransaction();
      await tx.run('MATCH (n:Node {id: $id}) SET n.heldByTest = true', { id: held });
      const blocked = post(tight, UPDATE_ACTOR, { i: { id: held, description: 'after the wait' } }, EDITOR);
      await until(() => tight.app.writes.admission.load.running === 1, 'the first write holds the only slot');
      const name = `Refused ${fx.uniqueTag('bp')}`;
      const [before] = await cypher<{ changes: number; keys: number }>(h, 'RETURN COUNT { (:Change) } AS changes, COUNT { (:IdempotencyKey) } AS keys');

      const refused = await post(tight, ADD_ACTOR, { i: { kind: 'PERSON', name } }, { ...EDITOR, 'idempotency-key': 'bp-key-0001' });

      expect(refused.status).toBe(503);
      expect(refused.retryAfter).toMatch(/^[1-9]\d*$/);
      expect(refused.body.data ?? null).toBeNull();
      expect(refused.body.errors).toHaveLength(1);
      expect(refused.body.errors![0].extensions).toMatchObject({ code: 'OVERLOADED', retryAfterSeconds: Number(refused.retryAfter) });
      expect(refused.body.errors![0].message).toMatch(/nothing was written/);
      const [after] = await cypher<{ changes: number; keys: number; actors: number }>(h, 'RETURN COUNT { (:Change) } AS changes, COUNT { (:IdempotencyKey) } AS keys, COUNT { (:Person {name: $name}) } AS actors', { name });
      expect({ changes: num(after.changes), keys: num(after.keys), actors: num(after.actors) }).toEqual({ changes: num(before.changes), keys: num(before.keys), actors: 0 });

      await tx.rollback();
      await session.close();
      const first = await blocked;
      expect(first.status).toBe(200);
      expect(first.body.data.updateActor.actor.description).toBe('after the wait');

      // The client comes back with the same key: applied once, and a second retry replays it.
      const retried = await post(tight, ADD_ACTOR, { i: { kind: 'PERSON', name } }, { ...EDITOR, 'idempotency-key': 'bp-key-0001' });
      const again = await post(tight, ADD_ACTOR, { i: { kind: 'PERSON', name } }, { ...EDITOR, 'idempotency-key': 'bp-key-0001' });
      expect(retried.status).toBe(200);
      expect(retried.body.errors).toBeUndefined();
      expect(again.body.data).toEqual(retried.body.data);
      const [stored] = await cypher<{ actors: number; changes: number }>(
        h,
        'MATCH (p:Person {name: $name}) RETURN count(p) AS actors, COUNT { MATCH (ch:Change)-[:CHANGED]->(:Person {name: $name}) } AS changes',
        { name },
      );
      expect({ actors: num(stored.actors), changes: num(stored.changes) }).toEqual({ actors: 1, changes: 1 });
      expect(tight.app.writes.admission.refused).toBe(1);
    }, 120_000);

    it('reads do not queue behind writes: a read answers while the only write slot is held', async () => {
      const held = await fx.addActor(s, `Held read ${fx.uniqueTag('bp')}`);
      const session = h.driver.session({ database: h.config.neo4j.database });
      const tx = await session.beginTransaction();
      await tx.run('MATCH (n:Node {id: $id}) SET n.heldByTest = true', { id: held });
      const blocked = post(tight, UPDATE_ACTOR, { i: { id: held, description: 'read beside' } }, EDITOR);
      await until(() => tight.app.writes.admission.load.running === 1, 'the write holds the only slot');
      const read = await post(tight, 'query($id: ID!) { node(id: $id) { id ... on Actor { name } } }', { id: held }, {});
      expect(read.status).toBe(200);
      expect(read.body.data.node.id).toBe(held);
      await tx.rollback();
      await session.close();
      expect((await blocked).status).toBe(200);
    }, 120_000);
  });

  it('concurrent writes that lock the same two actors in opposite orders all succeed, each transaction run once (no deadlock retried)', async () => {
    // Sixteen writes open at once in the database, none refused: they contend on the same locks.
    const wide = await serve(h, { writeAdmission: { concurrency: 16, queue: 100, maxWaitMs: 120_000 } });
    const tag = fx.uniqueTag('order');
    const [x, y] = [await fx.addActor(s, `Order X ${tag}`), await fx.addActor(s, `Order Y ${tag}`)];
    const sourceId = await fx.addSource(s, `Source ${tag}. The first quotable words. The second quotable words.`);
    const claim = (about: string, speaker: string, i: number) =>
      wide.gql(
        'mutation($i: AddClaimInput!) { addClaim(input: $i) { claim { id } } }',
        { i: { text: `Claim ${tag} ${i}`, aboutIds: [about], attribution: { speakerId: speaker, sourceId, mode: 'DIRECT_QUOTE', quote: 'The first quotable words' } } },
        EDITOR,
      );
    // Before: a claim about X said by Y locked X, then Y; one about Y said by X, Y then X.
    let locks = 0;
    wide.app.writes.afterStatement = (name) => {
      if (name === 'write/lock') locks += 1;
    };
    try {
      expect((await claim(x, y, 0)).errors).toBeUndefined();
      const perWrite = locks;
      expect(perWrite).toBeGreaterThan(0);
      locks = 0;
      const answers = await Promise.all(Array.from({ length: 16 }, (_, i) => (i % 2 ? claim(x, y, i + 1) : claim(y, x, i + 1))));
      expect(answers.flatMap((a) => a.errors ?? [])).toEqual([]);
      // A deadlock makes Neo4j fail one transaction, and the driver runs it again: more lock statements.
      expect(locks).toBe(16 * perWrite);
    } finally {
      await wide.close();
    }
    const [c] = await cypher<{ n: number }>(h, "MATCH (c:Claim) WHERE c.text STARTS WITH $p MATCH (c)<-[:OF]-(:Attribution)-[:BY]->(a:Actor) WHERE a.id IN [$x, $y] RETURN count(c) AS n", { p: `Claim ${tag} `, x, y });
    expect(num(c.n)).toBe(17);
  }, 120_000);
});
