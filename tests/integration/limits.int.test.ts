import http from 'node:http';
import { seededServer, serve, type Served } from '../support/harness';

const t = seededServer({ API_KEYS: 'ed:editor:editor-key-123' });

/** Sends a raw body and returns status, content type and text. */
async function post(s: Served, body: string, contentType = 'application/json') {
  const res = await fetch(`${s.url}/graphql`, { method: 'POST', headers: { 'content-type': contentType }, body });
  return { status: res.status, type: res.headers.get('content-type') ?? '', text: await res.text() };
}

/** The GraphQL error shape, with no HTML and nothing of the server's files or stack. */
function expectCleanError(r: { type: string; text: string }, code: string) {
  expect(r.type).toMatch(/application\/json/);
  expect(r.text).not.toMatch(/<html|<pre|<!DOCTYPE/i);
  expect(r.text).not.toMatch(/\bat .+\(|node_modules|\/src\//);
  const body = JSON.parse(r.text) as { errors: { message: string; extensions: { code: string } }[] };
  expect(body.errors[0].extensions.code).toBe(code);
  expect(body.errors[0].message.length).toBeGreaterThan(5);
}

const ISSUE_QUERY = '{ claims(first: 50) { edges { node { id text attributions { quote speaker { name } source { title } } counterclaims { id } } } } }';

describe('limits: cost from literals and variables alike', () => {
  it('answers the everyday claims(first: 50) query and reports its cost against the budget', async () => {
    const r = await t.s.gql(ISSUE_QUERY);
    expect(r.errors).toBeUndefined();
    expect(r.data.claims.edges).toHaveLength(50);
    const cost = (r.extensions as { cost: { requested: number; budget: number } }).cost;
    expect(cost.budget).toBe(25000);
    expect(cost.requested).toBeGreaterThan(50);
    expect(cost.requested).toBeLessThanOrEqual(cost.budget);
  });

  it('gives the same cost for first: $n as for the literal', async () => {
    const lit = await t.s.gql(ISSUE_QUERY);
    const vars = await t.s.gql(ISSUE_QUERY.replace('{ claims(first: 50)', 'query($n: Int) { claims(first: $n)'), { n: 50 });
    expect(vars.errors).toBeUndefined();
    expect((vars.extensions as any).cost).toEqual((lit.extensions as any).cost);
  });

  it('refuses a nested fan-out under five aliases before any Cypher runs, as variables or literals', async () => {
    const one = (i: number) => `a${i}: claims(first: $f) { edges { node { attributions { source { attributions(first: $f) { edges { node { quote } } } } } } } }`;
    const q = `query($f: Int) { ${[1, 2, 3, 4, 5].map(one).join(' ')} }`;
    for (const r of [await t.s.gql(q, { f: 100 }), await t.s.gql(q.replace('query($f: Int)', '').replaceAll('$f', '100'))]) {
      expect(r.status).toBe(400);
      expect(r.data ?? null).toBeNull();
      expect(r.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
      expect(r.extensions?.db?.roundTrips).toBe(0);
    }
  });

  it('says the page size is capped at 100 for claims(first: 100000)', async () => {
    const r = await t.s.gql('{ claims(first: 100000) { edges { node { id } } } }');
    expect(r.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0].message).toMatch(/at most 100/);
    expect(r.extensions?.db?.roundTrips).toBe(0);
  });
});

describe('limits: the response ceiling', () => {
  let small: Served;
  beforeAll(async () => {
    small = await serve(t.h, { maxResponseBytes: 20_000 });
  });
  afterAll(() => small.close());

  it('replaces an answer over the ceiling by RESPONSE_TOO_LARGE with no partial data', async () => {
    const r = await small.gql('{ sources(first: 5) { edges { node { title text } } } }');
    expect(r.data ?? null).toBeNull();
    expect(r.errors).toHaveLength(1);
    expect(r.errors?.[0].extensions?.code).toBe('RESPONSE_TOO_LARGE');
  });

  it('lets a small answer through on the same server', async () => {
    const r = await small.gql('{ sources(first: 5) { edges { node { title } } } }');
    expect(r.errors).toBeUndefined();
    expect(r.data.sources.edges.length).toBeGreaterThan(0);
  });
});

describe('limits: clear refusals at the HTTP layer', () => {
  it('answers malformed JSON with BAD_REQUEST in the GraphQL error shape', async () => {
    const r = await post(t.s, '{"query": "{ claims { ');
    expect(r.status).toBe(400);
    expectCleanError(r, 'BAD_REQUEST');
  });

  it('answers a body over the size limit with PAYLOAD_TOO_LARGE', async () => {
    const r = await post(t.s, JSON.stringify({ query: '{ __typename }', variables: { x: 'a'.repeat(8 * 1024 * 1024) } }));
    expect(r.status).toBe(413);
    expectCleanError(r, 'PAYLOAD_TOO_LARGE');
  });

  it('answers a chunked body that grows over the size limit with PAYLOAD_TOO_LARGE (no content-length to refuse it early)', async () => {
    const { status, body } = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = http.request(`${t.s.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' } }, (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      });
      // The server may close the socket once it has refused; that is not a failure of this test.
      req.on('error', (e: NodeJS.ErrnoException) => (e.code === 'EPIPE' || e.code === 'ECONNRESET' ? undefined : reject(e)));
      req.write('{"query": "{ __typename }", "variables": {"x": "');
      for (let i = 0; i < 8; i++) req.write('a'.repeat(1024 * 1024));
      req.end('"}}');
    });
    expect(status).toBe(413);
    expect(JSON.parse(body).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('answers a JSON body in another charset with UNSUPPORTED_MEDIA_TYPE', async () => {
    const r = await post(t.s, '{"query": "{ __typename }"}', 'application/json; charset=utf-16');
    expect(r.status).toBe(415);
    expectCleanError(r, 'UNSUPPORTED_MEDIA_TYPE');
  });

  it('answers a wrong content type with UNSUPPORTED_MEDIA_TYPE', async () => {
    const r = await post(t.s, 'query=%7B__typename%7D', 'application/x-www-form-urlencoded');
    expect(r.status).toBe(415);
    expectCleanError(r, 'UNSUPPORTED_MEDIA_TYPE');
  });

  it('refuses a batch plainly', async () => {
    const r = await post(t.s, JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]));
    expect(r.status).toBe(400);
    expectCleanError(r, 'BATCH_NOT_SUPPORTED');
  });

  it('refuses a JSON body that is not an object', async () => {
    const r = await post(t.s, '"just a string"');
    expect(r.status).toBe(400);
    expectCleanError(r, 'BAD_REQUEST');
  });

  it('answers a body without a query in the GraphQL error shape', async () => {
    const r = await post(t.s, '{"variables": {}}');
    expect(r.status).toBe(400);
    expectCleanError(r, 'BAD_REQUEST');
  });

  it('answers an unknown path with JSON, not an HTML page', async () => {
    const res = await fetch(`${t.s.url}/nothing-here`);
    expect(res.status).toBe(404);
    expectCleanError({ type: res.headers.get('content-type') ?? '', text: await res.text() }, 'NOT_FOUND');
  });

  it('answers a malformed path escape with JSON', async () => {
    const res = await fetch(`${t.s.url}/explorer/%E0%A4%A`);
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expectCleanError({ type: res.headers.get('content-type') ?? '', text: await res.text() }, res.status === 404 ? 'NOT_FOUND' : 'BAD_REQUEST');
  });
});

describe('limits: text caps agree with the body limit', () => {
  const addSource = 'mutation($text: String!) { addSource(input: { title: "Long", kind: ARTICLE, text: $text }) { source { id } } }';
  const auth = { authorization: 'Bearer editor-key-123' };

  it('refuses a non-ASCII text just over its cap as BAD_USER_INPUT naming the field, not 413', async () => {
    const r = await t.s.gql(addSource, { text: 'Ж'.repeat(1_000_001) }, auth);
    expect(r.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0].message).toMatch(/input\.text/);
  });

  it('refuses the same text sent with every character escaped as \\uXXXX the same way', async () => {
    const body = `{"query": ${JSON.stringify(addSource)}, "variables": {"text": "${'\\u0416'.repeat(1_000_001)}"}}`;
    const res = await fetch(`${t.s.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...auth }, body });
    const json = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(json.errors[0].message).toMatch(/input\.text/);
  });

  it('caps the search query', async () => {
    const r = await t.s.gql('query($q: String!) { search(query: $q) { edges { score } } }', { q: 'ж'.repeat(501) });
    expect(r.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('limits: suggestions follow introspection', () => {
  let closed: Served;
  beforeAll(async () => {
    closed = await serve(t.h, { introspection: false });
  });
  afterAll(() => closed.close());

  it('suggests field names while introspection is on', async () => {
    const r = await t.s.gql('{ claimz(first: 1) { totalCount } }');
    expect(r.errors?.[0].message).toMatch(/Did you mean/);
  });

  it('gives no suggestion when introspection is off', async () => {
    const r = await closed.gql('{ claimz(first: 1) { totalCount } }');
    expect(r.errors?.length).toBeGreaterThan(0);
    expect(JSON.stringify(r.errors)).not.toMatch(/Did you mean|claims/);
  });

  it('refuses introspection when it is off', async () => {
    const r = await closed.gql('{ __schema { types { name } } }');
    expect(r.errors?.length).toBeGreaterThan(0);
  });
});
