import { randomUUID } from 'node:crypto';
import globalSetup from '../global-setup';
import { APPROVED_VARIABLE, OPT_IN_VARIABLE, checkTestDatabase } from '../support/test-database-guard';
import { cypher, openHarness, resetToSeed, type Harness } from '../support/harness';

const VARIABLES = ['NEO4J_URI', 'NEO4J_USERNAME', 'NEO4J_PASSWORD', 'NEO4J_DATABASE', 'TEST_NEO4J_URI', 'TEST_NEO4J_USERNAME', 'TEST_NEO4J_PASSWORD', OPT_IN_VARIABLE, APPROVED_VARIABLE];

/** The guard pointed at a database that holds someone's data (here: a node this suite owns). */
describe('tests never touch data they do not own', () => {
  let h: Harness;
  let uri: string;
  const precious = `user-node-${randomUUID()}`;
  const saved: Record<string, string | undefined> = {};
  const stillThere = async () => (await cypher<{ n: number }>(h, 'MATCH (u:UsersOwnData {id: $id}) RETURN count(u) AS n', { id: precious }))[0].n;

  beforeAll(async () => {
    h = await openHarness();
    uri = process.env.TEST_NEO4J_URI!;
    for (const v of VARIABLES) saved[v] = process.env[v];
    await cypher(h, 'CREATE (:UsersOwnData {id: $id})', { id: precious });
  });
  afterEach(() => {
    for (const v of VARIABLES) if (saved[v] === undefined) delete process.env[v];
    else process.env[v] = saved[v];
  });
  afterAll(async () => {
    await cypher(h, 'MATCH (u:UsersOwnData {id: $id}) DELETE u', { id: precious });
    await cypher(h, 'MATCH (m:ClaimGraphTestMarker) DELETE m');
    await h?.close();
  });

  it('refuses, without an opt-in, a database holding a user node; the node is still there', async () => {
    const d = await checkTestDatabase(h.driver, uri, 'neo4j', undefined);
    expect(d.allowed).toBe(false);
    expect(await stillThere()).toBe(1);
  });

  /** The global setup given this database as a user would give theirs: URI and its login. */
  const asUsersDatabase = () => {
    process.env.NEO4J_URI = uri;
    process.env.NEO4J_USERNAME = saved.TEST_NEO4J_USERNAME ?? 'neo4j';
    process.env.NEO4J_PASSWORD = saved.TEST_NEO4J_PASSWORD ?? '';
  };

  it('stops the global setup itself before any write, and leaves no approval behind', async () => {
    asUsersDatabase();
    delete process.env.NEO4J_DATABASE;
    delete process.env[OPT_IN_VARIABLE];
    delete process.env[APPROVED_VARIABLE];
    delete process.env.TEST_NEO4J_URI;
    const before = await cypher<{ n: number }>(h, 'MATCH (n) RETURN count(n) AS n');
    await expect(globalSetup()).rejects.toThrow(/Refusing to run the tests on database "neo4j".*CLAIMGRAPH_TEST_DISPOSABLE_DB=neo4j/s);
    expect(process.env[APPROVED_VARIABLE]).toBeUndefined();
    expect(process.env.TEST_NEO4J_URI).toBeUndefined();
    expect(await cypher<{ n: number }>(h, 'MATCH (n) RETURN count(n) AS n')).toEqual(before);
    expect(await stillThere()).toBe(1);
    // The harness refuses too, since nothing approved this database.
    await expect(resetToSeed(h)).rejects.toThrow(/Refusing to write to database "neo4j"/);
    await expect(openHarness()).rejects.toThrow(/TEST_NEO4J_URI is not set/);
    expect(await stillThere()).toBe(1);
  });

  it('accepts the opt-in naming the database, or the marker node', async () => {
    asUsersDatabase();
    process.env[OPT_IN_VARIABLE] = 'neo4j';
    await globalSetup();
    expect(process.env[APPROVED_VARIABLE]).toBe(`neo4j@${uri}`);

    expect((await checkTestDatabase(h.driver, uri, 'neo4j', 'other')).allowed).toBe(false);
    await cypher(h, 'CREATE (:ClaimGraphTestMarker {disposable: true})');
    expect((await checkTestDatabase(h.driver, uri, 'neo4j', undefined)).allowed).toBe(true);
  });

  it('does not let the harness wipe a database other than the approved one', async () => {
    const other = { ...h, config: { ...h.config, neo4j: { ...h.config.neo4j, database: 'scratch' } } };
    await expect(resetToSeed(other)).rejects.toThrow(/Refusing to write to database "scratch"/);
    expect(await stillThere()).toBe(1);
  });
});
