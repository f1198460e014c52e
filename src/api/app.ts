import type { RequestListener } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import express from 'express';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { Logger } from 'pino';
import type { Config } from '../config';
import { ApiKeys } from '../domain/auth';
import { DomainError } from '../domain/errors';
import type { Executor } from '../graph/Executor';
import { pendingMigrations } from '../graph/migrate';
import type { QueryCatalogue } from '../graph/QueryCatalogue';
import { ReadRepository } from '../graph/repositories/ReadRepository';
import { WriteService } from '../graph/writes/WriteService';
import type { Context } from './context';
import { formatError } from './errors';
import { graphqlHttpHandler } from './graphql-http';
import { jitGateway } from './jit-gateway';
import { contextFactory, withStatsOf } from './request-context';
import { costPlugin, statsPlugin } from './plugins';
import { jsonErrorHandler, notFoundHandler, requireJsonBody, requireSingleOperation, responseCeiling } from './http-errors';
import { MAX_BODY_BYTES } from '../domain/inputs';
import { mountExplorer } from '../explorer/mount';
import { mountIde } from '../ide/mount';
import { metricsEndpoint } from './metrics';
import { claimReviewRoute } from './claimreview-route';
import { buildResolvers, loadTypeDefs } from './schema';
import { guarded } from './http/guard';
import { openMatching, type MatchingService } from '../graph/matching/MatchingService';
import type { Embedder } from '../matching/embedder';
import { matchingPlugin } from './matching-plugin';

export interface AppDeps {
  config: Config;
  log: Logger;
  executor: Executor;
  catalogue: QueryCatalogue;
  /** How operations execute and how /graphql is served; the defaults are what production runs, the rest is for the benchmark's paired runs. */
  engine?: Partial<Engine>;
  /** Claim matching's model: undefined loads the process's shared one, null means lexical-only. */
  embedder?: Embedder | null;
}

export interface Engine {
  /** graphql-jit compiles each document once; graphql-js interprets it on every request. */
  execution: 'jit' | 'graphql-js';
  /** POST /graphql on plain node:http (see graphql-http.ts), or every route through Express. */
  transport: 'node-http' | 'express';
}

export const DEFAULT_ENGINE: Engine = { execution: 'jit', transport: 'node-http' };

export interface App {
  /** The request listener for http.createServer: POST /graphql on the fast path, the rest through Express. */
  listener: RequestListener;
  writes: WriteService;
  matching: MatchingService;
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

/** Builds the HTTP app: /graphql, /healthz, /readyz. The caller owns listening and shutdown. */
export async function createApp(deps: AppDeps): Promise<App> {
  const { config, log, executor, catalogue } = deps;
  const reads = new ReadRepository(executor, catalogue);
  const writes = new WriteService(executor, catalogue);
  const keys = new ApiKeys(config.apiKeys);
  const matching = await openMatching(executor, catalogue, log, deps.embedder);
  // Each committed write's claims get their vectors before the answer goes out, so a match sees them at once.
  writes.afterCommit = (ids) => matching.vectors.syncQuietly(ids);
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

  const engine = { ...DEFAULT_ENGINE, ...deps.engine };
  const schema = makeExecutableSchema({ typeDefs: loadTypeDefs(), resolvers: buildResolvers() });
  const apollo = new ApolloServer<Context>({
    ...(engine.execution === 'jit' ? { gateway: jitGateway(schema) } : { schema }),
    introspection: config.introspection,
    hideSchemaDetailsFromClientErrors: hideSchema,
    formatError: formatError(log),
    plugins: [
      ...protection.plugins,
      costPlugin({ budget: config.maxQueryCost, maxPageSize: config.maxPageSize }),
      statsPlugin(log),
      matchingPlugin(),
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
  const context = contextFactory({ config, log, reads, writes, keys, matching });
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
  app.use(notFoundHandler);
  app.use(jsonErrorHandler(log, MAX_BODY_BYTES));

  const fastGraphql = graphqlHttpHandler(apollo, {
    maxBodyBytes: MAX_BODY_BYTES, maxResponseBytes: config.maxResponseBytes, log, context, withStats: withStatsOf,
  });
  const route: RequestListener = (req, res) => {
    const onGraphql = req.url === '/graphql' || req.url?.startsWith('/graphql?');
    if (engine.transport === 'node-http' && req.method === 'POST' && onGraphql) fastGraphql(req, res);
    else app(req, res);
  };
  const listener = guarded(route, config, log);

  return {
    listener,
    writes,
    matching,
    apollo,
    stop: async () => {
      metrics.stop();
      await apollo.stop();
    },
  };
}
