import { migrate, pendingMigrations } from '../../src/graph/migrate';
import { cypher, openHarness, type Harness } from '../support/harness';

describe('schema migrations', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await openHarness();
  });
  afterAll(() => h.close());

  const schemaState = async () => ({
    constraints: (await cypher<{ name: string }>(h, 'SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name')).map((r) => r.name),
    indexes: (await cypher<{ name: string }>(h, 'SHOW INDEXES YIELD name RETURN name ORDER BY name')).map((r) => r.name),
  });

  it('are idempotent: applying them again changes nothing', async () => {
    const before = await schemaState();
    await migrate(h.executor, h.catalogue);
    await migrate(h.executor, h.catalogue);
    expect(await schemaState()).toEqual(before);
    expect(await pendingMigrations(h.executor, h.catalogue)).toEqual([]);
  });

  it('put a uniqueness constraint on id for every label of the model', async () => {
    const rows = await cypher<{ labels: string[]; properties: string[] }>(
      h,
      "SHOW CONSTRAINTS YIELD type, labelsOrTypes AS labels, properties WHERE type = 'UNIQUENESS' RETURN labels, properties",
    );
    const unique = rows.filter((r) => r.properties[0] === 'id').map((r) => r.labels[0]);
    for (const label of ['Node', 'Actor', 'Person', 'Organisation', 'Source', 'Claim', 'Attribution', 'Event', 'Change']) {
      expect(unique).toContain(label);
    }
  });

  it('create the full-text indexes search relies on', async () => {
    const rows = await cypher<{ name: string }>(h, "SHOW FULLTEXT INDEXES YIELD name, state WHERE state = 'ONLINE' RETURN name");
    expect(rows.map((r) => r.name).sort()).toEqual(['actor_resolution', 'actor_search', 'attribution_quote', 'claim_text', 'event_search', 'source_search']);
  });

  it('refuse a second node with an id already taken by another kind', async () => {
    await cypher(h, "MERGE (:Node:Claim {id: 'dup-test-id'})");
    await expect(cypher(h, "CREATE (:Node:Source {id: 'dup-test-id'})")).rejects.toThrow(/already exists/);
    await cypher(h, "MATCH (n {id: 'dup-test-id'}) DETACH DELETE n");
  });
});
