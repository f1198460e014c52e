import { buildSchema } from 'graphql';
import { loadTypeDefs } from '../src/api/schema';
import { fingerprint, fingerprintDiff } from './fingerprint';
import { Tally, postGraphql, send } from './fuzz-check';
import { generateDocument } from './fuzz-documents';
import { malformedRequests } from './fuzz-http';
import { generateMutationCases, mutationDocument, type KnownQuote, type MutationCase } from './fuzz-mutations';
import { Rng, type KnownIds } from './fuzz-values';
import { startTarget, type Target } from './target';
import type { PartOptions, PartResult } from './types';

export interface FuzzCounts {
  documents: number;
  mutations: number;
  /** Take a fingerprint around every n-th invalid write as well as around the whole batch. */
  spotCheckEvery: number;
  concurrency: number;
}

// Sized for a shared 2-core machine; every mutation case is sent once even when that exceeds `mutations`.
export const SHORT_COUNTS: FuzzCounts = { documents: 300, mutations: 200, spotCheckEvery: 30, concurrency: 4 };
export const LONG_COUNTS: FuzzCounts = { documents: 1000, mutations: 300, spotCheckEvery: 10, concurrency: 4 };

export interface FuzzReport {
  documentsValid: number;
  documentsInvalid: number;
  mutationsSent: number;
  httpSent: number;
  tally: Tally;
  /** Invalid writes the service answered without an error. */
  accepted: string[];
  /** Writes after which the fingerprint was not what it had been. */
  partialWrites: string[];
  spotChecks: number;
  durationMs: number;
}

/** Ids of the seed graph by kind, and one real quote to build attributions from. */
export async function knownGraph(t: Target): Promise<{ ids: KnownIds; quote: KnownQuote }> {
  const rows = await t.driver.executeQuery(
    'MATCH (n) WHERE n.id IS NOT NULL AND NOT n:Change AND NOT n:SchemaMigration RETURN n.id AS id, labels(n) AS labels, n.text IS NOT NULL AS hasText ORDER BY id',
    {},
    { database: t.database },
  );
  const ids: KnownIds = { all: [], claims: [], actors: [], persons: [], organisations: [], sources: [], sourcesWithText: [], events: [], attributions: [] };
  for (const r of rows.records) {
    const id = r.get('id') as string;
    const labels = r.get('labels') as string[];
    ids.all.push(id);
    if (labels.includes('Claim')) ids.claims.push(id);
    if (labels.includes('Actor')) ids.actors.push(id);
    if (labels.includes('Person')) ids.persons.push(id);
    if (labels.includes('Organisation')) ids.organisations.push(id);
    if (labels.includes('Event')) ids.events.push(id);
    if (labels.includes('Attribution')) ids.attributions.push(id);
    if (labels.includes('Source')) (r.get('hasText') ? ids.sourcesWithText : ids.sources).push(id);
  }
  ids.sources.push(...ids.sourcesWithText);
  const [q] = (
    await t.driver.executeQuery(
      'MATCH (a:Attribution)-[:IN]->(s:Source), (a)-[:BY]->(p) WHERE s.text IS NOT NULL RETURN p.id AS speakerId, s.id AS sourceId, a.quote AS quote, s.text AS sourceText ORDER BY a.id LIMIT 1',
      {},
      { database: t.database },
    )
  ).records.map((r) => r.toObject() as KnownQuote);
  return { ids, quote: q };
}

/** Runs `work` over items with a few requests in flight at once. */
async function pool<T>(items: T[], concurrency: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < items.length) await work(items[next++]);
  }));
}

const headerFor = (t: Target, key: MutationCase['key']): Record<string, string> =>
  key === 'none' ? {} : { authorization: `Bearer ${key === 'editor' ? t.editorKey : key === 'admin' ? t.adminKey : 'not-a-real-key-000'}` };

/** Sends invalid writes one at a time; each must be refused and the graph must end as it began. */
async function fuzzMutations(t: Target, cases: MutationCase[], counts: FuzzCounts, tally: Tally, report: FuzzReport): Promise<void> {
  const before = await fingerprint(t.driver, t.database);
  for (const [i, c] of cases.entries()) {
    const spot = i % counts.spotCheckEvery === 0 ? await fingerprint(t.driver, t.database) : null;
    const x = await postGraphql(t.url, { query: mutationDocument(c.mutation), variables: { i: c.input } }, headerFor(t, c.key));
    const v = tally.record(`${c.mutation}: ${c.why}`, x);
    report.mutationsSent++;
    if (x.status > 0 && v.codes.length === 0) report.accepted.push(`${c.mutation}: ${c.why}`);
    if (spot) {
      report.spotChecks++;
      const diff = fingerprintDiff(spot, await fingerprint(t.driver, t.database));
      if (diff.length) report.partialWrites.push(`${c.mutation}: ${c.why}: ${diff.join('; ')}`);
    }
  }
  const diff = fingerprintDiff(before, await fingerprint(t.driver, t.database));
  if (diff.length) report.partialWrites.push(`whole batch of ${cases.length}: ${diff.join('; ')}`);
}

