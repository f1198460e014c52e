import { ADMIN_KEY, EDITOR_KEY } from './service-process';

/** Codes a client may legitimately get under racing writes; anything else leaked from the server. */
export const EXPECTED_CODES = new Set(['BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT', 'FORBIDDEN', 'DUPLICATE_SUSPECTED']);
export type OpClass = 'read' | 'search' | 'write';

export interface Answer {
  status: number;
  /** Seconds from a Retry-After header, when the answer had one. */
  retryAfter?: number;
  data?: any;
  errors?: { message: string; extensions?: { code?: string } }[];
  extensions?: { bookmark?: string };
}

/** One GraphQL request over HTTP; a failed request (reset, refused) is status 0 with code NETWORK. */
export async function gql(url: string, query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}): Promise<Answer> {
  try {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(60_000),
    });
    const text = await res.text();
    const wait = res.headers.get('retry-after');
    const retryAfter = wait !== null && /^\d+$/.test(wait) ? Number(wait) : undefined;
    try {
      return { status: res.status, retryAfter, ...(JSON.parse(text) as object) };
    } catch {
      return { status: res.status, retryAfter, errors: [{ message: text.slice(0, 200), extensions: { code: `HTTP_${res.status}` } }] };
    }
  } catch (e) {
    return { status: 0, errors: [{ message: String(e), extensions: { code: 'NETWORK' } }] };
  }
}

/**
 * Honest backpressure: HTTP 429 or 503 with a Retry-After, every error OVERLOADED. The server
 * says it did nothing and when to come back, so a client waits and retries; it is counted as
 * a refusal, not a leak. Anything else that is not a business answer (a TIMEOUT after a long
 * wait, UNAVAILABLE, a 503 without Retry-After) is a leak.
 */
export const isBackpressure = (a: Answer) =>
  (a.status === 429 || a.status === 503) && a.retryAfter !== undefined && (a.errors?.length ?? 0) > 0 && a.errors!.every((e) => e.extensions?.code === 'OVERLOADED');

/** Times a client retries a refused request before the refusal counts as a leak. */
export const MAX_BACKPRESSURE_RETRIES = 20;

/** A small seeded generator (mulberry32), so a run's choices can be replayed. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN);

/** Figures of a workload run, accumulated by every client. */
export class Tally {
  /** Per operation, from its first request to its final answer, waits after refusals included. */
  readonly latencies: Record<OpClass, number[]> = { read: [], search: [], write: [] };
  /** Per HTTP request: a refusal and each retry count once each. */
  readonly requestLatencies: Record<OpClass, number[]> = { read: [], search: [], write: [] };
  /** Honest refusals (see isBackpressure), each retried after its Retry-After. */
  refusals = 0;
  readonly refusalWaits: number[] = [];
  readonly codes = new Map<string, number>();
  readonly leaked: string[] = [];
  leakedCount = 0;
  ops = 0;

  record(kind: OpClass, ms: number, answer: Answer, op = kind as string): void {
    this.ops += 1;
    this.latencies[kind].push(ms);
    for (const e of answer.errors ?? []) {
      const code = e.extensions?.code ?? 'NO_CODE';
      this.codes.set(code, (this.codes.get(code) ?? 0) + 1);
      if (!EXPECTED_CODES.has(code)) {
        this.leakedCount += 1;
        if (this.leaked.length < 10) this.leaked.push(`${op} ${code} after ${Math.round(ms)} ms: ${e.message.slice(0, 120)}`);
      }
    }
  }

  summary(kind?: OpClass, per: 'operation' | 'request' = 'operation'): { count: number; p50: number; p95: number; p99: number } {
    const source = per === 'operation' ? this.latencies : this.requestLatencies;
    const all = (kind ? source[kind] : Object.values(source).flat()).slice().sort((x, y) => x - y);
    return { count: all.length, p50: percentile(all, 50), p95: percentile(all, 95), p99: percentile(all, 99) };
  }
}

