import type { Logger } from 'pino';
import type { MatchingService } from './MatchingService';

/** Runs the backfill without holding up start-up; logs its progress every few seconds and its end. */
export function backfillInBackground(matching: MatchingService, log: Logger): Promise<void> {
  let lastLog = 0;
  return matching.vectors
    .backfill((walked, total, indexed) => {
      if (Date.now() - lastLog < 5000) return;
      lastLog = Date.now();
      log.info({ walked, total, indexed }, 'claim matching: backfill in progress');
    })
    .then((r) => {
      const perSecond = r.indexed > 0 && r.ms > 0 ? Math.round((r.indexed / r.ms) * 1000) : null;
      log.info({ claims: r.claims, indexed: r.indexed, ms: r.ms, perSecond, mode: matching.mode }, 'claim matching: vectors are current');
    })
    .catch((e: unknown) => log.warn({ err: e }, 'claim matching: the backfill stopped; it resumes at the next start or with claimgraph embed'));
}
