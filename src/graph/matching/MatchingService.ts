import type { Logger } from 'pino';
import type { Embedder } from '../../matching/embedder';
import { sharedModel } from '../../matching/load-model';
import type { MatchingMode } from '../../matching/thresholds';
import type { Executor } from '../Executor';
import type { QueryCatalogue } from '../QueryCatalogue';
import { ClaimMatcher } from './ClaimMatcher';
import { ClaimVectors } from './ClaimVectors';

/** Claim matching for one process: the matcher that answers and the vectors it keeps current. */
export class MatchingService {
  readonly matcher: ClaimMatcher;
  readonly vectors: ClaimVectors;

  constructor(executor: Executor, catalogue: QueryCatalogue, embedder: Embedder | null, log?: Logger) {
    this.matcher = new ClaimMatcher(executor, catalogue, embedder);
    this.vectors = new ClaimVectors(executor, catalogue, embedder, log);
  }

  get mode(): MatchingMode {
    return this.matcher.mode;
  }
}

/** With `embedder` undefined, the process's shared model (lexical-only when it is missing or broken). */
export async function openMatching(executor: Executor, catalogue: QueryCatalogue, log: Logger, embedder?: Embedder | null): Promise<MatchingService> {
  const model = embedder === undefined ? (await sharedModel(log)).embedder : embedder;
  return new MatchingService(executor, catalogue, model, log);
}
