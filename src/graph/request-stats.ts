import { AsyncLocalStorage } from 'node:async_hooks';

/** Database work done on behalf of one request; reported in the response's extensions. */
export interface RequestStats {
  roundTrips: number;
  dbTimeMs: number;
  /**
   * Bookmarks every session of this request waits for (causal consistency): the ones the
   * client sent back, then the request's own last write, so its payload reads see it.
   */
  bookmarks: string[];
  /** The bookmark of the request's last committed write, handed to the client. */
  writeBookmarks: string[];
}

const storage = new AsyncLocalStorage<RequestStats>();

export const newRequestStats = (bookmarks: string[] = []): RequestStats => ({ roundTrips: 0, dbTimeMs: 0, bookmarks, writeBookmarks: [] });

/** Runs fn with stats collected for every query it (and what it awaits) sends. */
export const withRequestStats = <T>(stats: RequestStats, fn: () => T): T => storage.run(stats, fn);

export const currentRequestStats = (): RequestStats | undefined => storage.getStore();
