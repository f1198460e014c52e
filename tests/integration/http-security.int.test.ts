import http from 'node:http';
import { serve, seededServer, type Served } from '../support/harness';

const t = seededServer();

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A raw request: fetch will not send a Host header of our choosing, http.request will. */
function request(url: string, opts: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: opts.method ?? 'GET', headers: opts.headers }, (res) => {
      let body = '';
      res.on('data', (d: Buffer) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(opts.body);
  });
}

const QUERY = JSON.stringify({ query: '{ actor(id: "org-ennhri") { name } }' });
const post = (url: string, headers: Record<string, string> = {}) =>
  request(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: QUERY });

describe('http security: Host allowlist against DNS rebinding', () => {
  it('refuses a foreign Host with a JSON error that says how to allow it, on the API and on pages', async () => {
    for (const answer of [await post(t.s.url, { host: 'evil.example' }), await request(`${t.s.url}/explorer/`, { headers: { host: 'evil.example:4000' } })]) {
      expect(answer.status).toBe(403);
      expect(answer.headers['content-type']).toMatch(/^application\/json/);
      const body = JSON.parse(answer.body) as { errors: { message: string; extensions: { code: string } }[] };
      expect(body.errors[0].extensions.code).toBe('FORBIDDEN');
      expect(body.errors[0].message).toMatch(/Host "evil\.example(:4000)?" is not served here.*ALLOWED_HOSTS/);
    }
  });

  it('refuses a name that only ends like a local one', async () => {
    expect((await post(t.s.url, { host: 'localhost.evil.example' })).status).toBe(403);
    expect((await post(t.s.url, { host: '127.0.0.1.nip.io' })).status).toBe(403);
  });

  it('serves localhost, 127.0.0.1 and [::1] by name', async () => {
    const port = new URL(t.s.url).port;
    for (const host of [`localhost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`, 'LOCALHOST']) {
      const answer = await post(t.s.url, { host });
      expect({ host, status: answer.status }).toEqual({ host, status: 200 });
      expect(JSON.parse(answer.body).data.actor.name).toBe('European Network of National Human Rights Institutions');
    }
  });

  it('serves a public name once ALLOWED_HOSTS names it, and its subdomains for a leading dot', async () => {
    const s: Served = await serve(t.h, { allowedHosts: ['claims.example.org', '.newsroom.example'] });
    try {
      expect((await post(s.url, { host: 'claims.example.org' })).status).toBe(200);
      expect((await post(s.url, { host: 'desk.newsroom.example:443' })).status).toBe(200);
      expect((await post(s.url, { host: 'other.example.org' })).status).toBe(403);
    } finally {
      await s.close();
    }
  });
});

describe('http security: browser protections on every answer', () => {
  const pages = ['/explorer/', '/graphql', '/explorer/js/main.js', '/no-such-page'];

  it.each(pages)('sends CSP, nosniff, no framing and no referrer with GET %s', async (p) => {
    const answer = await request(`${t.s.url}${p}`, { headers: { accept: 'text/html' } });
    const csp = String(answer.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self';");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
    expect(answer.headers['x-frame-options']).toBe('DENY');
    expect(answer.headers['referrer-policy']).toBe('no-referrer');
  });

  it('sends them with POST /graphql answers too (the fast node:http path)', async () => {
    const answer = await post(t.s.url);
    expect(answer.status).toBe(200);
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
    expect(answer.headers['content-security-policy']).toContain("frame-ancestors 'none'");
  });
});

describe('http security: CORS', () => {
  const ORIGIN = 'https://ui.example.org';

  it('gives no cross-origin access by default, to a simple request or a preflight', async () => {
    const simple = await post(t.s.url, { origin: ORIGIN });
    expect(simple.headers['access-control-allow-origin']).toBeUndefined();
    const preflight = await request(`${t.s.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: ORIGIN, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,authorization' },
    });
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    expect(preflight.headers['access-control-allow-headers']).toBeUndefined();
  });

  it('lets an origin named in CORS_ORIGINS preflight and then read, and no other', async () => {
    const s = await serve(t.h, { corsOrigins: [ORIGIN] });
    try {
      const preflight = await request(`${s.url}/graphql`, {
        method: 'OPTIONS',
        headers: { origin: ORIGIN, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,authorization' },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers['access-control-allow-origin']).toBe(ORIGIN);
      expect(String(preflight.headers['access-control-allow-headers'])).toMatch(/authorization/);
      expect(String(preflight.headers['access-control-allow-methods'])).toMatch(/POST/);
      const read = await post(s.url, { origin: ORIGIN });
      expect(read.status).toBe(200);
      expect(read.headers['access-control-allow-origin']).toBe(ORIGIN);
      const other = await post(s.url, { origin: 'https://evil.example' });
      expect(other.headers['access-control-allow-origin']).toBeUndefined();
    } finally {
      await s.close();
    }
  });
});