/** gql, retrying honest refusals after their Retry-After (plus a little jitter, so refused clients do not return in step). */
export async function send(tally: Tally | null, kind: OpClass, url: string, query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}): Promise<Answer> {
  for (let attempt = 0; ; attempt++) {
    const started = performance.now();
    const a = await gql(url, query, variables, headers);
    tally?.requestLatencies[kind].push(performance.now() - started);
    if (!isBackpressure(a) || attempt >= MAX_BACKPRESSURE_RETRIES) return a;
    if (tally) {
      tally.refusals += 1;
      tally.refusalWaits.push(a.retryAfter!);
    }
    await new Promise((r) => setTimeout(r, a.retryAfter! * 1000 + Math.random() * 250));
  }
}

export const ADMIN = { authorization: `Bearer ${ADMIN_KEY}` };
export const EDITOR = { authorization: `Bearer ${EDITOR_KEY}` };
export const M = {
  addSource: 'mutation($i: AddSourceInput!) { addSource(input: $i) { source { id } } }',
  addActor: 'mutation($i: AddActorInput!) { addActor(input: $i) { actor { id } change { id } } }',
  addClaim: 'mutation($i: AddClaimInput!) { addClaim(input: $i) { claim { id attributions { id } } } }',
  addAttribution: 'mutation($i: AddAttributionInput!) { addAttribution(input: $i) { attribution { id } } }',
  linkClaims: 'mutation($i: LinkClaimsInput!) { linkClaims(input: $i) { change { id } } }',
  unlinkClaims: 'mutation($i: UnlinkClaimsInput!) { unlinkClaims(input: $i) { change { id } } }',
  retractClaim: 'mutation($i: RetractInput!) { retractClaim(input: $i) { claim { status } } }',
  retractAttribution: 'mutation($i: RetractInput!) { retractAttribution(input: $i) { attribution { status } } }',
  mergeActors: 'mutation($i: MergeActorsInput!) { mergeActors(input: $i) { actor { id } } }',
};
const Q = {
  claim: 'query($id: ID!) { claim(id: $id) { id text status attributions { id quote start end speaker { id name } source { id } } counterclaims { id } supportedBy { id } } }',
  node: 'query($id: ID!) { node(id: $id) { id ... on Actor { name aliases } } }',
  claims: 'query($id: ID!) { claims(filter: { speakerId: $id }, first: 10) { edges { node { id text } } } }',
  provenance: 'query($id: ID!) { provenance(claimId: $id) { claim { id } entries { attribution { id quote } source { id title } } } }',
  search: 'query($q: String!) { search(query: $q, first: 10) { edges { score node { id } } } }',
};
const WORDS = ['ENNHRI', 'ENRI', 'Izvestia', 'Estemirova', 'commission', 'ombudsman', 'human rights', 'Moscow', 'report', 'network', 'withdrawal', 'statement'];

/** The nodes clients race on: a small hot set, so merges, links and retractions collide. */
export interface Pool {
  sourceId: string;
  text: string;
  actors: string[];
  claims: { id: string; attributions: string[] }[];
}

/** A source text of numbered words: every run of three or more words occurs once, so any span is a valid quote. */
export const sourceText = (tag: string) => Array.from({ length: 600 }, (_, i) => `${tag}w${i}`).join(' ');

function must(a: Answer, what: string): any {
  if (a.errors || !a.data) throw new Error(`${what} failed while preparing the load: ${JSON.stringify(a.errors)}`);
  return a.data;
}

/** A quote of 3-8 words from the source, with its exact text. */
export function quoteOf(text: string, r: () => number): string {
  const words = text.split(' ');
  const start = Math.floor(r() * (words.length - 10));
  return words.slice(start, start + 3 + Math.floor(r() * 6)).join(' ');
}

