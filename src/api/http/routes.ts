import type { IncomingMessage, RequestListener } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { Logger } from 'pino';
import type { Config } from '../../config';
import type { ApiKeys } from '../../domain/auth';
import { DomainError } from '../../domain/errors';
import { MAX_BODY_BYTES } from '../../domain/inputs';
import type { Executor } from '../../graph/Executor';
import { pendingMigrations } from '../../graph/migrate';
import type { QueryCatalogue } from '../../graph/QueryCatalogue';
import type { ReadRepository } from '../../graph/repositories/ReadRepository';
import type { Context } from '../context';
import { withStatsOf } from '../request-context';
import { claimReviewRoute } from './claimreview-route';
import { mountDesk } from './desk-mount';
import { mountExplorer } from './explorer-mount';
import { graphqlHttpHandler } from './graphql-http';
import { guarded } from './guard';
import { jsonErrorHandler, notFoundHandler, requireJsonBody, requireSingleOperation, responseCeiling } from './http-errors';
import { mountIde } from './ide-mount';
import { metricsEndpoint } from './metrics';

/** POST /graphql on plain node:http (see graphql-http.ts), or every route through Express. */
export type Transport = 'node-http' | 'express';

export interface RouteDeps {
  config: Config;
  log: Logger;
  executor: Executor;
  catalogue: QueryCatalogue;
  reads: ReadRepository;
  keys: ApiKeys;
  apollo: ApolloServer<Context>;
  context(req: IncomingMessage): Promise<Context>;
  transport: Transport;
}

export interface Routes {
  /** The request listener for http.createServer, behind the guard (guard.ts). */
  listener: RequestListener;
  stop(): void;
}

/** Every route: /graphql (both transports), /healthz, /readyz, /metrics, ClaimReview, the IDE and the explorer. */
export function buildRoutes(d: RouteDeps): Routes {
  const { config, log, executor, catalogue, apollo, context } = d;
  const app = express();
  app.disable('x-powered-by');
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  const metrics = metricsEndpoint(executor);
  app.get('/metrics', metrics.handler);
  app.get('/claimreview/:id', claimReviewRoute(d.reads, config, d.keys, log));
  app.get('/readyz', async (_req, res) => {
    try {
      const pending = await pendingMigrations(executor, catalogue);
      if (pending.length > 0) {
        res.status(503).json({ status: 'unavailable', reason: `schema migrations not applied: ${pending.join(', ')}` });
        return;
      }
      res.json({ status: 'ready' });
    } catch (e) {
      const reason = e instanceof DomainError ? e.message : 'the database is unreachable';
      res.status(503).json({ status: 'unavailable', reason });
    }
  });

  mountIde(app, config);
  app.use(
    '/graphql',
    requireJsonBody,
    express.json({ limit: MAX_BODY_BYTES, type: ['application/json', 'application/graphql-response+json'] }),
    requireSingleOperation,
    responseCeiling(config.maxResponseBytes, log),
    (req, _res, next) => withStatsOf(req, next),
    expressMiddleware(apollo, { context: ({ req }) => context(req) }),
  );

  app.use('/graphql', jsonErrorHandler(log, MAX_BODY_BYTES));
  mountExplorer(app);
  mountDesk(app);
  app.use(notFoundHandler);
  app.use(jsonErrorHandler(log, MAX_BODY_BYTES));

  const fastGraphql = graphqlHttpHandler(apollo, {
    maxBodyBytes: MAX_BODY_BYTES, maxResponseBytes: config.maxResponseBytes, log, context, withStats: withStatsOf,
  });
  const route: RequestListener = (req, res) => {
    const onGraphql = req.url === '/graphql' || req.url?.startsWith('/graphql?');
    if (d.transport === 'node-http' && req.method === 'POST' && onGraphql) fastGraphql(req, res);
    else app(req, res);
  };
  return { listener: guarded(route, config, log), stop: () => metrics.stop() };
}
