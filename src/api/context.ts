import type { Logger } from 'pino';
import type { Config } from '../config';
import type { ReadRepository } from '../graph/repositories/ReadRepository';
import type { RequestStats } from '../graph/request-stats';
import type { Principal } from '../domain/auth';
import { Loaders } from './loaders';

/** What every resolver gets: per-request loaders, the repositories, and who is asking. */
export interface Context {
  requestId: string;
  log: Logger;
  config: Config;
  reads: ReadRepository;
  loaders: Loaders;
  principal: Principal | null;
  stats: RequestStats;
  /** Set when the Authorization header held a key that matched nobody. */
  badKey: boolean;
  idempotencyKey: string | null;
}

export function newLoaders(reads: ReadRepository): Loaders {
  return new Loaders(reads);
}