export async function preparePool(url: string, tag: string, r: () => number): Promise<Pool> {
  const text = sourceText(tag);
  const sourceId = must(await send(null, 'write', url, M.addSource, { i: { title: `Load ${tag}`, kind: 'ARTICLE', text } }, EDITOR), 'addSource').addSource.source.id;
  const pool: Pool = { sourceId, text, actors: [], claims: [] };
  for (let i = 0; i < 12; i++) await addActor(null, url, pool, `Load ${tag} person ${i}`);
  for (let i = 0; i < 12; i++) await addClaim(null, url, pool, r, `Load ${tag} claim ${i}`);
  return pool;
}

async function addActor(tally: Tally | null, url: string, pool: Pool, name: string): Promise<Answer> {
  const a = await send(tally, 'write', url, M.addActor, { i: { kind: 'PERSON', name, aliases: [`${name} alias`] } }, EDITOR);
  if (a.data?.addActor) pool.actors.push(a.data.addActor.actor.id);
  if (pool.actors.length > 40) pool.actors.shift();
  return a;
}

async function addClaim(tally: Tally | null, url: string, pool: Pool, r: () => number, text: string): Promise<Answer> {
  const speakerId = pick(pool.actors, r);
  const a = await send(tally, 'write', url, M.addClaim, { i: { text, aboutIds: [speakerId], attribution: { speakerId, sourceId: pool.sourceId, mode: 'DIRECT_QUOTE', quote: quoteOf(pool.text, r) } } }, EDITOR);
  const c = a.data?.addClaim?.claim;
  if (c) pool.claims.push({ id: c.id, attributions: c.attributions.map((x: { id: string }) => x.id) });
  if (pool.claims.length > 40) pool.claims.shift();
  return a;
}

export const pick = <T>(xs: T[], r: () => number): T => xs[Math.floor(r() * xs.length)];

/** One idempotency group: the same write sent `copies` times at once with one key. */
export interface IdempotentGroup {
  name: string;
  answers: Answer[];
}

/** A read or a search of the mix (45% and 20% of operations); null when the draw is a write. */
export async function readOrSearch(url: string, pool: Pool, r: () => number, tally: Tally, tag: string, x: number, claim: { id: string }): Promise<{ kind: OpClass; answer: Answer } | null> {
  if (x < 0.45) {
    const y = r();
    if (y < 0.35) return { kind: 'read', answer: await send(tally, 'read', url, Q.claim, { id: claim.id }) };
    if (y < 0.6) return { kind: 'read', answer: await send(tally, 'read', url, Q.node, { id: pick(pool.actors, r) }) };
    if (y < 0.8) return { kind: 'read', answer: await send(tally, 'read', url, Q.claims, { id: pick(pool.actors, r) }) };
    return { kind: 'read', answer: await send(tally, 'read', url, Q.provenance, { id: claim.id }) };
  }
  if (x < 0.65) return { kind: 'search', answer: await send(tally, 'search', url, Q.search, { q: r() < 0.5 ? pick(WORDS, r) : `${tag}w${Math.floor(r() * 600)}` }) };
  return null;
}