/** The whole fuzz against one running service: documents, invalid writes, malformed HTTP. */
export async function fuzz(t: Target, counts: FuzzCounts, seed: number, long: boolean, log: (line: string) => void): Promise<FuzzReport> {
  const started = performance.now();
  const rng = new Rng(seed);
  const schema = buildSchema(loadTypeDefs());
  const { ids, quote } = await knownGraph(t);
  const tally = new Tally();
  const report: FuzzReport = { documentsValid: 0, documentsInvalid: 0, mutationsSent: 0, httpSent: 0, tally, accepted: [], partialWrites: [], spotChecks: 0, durationMs: 0 };

  const docs = Array.from({ length: counts.documents }, () => generateDocument(schema, rng, ids, long));
  log(`fuzz: ${docs.length} documents`);
  await pool(docs, counts.concurrency, async (d) => {
    tally.record(`document (${d.kind}) ${d.query.slice(0, 200)}`, await postGraphql(t.url, { query: d.query, variables: d.variables }));
    if (d.valid) report.documentsValid++;
    else report.documentsInvalid++;
  });

  const cases = generateMutationCases(counts.mutations, ids, quote, rng);
  log(`fuzz: ${cases.length} invalid mutation inputs`);
  await fuzzMutations(t, cases, counts, tally, report);

  const requests = malformedRequests();
  log(`fuzz: ${requests.length} malformed HTTP requests`);
  for (const { name, req } of requests) {
    tally.record(`http: ${name}`, await send(t.url, req));
    report.httpSent++;
  }
  report.durationMs = performance.now() - started;
  return report;
}

/** Goals that did not hold, each naming its count and a few examples. */
export function fuzzFailures(r: FuzzReport): string[] {
  const t = r.tally;
  const examples = t.examples.length ? `; e.g. ${t.examples.slice(0, 3).join(' | ')}` : '';
  const out: string[] = [];
  if (t.internal) out.push(`${t.internal} INTERNAL_SERVER_ERROR responses${examples}`);
  if (t.htmlOrLeak) out.push(`${t.htmlOrLeak} responses with HTML or a stack trace / file path${examples}`);
  if (t.serverErrors) out.push(`${t.serverErrors} 5xx responses${examples}`);
  if (t.badShape) out.push(`${t.badShape} responses not JSON in the GraphQL shape with a code on every error${examples}`);
  if (t.hangs) out.push(`${t.hangs} requests without an answer in 30 s${examples}`);
  if (r.accepted.length) out.push(`${r.accepted.length} invalid writes accepted: ${r.accepted.slice(0, 5).join(' | ')}`);
  if (r.partialWrites.length) out.push(`${r.partialWrites.length} partial writes: ${r.partialWrites.slice(0, 5).join(' | ')}`);
  return out;
}

export function fuzzFigures(r: FuzzReport, seed: number): Record<string, string | number> {
  const t = r.tally;
  return {
    'GraphQL documents sent (valid / invalid)': `${r.documentsValid + r.documentsInvalid} (${r.documentsValid} / ${r.documentsInvalid})`,
    'invalid mutation inputs sent (all 13 mutations)': r.mutationsSent,
    'malformed HTTP requests sent': r.httpSent,
    'INTERNAL_SERVER_ERROR (goal 0)': t.internal,
    'responses with HTML or a stack trace / file path (goal 0)': t.htmlOrLeak,
    '5xx responses (goal 0)': t.serverErrors,
    'responses not JSON {data, errors} with a code on every error (goal 0)': t.badShape,
    'hangs, no answer in 30 s (goal 0)': t.hangs,
    'invalid writes accepted (goal 0)': r.accepted.length,
    'partial writes, fingerprint changed (goal 0)': r.partialWrites.length,
    'fingerprint checks (whole batch + single writes)': `1 + ${r.spotChecks}`,
    'latency p50 / p99 (ms)': `${t.percentile(50).toFixed(1)} / ${t.percentile(99).toFixed(1)}`,
    'seed': seed,
    'duration (s)': (r.durationMs / 1000).toFixed(1),
  };
}

/** The Fuzz part: its own service and database (or --uri), the long or short counts. */
export async function run(opts: PartOptions): Promise<PartResult> {
  const target = await startTarget({ uri: opts.uri, log: opts.log });
  try {
    const report = await fuzz(target, opts.long ? LONG_COUNTS : SHORT_COUNTS, opts.seed, opts.long, opts.log);
    const codes = [...report.tally.codes.entries()].sort((a, b) => b[1] - a[1]).map(([c, n]) => `${c} ${n}`).join(', ');
    return {
      title: 'Fuzz',
      command: `npm run reliability -- --only fuzz --seed ${opts.seed}`,
      figures: fuzzFigures(report, opts.seed),
      failures: fuzzFailures(report),
      notes:
        'Documents are generated from the real schema (random fields, arguments, nesting, aliases, fragments and inline fragments on Node and Actor, variables of right and wrong types) ' +
        'with deliberate corruptions (unknown fields and arguments, missing required arguments, syntax errors, huge strings up to the body limit, unicode, Lucene syntax). ' +
        'Every mutation gets invalid inputs (wrong types, empty and over-long strings, bad dates and URLs, unknown and wrong-kind ids, quotes not in the source, self-links, no key, wrong role) ' +
        'and the graph fingerprint (counts per label and relationship type + SHA-256 of every node and relationship) is compared around the batch and single writes. ' +
        `Error codes seen: ${codes}.`,
    };
  } finally {
    await target.close();
  }
}
