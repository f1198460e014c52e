import { randomUUID } from 'node:crypto';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import express, { type Express } from 'express';
import { GraphQLError } from 'graphql';
import type { Logger } from 'pino';
import type { Config } from '../config';
import { ApiKeys } from '../domain/auth';
import { DomainError } from '../domain/errors';
import type { Executor } from '../graph/Executor';
import { pendingMigrations } from '../graph/migrate';
import type { QueryCatalogue } from '../graph/QueryCatalogue';
import { ReadRepository } from '../graph/repositories/ReadRepository';
import { WriteService } from '../graph/writes/WriteService';
import { newRequestStats, withRequestStats } from '../graph/request-stats';
import type { Context } from './context';
import { formatError } from './errors';
import { BOOKMARK_HEADER, parseBookmarkHeader } from './bookmark-header';
import { Loaders } from './loaders';
import { costPlugin, statsPlugin } from './plugins';
import { jsonErrorHandler, notFoundHandler, requireJsonBody, requireSingleOperation, responseCeiling } from './http-errors';
import { MAX_BODY_BYTES } from '../domain/inputs';
import { mountExplorer } from '../explorer/mount';
import { mountIde } from '../ide/mount';
import { metricsEndpoint } from './metrics';
import { claimReviewRoute } from './claimreview-route';
import { buildResolvers, loadTypeDefs } from './schema';

export interface AppDeps {
  config: Config;
  log: Logger;
  executor: Executor;
  catalogue: QueryCatalogue;
}

export interface App {
  express: Express;
  writes: WriteService;
  apollo: ApolloServer<Context>;
  stop(): Promise<void>;
}

/**
 * Limits that refuse an abusive operation during validation, before any Cypher runs. The
 * cost limit is not here: it needs the variables' values (see cost.ts and costPlugin).
 */
export const ARMOR_LIMITS = {
  maxDepth: { n: 12 },
  maxAliases: { n: 15 },
  maxTokens: { n: 2000 },
  maxDirectives: { n: 20 },
};

/** Context errors reach the client as they are: give them the public code and a 401. */
const unauthenticated = (message: string) => new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });

/** Builds the HTTP app: /graphql, /healthz, /readyz. The caller owns listening and shutdown. */
export async function createApp(deps: AppDeps): Promise<App> {
  const { config, log, executor, catalogue } = deps;
  const reads = new ReadRepository(executor, catalogue);
  const writes = new WriteService(executor, catalogue);
  const keys = new ApiKeys(config.apiKeys);
  // Without introspection, "Did you mean …?" suggestions would still reveal the schema.
  const hideSchema = !config.introspection;
  // The token limit is graphql-js's own (parseOptions below): armor's token plugin re-parses in a
  // hook, so any syntax error it meets reached the client as a 500 instead of a 400.
  const armor = new ApolloArmor({
    ...ARMOR_LIMITS,
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: hideSchema },
  });
  const protection = armor.protect();

  const apollo = new ApolloServer<Context>({
    typeDefs: loadTypeDefs(),
    resolvers: buildResolvers(),
    introspection: config.introspection,
    hideSchemaDetailsFromClientErrors: hideSchema,
    formatError: formatError(log),
    plugins: [
      ...protection.plugins,
      costPlugin({ budget: config.maxQueryCost, maxPageSize: config.maxPageSize }),
      statsPlugin,
      // HTTP cache hints are not used here, and the plugin runs a hook for every resolved field.
      ApolloServerPluginCacheControlDisabled(),
      // The bundled GraphiQL (src/ide) replaces Apollo's CDN-loaded landing page.
      ApolloServerPluginLandingPageDisabled(),
    ],
    validationRules: protection.validationRules,
    parseOptions: { maxTokens: ARMOR_LIMITS.maxTokens.n },
    includeStacktraceInErrorResponses: false,
    // server.ts owns shutdown (HTTP, Apollo, driver, embedded Neo4j, in that order).
    stopOnTerminationSignals: false,
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  const metrics = metricsEndpoint(executor);
  app.get('/metrics', metrics.handler);
  app.get('/claimreview/:id', claimReviewRoute(reads, config, keys, log));
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
    (req, _res, next) => {
      // Database work anywhere below this request is counted against its stats.
      const stats = newRequestStats();
      (req as unknown as { stats: typeof stats }).stats = stats;
      withRequestStats(stats, next);
    },
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const requestId = (req.headers['x-request-id'] as string | undefined)?.slice(0, 100) || randomUUID();
        const header = req.headers.authorization ?? '';
        const bearer = /^Bearer\s+(.+)$/i.exec(header)?.[1]?.trim() ?? null;
        const principal = bearer ? keys.authenticate(bearer) : null;
        if (bearer && !principal) throw unauthenticated('The API key is not valid');
        if (config.readRequiresKey && !principal) throw unauthenticated('Reads need an API key on this server: send Authorization: Bearer <key>');
        const stats = (req as unknown as { stats: ReturnType<typeof newRequestStats> }).stats;
        // Read-your-writes across replicas: this request's sessions wait for the client's last write.
        stats.bookmarks = parseBookmarkHeader(req.headers[BOOKMARK_HEADER]);
        return {
          requestId,
          log: log.child({ requestId }),
          config,
          reads,
          writes,
          loaders: new Loaders(reads),
          principal,
          stats,
          idempotencyKey: (req.headers['idempotency-key'] as string | undefined) ?? null,
        };
      },
    }),
  );

  app.use('/graphql', jsonErrorHandler(log, MAX_BODY_BYTES));
  mountExplorer(app);
  app.use(notFoundHandler);
  app.use(jsonErrorHandler(log, MAX_BODY_BYTES));

  return {
    express: app,
    writes,
    apollo,
    stop: async () => {
      metrics.stop();
      await apollo.stop();
    },
  };
}
