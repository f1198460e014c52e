import type { Executor } from '../graph/Executor';
import type { QueryCatalogue } from '../graph/QueryCatalogue';
import { openMatching, type MatchingService } from '../graph/matching/MatchingService';
import { ReadRepository } from '../graph/repositories/ReadRepository';
import { visibleStatuses, toGraphNodes } from '../graph/records';
import { createLogger } from '../logger';
import { ensureModel } from '../runtime/model-files';
import { REVIEWS_BY_CLAIMS } from '../graph/repositories/shared-batches';
import { progressBar } from './progress';

type Db = { executor: Executor; catalogue: QueryCatalogue };
const say = (line: string) => process.stderr.write(`${line}\n`);

async function open({ executor, catalogue }: Db): Promise<MatchingService> {
  await ensureModel(say).catch((e: unknown) => say(`could not fetch the embedding model (${e instanceof Error ? e.message.split('\n')[0] : String(e)}); matching is lexical-only`));
  return openMatching(executor, catalogue, createLogger('warn'));
}

/** claimgraph embed: the resumable backfill of claim vectors, with a progress bar. */
export async function embedCommand(db: Db): Promise<void> {
  const matching = await open(db);
  const bar = progressBar(`embed (${matching.mode})`, 1);
  let total = 1;
  const report = await matching.vectors
    .backfill((walked, t) => {
      if (t !== total) total = t;
      bar.update(Math.round((walked / Math.max(1, t)) * 100));
    })
    .finally(() => bar.stop());
  const rate = report.indexed > 0 ? ` (${Math.round((report.indexed / Math.max(1, report.ms)) * 1000)} claims/s)` : '';
  say(`Checked ${report.claims} claims; indexed ${report.indexed} in ${(report.ms / 1000).toFixed(1)} s${rate}; matching is ${matching.mode}`);
}

export interface MatchOptions {
  first: string;
  minScore?: string;
  includeRetracted?: boolean;
  json?: boolean;
}

/** claimgraph match "text": the claims already held for a statement, with tier, reasons and verdicts. */
export async function matchCommand(db: Db, text: string, opts: MatchOptions): Promise<void> {
  const t = text.trim();
  if (t.length === 0 || t.length > 5000) throw new Error('the statement must have 1 to 5,000 characters');
  const first = Number(opts.first);
  if (!Number.isInteger(first) || first < 1 || first > 100) throw new Error('--first must be a whole number from 1 to 100');
  const minScore = opts.minScore === undefined ? null : Number(opts.minScore);
  if (minScore !== null && !(minScore >= 0 && minScore <= 1)) throw new Error('--min-score must be from 0 to 1');
  const matching = await open(db);
  const answer = await matching.matcher.match(t, { first, minScore, statuses: visibleStatuses(opts.includeRetracted) });
  const reads = new ReadRepository(db.executor, db.catalogue);
  const ids = answer.matches.map((m) => m.claimId);
  const reviews = ids.length ? await reads.batch(REVIEWS_BY_CLAIMS, ids, 'items', { statuses: visibleStatuses(false), limit: 5 }) : [];
  const rows = answer.matches.map((m, i) => ({
    claimId: m.claimId,
    text: m.text,
    score: m.score,
    tier: m.tier,
    reasons: m.reasons,
    reviews: toGraphNodes(reviews[i]).map((r) => ({ id: r.id, ratingLabel: r.ratingLabel, reviewerId: r.reviewerId ?? null, publishedAt: r.publishedAt ?? null })),
  }));
  if (opts.json) {
    process.stdout.write(`${JSON.stringify({ matching: answer.mode, matches: rows }, null, 2)}\n`);
    return;
  }
  say(`matching: ${answer.mode}`);
  if (rows.length === 0) process.stdout.write('No claim held matches this statement.\n');
  for (const [i, r] of rows.entries()) {
    process.stdout.write(`${i + 1}. ${r.tier} ${r.score.toFixed(3)}  ${r.claimId}\n   ${r.text}\n   ${r.reasons.join('; ')}\n`);
    for (const rv of r.reviews) process.stdout.write(`   already checked: ${String(rv.ratingLabel)}${rv.reviewerId ? `, by ${String(rv.reviewerId)}` : ''}${rv.publishedAt ? `, on ${String(rv.publishedAt)}` : ''}\n`);
  }
}