/** One client's next operation, chosen by weight: 45% reads, 20% searches, 35% writes (racing on the hot set). */
export async function step(url: string, pool: Pool, r: () => number, tally: Tally, groups: IdempotentGroup[], tag: string): Promise<void> {
  const x = r();
  const claim = pick(pool.claims, r);
  const started = performance.now();
  const read = await readOrSearch(url, pool, r, tally, tag, x, claim);
  if (read) return tally.record(read.kind, performance.now() - started, read.answer);
  const w = (query: string, i: Record<string, unknown>, who = EDITOR) => send(tally, 'write', url, query, { i }, who);
  let answer: Answer;
  const y = r();
  const other = pick(pool.claims, r);
  const linkKind = r() < 0.5 ? 'CONTRADICTS' : 'SUPPORTS';
  if (y < 0.14) answer = await addClaim(tally, url, pool, r, `Load ${tag} claim ${Math.floor(r() * 1e9)}`);
  else if (y < 0.26) {
    answer = await w(M.addAttribution, { claimId: claim.id, attribution: { speakerId: pick(pool.actors, r), sourceId: pool.sourceId, mode: 'PARAPHRASE', quote: quoteOf(pool.text, r) } });
    if (answer.data?.addAttribution) claim.attributions.push(answer.data.addAttribution.attribution.id);
  } else if (y < 0.36) answer = await addActor(tally, url, pool, `Load ${tag} person ${Math.floor(r() * 1e9)}`);
  else if (y < 0.52) answer = await w(M.linkClaims, { fromId: claim.id, toId: other.id, kind: linkKind, basis: 'load' });
  else if (y < 0.64) answer = await w(M.unlinkClaims, { fromId: claim.id, toId: other.id, kind: linkKind, reason: 'load' });
  else if (y < 0.76) answer = await w(M.retractAttribution, { id: pick(claim.attributions, r), reason: 'load' }, ADMIN);
  else if (y < 0.8) answer = await w(M.retractClaim, { id: claim.id, reason: 'load' }, ADMIN);
  else if (y < 0.92) answer = await w(M.mergeActors, { survivorId: pick(pool.actors, r), mergedId: pick(pool.actors, r) }, ADMIN);
  else answer = await idempotentGroup(url, tally, groups, `${tag} ${Math.floor(r() * 1e9)}`, started);
  tally.record('write', performance.now() - started, answer);
}

/** The same addActor sent 5 times at once with one Idempotency-Key; all but the first answer are tallied here. */
async function idempotentGroup(url: string, tally: Tally, groups: IdempotentGroup[], tag: string, started: number): Promise<Answer> {
  const name = `Load ${tag} once ${groups.length}`;
  const answers = await Promise.all(Array.from({ length: 5 }, () => send(tally, 'write', url, M.addActor, { i: { kind: 'PERSON', name } }, { ...EDITOR, 'idempotency-key': `once-${name}` })));
  groups.push({ name, answers });
  for (const a of answers.slice(1)) tally.record('write', performance.now() - started, a);
  return answers[0];
}

/**
 * Each read and search of the mix once, before the clients start: a fresh database plans
 * each statement on first use, and fifty clients asking for the same unplanned statements
 * at once on a busy machine measure the planner, not the service.
 */
export async function warmUp(url: string, pool: Pool, tag: string): Promise<void> {
  const claim = pool.claims[0].id;
  const actor = pool.actors[0];
  for (const [query, variables] of [
    [Q.claim, { id: claim }],
    [Q.node, { id: actor }],
    [Q.claims, { id: actor }],
    [Q.provenance, { id: claim }],
    [Q.search, { q: WORDS[0] }],
    [Q.search, { q: `${tag}w1` }],
  ] as const) {
    await send(null, 'read', url, query, variables);
  }
}

/** One client's next operation in some mix. */
export type Step = (url: string, pool: Pool, r: () => number, tally: Tally, groups: IdempotentGroup[], tag: string) => Promise<void>;

/** Runs `clients` concurrent clients until the deadline; each client has its own seeded generator. */
export async function drive(
  url: string,
  pool: Pool,
  opts: { clients: number; durationMs: number; seed: number; tag: string },
  tally: Tally,
  groups: IdempotentGroup[],
  next: Step = step,
): Promise<void> {
  const deadline = Date.now() + opts.durationMs;
  await Promise.all(
    Array.from({ length: opts.clients }, async (_, i) => {
      const r = rng(opts.seed * 1000 + i);
      // However short the run, at least one keyed retry races the rest (the load mix's own kind of group).
      if (i === 0 && next === step) {
        const started = performance.now();
        tally.record('write', performance.now() - started, await idempotentGroup(url, tally, groups, `${opts.tag} first`, started));
      }
      while (Date.now() < deadline) await next(url, pool, r, tally, groups, opts.tag);
    }),
  );
}
