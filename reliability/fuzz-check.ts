import http from 'node:http';

/** One HTTP exchange as the fuzz sees it: raw bytes out, status and text back. */
export interface Exchange {
  status: number;
  contentType: string;
  body: string;
  ms: number;
}

export interface RawRequest {
  method: 'GET' | 'POST' | 'PUT';
  path: string;
  headers?: Record<string, string>;
  body?: Buffer | string;
}

/** A request that gets no answer within this time counts as a hang. */
export const HANG_MS = 30_000;

/** Sends exactly the given bytes (fetch would fix up content types and encodings for us). */
export function send(baseUrl: string, req: RawRequest): Promise<Exchange> {
  const url = new URL(req.path, baseUrl);
  const body = req.body === undefined ? undefined : Buffer.isBuffer(req.body) ? req.body : Buffer.from(req.body, 'utf8');
  const started = performance.now();
  return new Promise((resolve) => {
    const r = http.request(url, { method: req.method, headers: { ...(body ? { 'content-length': String(body.length) } : {}), ...req.headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, contentType: String(res.headers['content-type'] ?? ''), body: Buffer.concat(chunks).toString('utf8'), ms: performance.now() - started }),
      );
      res.on('error', () => resolve({ status: 0, contentType: '', body: '', ms: performance.now() - started }));
    });
    r.setTimeout(HANG_MS, () => r.destroy(new Error('hang')));
    // A reset after the server refused an oversized body early still counts as answered when a status came back.
    r.on('error', (e) => resolve({ status: e.message === 'hang' ? -1 : 0, contentType: '', body: '', ms: performance.now() - started }));
    r.end(body);
  });
}

/** Posts one GraphQL operation as JSON. */
export const postGraphql = (baseUrl: string, payload: unknown, headers: Record<string, string> = {}) =>
  send(baseUrl, { method: 'POST', path: '/graphql', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(payload) });

/** What is wrong with one response, by the suite's goals; empty when it is fine. */
export interface Verdict {
  internal: boolean;
  htmlOrLeak: boolean;
  serverError: boolean;
  badShape: boolean;
  hang: boolean;
  codes: string[];
}

// A stack frame ("at fn (file:1:2)"), a source file path, or node_modules: internals a client must never see.
const LEAK = /(\bat [\w.<>$ ]+ \(?(\/|[A-Za-z]:\\|node:)[^)\s]*:\d+:\d+\)?)|node_modules|(\/[\w.@-]+)+\.(ts|js|mjs|cjs):\d+|\/work\/main|\bsrc\/(api|graph|domain)\//;
const HTML = /^\s*<(!doctype|html|head|body|pre)\b/i;

export function judge(x: Exchange): Verdict {
  const v: Verdict = { internal: false, htmlOrLeak: false, serverError: x.status >= 500, badShape: false, hang: x.status === -1, codes: [] };
  if (x.status <= 0) {
    v.badShape = !v.hang;
    return v;
  }
  v.htmlOrLeak = /html/i.test(x.contentType) || HTML.test(x.body) || LEAK.test(x.body);
  let parsed: unknown;
  try {
    parsed = JSON.parse(x.body);
  } catch {
    v.badShape = true;
    return v;
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    v.badShape = true;
    return v;
  }
  const { data, errors } = parsed as { data?: unknown; errors?: unknown };
  if (data === undefined && errors === undefined) v.badShape = true;
  if (errors !== undefined) {
    if (!Array.isArray(errors) || errors.length === 0) v.badShape = true;
    else
      for (const e of errors as { message?: unknown; extensions?: { code?: unknown } }[]) {
        const code = e?.extensions?.code;
        if (typeof e?.message !== 'string' || typeof code !== 'string') v.badShape = true;
        else v.codes.push(code);
      }
  }
  v.internal = v.codes.includes('INTERNAL_SERVER_ERROR');
  return v;
}

/** Counts verdicts and keeps a few examples of each kind of failure, to show what to fix. */
export class Tally {
  sent = 0;
  internal = 0;
  htmlOrLeak = 0;
  serverErrors = 0;
  badShape = 0;
  hangs = 0;
  readonly latencies: number[] = [];
  readonly codes = new Map<string, number>();
  readonly examples: string[] = [];

  record(what: string, x: Exchange): Verdict {
    const v = judge(x);
    this.sent++;
    this.latencies.push(x.ms);
    for (const c of v.codes) this.codes.set(c, (this.codes.get(c) ?? 0) + 1);
    if (v.internal) this.internal++;
    if (v.htmlOrLeak) this.htmlOrLeak++;
    if (v.serverError) this.serverErrors++;
    if (v.badShape) this.badShape++;
    if (v.hang) this.hangs++;
    if ((v.internal || v.htmlOrLeak || v.serverError || v.badShape || v.hang) && this.examples.length < 20) {
      this.examples.push(`${what} → ${x.status} ${x.contentType} ${x.body.slice(0, 300)}`);
    }
    return v;
  }

  percentile(p: number): number {
    if (this.latencies.length === 0) return 0;
    const sorted = [...this.latencies].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
  }
}
