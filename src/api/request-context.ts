import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { GraphQLError } from 'graphql';
import type { Logger } from 'pino';
import type { Config } from '../config';
import type { ApiKeys } from '../domain/auth';
import type { ReadRepository } from '../graph/repositories/ReadRepository';
import { newRequestStats, withRequestStats, type RequestStats } from '../graph/request-stats';
import type { WriteService } from '../graph/writes/WriteService';
import { BOOKMARK_HEADER, parseBookmarkHeader } from './http/bookmark-header';
import type { Context } from './context';
import { Loaders } from './loaders';
import type { MatchingService } from '../graph/matching/MatchingService';

/** Context errors reach the client as they are: give them the public code and a 401. */
const unauthenticated = (message: string) => new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });

const statsOf = new WeakMap<IncomingMessage, RequestStats>();

/** Database work anywhere below `run` is counted against this request's stats. */
export function withStatsOf<T>(req: IncomingMessage, run: () => T): T {
  const stats = newRequestStats();
  statsOf.set(req, stats);
  return withRequestStats(stats, run);
}

export interface ContextDeps {
  config: Config;
  log: Logger;
  reads: ReadRepository;
  writes: WriteService;
  keys: ApiKeys;
  matching: MatchingService;
}

/**
 * Builds each request's Context. The loaders and the request's logger child are made on
 * first use: a request that reads one claim or logs nothing pays for neither.
 */
export function contextFactory({ config, log, reads, writes, keys, matching }: ContextDeps) {
  return async (req: IncomingMessage): Promise<Context> => {
    const requestId = (req.headers['x-request-id'] as string | undefined)?.slice(0, 100) || randomUUID();
    const bearer = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1]?.trim() ?? null;
    const principal = bearer ? keys.authenticate(bearer) : null;
    if (bearer && !principal) throw unauthenticated('The API key is not valid');
    if (config.readRequiresKey && !principal) throw unauthenticated('Reads need an API key on this server: send Authorization: Bearer <key>');
    const stats = statsOf.get(req) ?? newRequestStats();
    // Read-your-writes across replicas: this request's sessions wait for the client's last write.
    stats.bookmarks = parseBookmarkHeader(req.headers[BOOKMARK_HEADER]);
    let loaders: Loaders | undefined;
    let child: Logger | undefined;
    return {
      requestId,
      get log() {
        return (child ??= log.child({ requestId }));
      },
      config,
      reads,
      writes,
      get loaders() {
        return (loaders ??= new Loaders(reads));
      },
      set loaders(replacement: Loaders) {
        loaders = replacement;
      },
      principal,
      matching,
      stats,
      idempotencyKey: (req.headers['idempotency-key'] as string | undefined) ?? null,
    };
  };
}
