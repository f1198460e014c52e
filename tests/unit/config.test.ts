import { loadConfig, ConfigError } from '../../src/config';

describe('config', () => {
  it('uses the documented defaults when nothing is set', () => {
    const c = loadConfig({});
    expect(c.port).toBe(4000);
    expect(c.neo4j.uri).toBeUndefined();
    expect(c.neo4j.database).toBe('neo4j');
    expect(c.maxPageSize).toBe(100);
    expect(c.introspection).toBe(true);
  });

  it.each([
    ['PORT', 'eighty', /PORT must be a whole number/],
    ['PORT', '70000', /PORT must be a whole number from 0 to 65535/],
    ['LOG_LEVEL', 'loud', /LOG_LEVEL must be one of/],
    ['NEO4J_URI', 'http://localhost:7474', /NEO4J_URI must be a bolt/],
    ['INTROSPECTION', 'maybe', /INTROSPECTION must be true or false/],
    ['NEO4J_EMBEDDED_HEAP', 'lots', /NEO4J_EMBEDDED_HEAP must look like/],
  ])('refuses %s=%s with a message naming the variable', (name, value, message) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(message);
  });

  it('reports every bad variable at once', () => {
    try {
      loadConfig({ PORT: 'x', LOG_LEVEL: 'y' });
      throw new Error('expected a ConfigError');
    } catch (e) {
      expect((e as ConfigError).problems).toHaveLength(2);
    }
  });

  it('refuses a bad API_KEYS entry before anything starts, in one line, without echoing the keys', () => {
    const attempt = () => loadConfig({ API_KEYS: 'alice:owner:secret-key-1' });
    expect(attempt).toThrow(/API_KEYS: entry 1 must be principal:role:key with role editor or admin/);
    try {
      attempt();
    } catch (e) {
      expect((e as Error).message).not.toContain('\n');
      expect((e as Error).message).not.toContain('secret-key-1');
    }
  });

  it('refuses an API key shorter than 8 characters', () => {
    expect(() => loadConfig({ API_KEYS: 'alice:editor:short' })).toThrow(/at least 8 characters/);
  });

  it('reads the cost budget and the response ceiling', () => {
    const c = loadConfig({ MAX_QUERY_COST: '1000', MAX_RESPONSE_BYTES: '20000' });
    expect([c.maxQueryCost, c.maxResponseBytes]).toEqual([1000, 20000]);
    expect(() => loadConfig({ MAX_QUERY_COST: '5' })).toThrow(/MAX_QUERY_COST/);
  });

  it('accepts an external database URI for a cluster', () => {
    expect(loadConfig({ NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io' }).neo4j.uri).toBe('neo4j+s://abc.databases.neo4j.io');
  });
});
