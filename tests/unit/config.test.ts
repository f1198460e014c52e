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

  it('accepts an external database URI for a cluster', () => {
    expect(loadConfig({ NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io' }).neo4j.uri).toBe('neo4j+s://abc.databases.neo4j.io');
  });
});
