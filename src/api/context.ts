import type { Logger } from 'pino';
import type { Config } from '../config';
import type { ReadRepository } from '../graph/repositories/ReadRepository';
import type { RequestStats } from '../graph/request-stats';
import type { Principal } from '../domain/auth';
import type { Loaders } from './loaders';
import type { CostReport } from './limits/cost';
import type { WriteService } from '../graph/writes/WriteService';
import type { MatchingService } from '../graph/matching/MatchingService';

/** What every resolver gets: per-request loaders, the repositories, and who is asking. */
export interface Context {
  requestId: string;
  log: Logger;
  config: Config;
  reads: ReadRepository;
  writes: WriteService;
  /** Replaced after each mutation, so later fields read fresh data. */
  loaders: Loaders;
  principal: Principal | null;
  stats: RequestStats;
  idempotencyKey: string | null;
  /** Claim matching (similarClaims, Claim.similar). */
  matching: MatchingService;
  /** Set when a matching field ran: answered in extensions.matching. */
  matchingMode?: 'hybrid' | 'lexical-only';
  /** Set once the operation is priced, before it executes. */
  cost?: CostReport;
}
