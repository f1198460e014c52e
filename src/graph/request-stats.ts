import { AsyncLocalStorage } from 'node:async_hooks';

/** Database work done on behalf of one request; reported in the response's extensions. */
export interface RequestStats {
  roundTrips: number;
  dbTimeMs: number;
}

const storage = new AsyncLocalStorage<RequestStats>();

export const newRequestStats = (): RequestStats => ({ roundTrips: 0, dbTimeMs: 0 });

/** Runs fn with stats collected for every query it (and what it awaits) sends. */
export const withRequestStats = <T>(stats: RequestStats, fn: () => T): T => storage.run(stats, fn);

export const currentRequestStats = (): RequestStats | undefined => storage.getStore();
