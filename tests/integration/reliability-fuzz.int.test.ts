import { fingerprint, fingerprintDiff } from '../../reliability/fingerprint';
import { judge } from '../../reliability/fuzz-check';
import { SHORT_COUNTS, fuzz, fuzzFailures, type FuzzReport } from '../../reliability/fuzz';
import { send } from '../../reliability/fuzz-check';
import { ADMIN_KEY, EDITOR_KEY, RELIABILITY_API_KEYS, serveApp, type Target } from '../../reliability/target';
import { cypher, seededServer, silentLog } from '../support/harness';

describe('reliability: fuzz (short form)', () => {
  const t = seededServer({ API_KEYS: RELIABILITY_API_KEYS });
  let report: FuzzReport;
  // Served as server.ts serves it (Node's parser refusals in JSON too), on the harness's seeded database.
  let served: Awaited<ReturnType<typeof serveApp>>;

  beforeAll(async () => {
    served = await serveApp({ config: t.h.config, log: silentLog, executor: t.h.executor, catalogue: t.h.catalogue });
    const target: Target = { url: served.url, driver: t.h.driver, database: t.h.config.neo4j.database, editorKey: EDITOR_KEY, adminKey: ADMIN_KEY };
    report = await fuzz(target, SHORT_COUNTS, 11, false, () => {});
  }, 110_000);
  afterAll(() => served?.close());

  it('sends the documents, invalid writes and malformed bodies it promises', () => {
    expect(report.documentsValid + report.documentsInvalid).toBe(SHORT_COUNTS.documents);
    expect(report.documentsValid).toBeGreaterThan(50);
    expect(report.documentsInvalid).toBeGreaterThan(50);
    expect(report.mutationsSent).toBeGreaterThanOrEqual(SHORT_COUNTS.mutations);
    expect(report.httpSent).toBeGreaterThan(40);
  });

  it('meets every goal: no internal error, HTML, stack trace, 5xx, bad shape, hang, accepted or partial write', () => {
    expect(fuzzFailures(report)).toEqual([]);
    expect(report.tally.examples).toEqual([]);
  });

  it('answers refused writes with typed codes, never an internal error', () => {
    expect(report.tally.codes.get('BAD_USER_INPUT')).toBeGreaterThan(0);
    expect(report.tally.codes.get('UNAUTHENTICATED')).toBeGreaterThan(0);
    expect(report.tally.codes.get('FORBIDDEN')).toBeGreaterThan(0);
    expect(report.tally.codes.get('INTERNAL_SERVER_ERROR')).toBeUndefined();
  });
});

describe('reliability: defects the fuzz found stay fixed', () => {
  const t = seededServer();
  const body = (r: { body: string }) => JSON.parse(r.body) as { errors: { message: string; extensions: { code: string } }[] };

  it('answers a syntax error with 400 GRAPHQL_PARSE_FAILED, not 500', async () => {
    for (const query of ['{ claims', '{ search(query: "\\udc00") { totalCount } }', '{ 😀 }']) {
      const r = await send(t.s.url, { method: 'POST', path: '/graphql', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
      expect([r.status, body(r).errors[0].extensions.code]).toEqual([400, 'GRAPHQL_PARSE_FAILED']);
    }
  });

  it('still refuses more than 2,000 tokens, as QUERY_TOO_COMPLEX with 400', async () => {
    const query = `{ ${'__typename '.repeat(2001)}}`;
    const r = await send(t.s.url, { method: 'POST', path: '/graphql', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    expect([r.status, body(r).errors[0].extensions.code]).toEqual([400, 'QUERY_TOO_COMPLEX']);
  });

  it('answers headers over 16 KB with a JSON 431, not a bare status line', async () => {
    const served = await serveApp({ config: t.h.config, log: silentLog, executor: t.h.executor, catalogue: t.h.catalogue });
    try {
      const r = await send(served.url, { method: 'GET', path: `/graphql?query=${'%7B'.repeat(20_000)}` });
      expect([r.status, r.contentType, body(r).errors[0].extensions.code]).toEqual([431, 'application/json', 'REQUEST_HEADER_FIELDS_TOO_LARGE']);
    } finally {
      await served.close();
    }
  });
});

describe('reliability: the fuzz checks can fail', () => {
  const t = seededServer();

  it('judges HTML, stack traces, 5xx, missing codes and non-JSON as failures', () => {
    const ok = { status: 400, contentType: 'application/json', ms: 1 };
    expect(judge({ ...ok, body: '{"errors":[{"message":"x","extensions":{"code":"BAD_USER_INPUT"}}]}' })).toMatchObject({ internal: false, htmlOrLeak: false, badShape: false });
    expect(judge({ ...ok, contentType: 'text/html', body: '<!DOCTYPE html><pre>Error</pre>' }).htmlOrLeak).toBe(true);
    expect(judge({ ...ok, body: '{"errors":[{"message":"at f (/srv/app/x.js:1:2)","extensions":{"code":"X"}}]}' }).htmlOrLeak).toBe(true);
    expect(judge({ ...ok, body: '{"errors":[{"message":"x"}]}' }).badShape).toBe(true);
    expect(judge({ ...ok, body: 'Bad Request' }).badShape).toBe(true);
    expect(judge({ ...ok, status: 502, body: '{"errors":[{"message":"x","extensions":{"code":"INTERNAL_SERVER_ERROR"}}]}' })).toMatchObject({ serverError: true, internal: true });
  });

  it('sees a single property change in the fingerprint, and the same graph as the same fingerprint', async () => {
    const db = t.h.config.neo4j.database;
    const before = await fingerprint(t.h.driver, db);
    expect(fingerprintDiff(before, await fingerprint(t.h.driver, db))).toEqual([]);
    const [{ id, name }] = await cypher<{ id: string; name: string }>(t.h, 'MATCH (p:Person) RETURN p.id AS id, p.name AS name ORDER BY p.id LIMIT 1');
    await cypher(t.h, 'MATCH (p:Person {id: $id}) SET p.name = $name + "!"', { id, name });
    expect(fingerprintDiff(before, await fingerprint(t.h.driver, db))).toEqual(['properties changed (same counts, different SHA-256)']);
    await cypher(t.h, 'MATCH (p:Person {id: $id}) SET p.name = $name', { id, name });
    expect(await fingerprint(t.h.driver, db)).toEqual(before);
  });
});
