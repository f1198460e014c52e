import { loadConfig, ConfigError } from '../../src/config';
import { DEFAULT_ADMISSION } from '../../src/graph/writes/admission';

describe('config', () => {
  it('defaults the write queue to the measured limits of the admission module', () => {
    expect(loadConfig({}).writeAdmission).toEqual({ concurrency: DEFAULT_ADMISSION.concurrency, queue: DEFAULT_ADMISSION.queue, maxWaitMs: DEFAULT_ADMISSION.maxWaitMs });
  });

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

  const HOSTS_MESSAGE = 'ALLOWED_HOSTS must be comma-separated host names without scheme or port, e.g. claims.example.org,.example.org';
  const ORIGINS_MESSAGE = 'CORS_ORIGINS must be comma-separated origins such as https://ui.example.org (scheme, host and port; no path)';
  const problemsOf = (env: Record<string, string>): string[] => {
    try {
      loadConfig(env);
      return [];
    } catch (e) {
      return (e as ConfigError).problems;
    }
  };

  it.each(['https://claims.example.org', 'claims.example.org:4000', 'claims.example.org/api', 'two words', 'claims.example.org,*.example.org'])(
    'refuses ALLOWED_HOSTS=%s with the message that says what a host name looks like',
    (value) => {
      expect(problemsOf({ ALLOWED_HOSTS: value })).toEqual([`ALLOWED_HOSTS: ${HOSTS_MESSAGE} (got ${JSON.stringify(value)})`]);
    },
  );

  it.each(['ui.example.org', 'ftp://ui.example.org', 'https://ui.example.org/app', 'https://ui.example.org,http://', 'https://a b.example.org'])(
    'refuses CORS_ORIGINS=%s with the message that says what an origin looks like',
    (value) => {
      expect(problemsOf({ CORS_ORIGINS: value })).toEqual([`CORS_ORIGINS: ${ORIGINS_MESSAGE} (got ${JSON.stringify(value)})`]);
    },
  );

  it('accepts well-formed ALLOWED_HOSTS and CORS_ORIGINS, trimmed and split on commas', () => {
    const c = loadConfig({ ALLOWED_HOSTS: ' claims.example.org, .example.org ,[::1]', CORS_ORIGINS: 'https://ui.example.org, http://localhost:5173' });
    expect(c.allowedHosts).toEqual(['claims.example.org', '.example.org', '[::1]']);
    expect(c.corsOrigins).toEqual(['https://ui.example.org', 'http://localhost:5173']);
  });

  it('names both malformed lists at once', () => {
    expect(problemsOf({ ALLOWED_HOSTS: 'https://x.org', CORS_ORIGINS: 'x.org' }).sort()).toEqual([
      `ALLOWED_HOSTS: ${HOSTS_MESSAGE} (got "https://x.org")`,
      `CORS_ORIGINS: ${ORIGINS_MESSAGE} (got "x.org")`,
    ]);
  });
});
