import type { RequestListener } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import type { Logger } from 'pino';
import type { Config } from '../../config';
import { ApiKeys } from '../../domain/auth';
import type { Executor } from '../../graph/Executor';
import type { QueryCatalogue } from '../../graph/QueryCatalogue';
import { ReadRepository } from '../../graph/repositories/ReadRepository';
import { WriteService } from '../../graph/writes/WriteService';
import { WriteAdmission } from '../../graph/writes/admission';
import { lockPlanner } from '../../graph/writes/lock-plan';
import { openMatching, type MatchingService } from '../../graph/matching/MatchingService';
import type { Embedder } from '../../matching/embedder';
import type { Context } from '../context';
import { contextFactory } from '../request-context';
import { buildApollo, type Execution } from './apollo';
import { buildRoutes, type Transport } from './routes';


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
  execution: Execution;
  transport: Transport;
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

/** Builds the HTTP app: Apollo (apollo.ts), then the routes around it (routes.ts). The caller owns listening and shutdown. */
export async function createApp(deps: AppDeps): Promise<App> {
  const { config, log, executor, catalogue } = deps;
  const reads = new ReadRepository(executor, catalogue);
  const writes = new WriteService(executor, catalogue);
  writes.admission = new WriteAdmission(config.writeAdmission);
  writes.lockPlanner = lockPlanner;
  const keys = new ApiKeys(config.apiKeys);
  const matching = await openMatching(executor, catalogue, log, deps.embedder);
  // Each committed write's claims get their vectors before the answer goes out, so a match sees them at once.
  writes.afterCommit = (ids) => matching.vectors.syncQuietly(ids);

  const engine = { ...DEFAULT_ENGINE, ...deps.engine };
  const apollo = await buildApollo(config, log, engine.execution);
  const context = contextFactory({ config, log, reads, writes, keys, matching });
  const routes = buildRoutes({ config, log, executor, catalogue, reads, keys, apollo, context, transport: engine.transport });

  return {
    listener: routes.listener,
    writes,
    matching,
    apollo,
    stop: async () => {
      routes.stop();
      await apollo.stop();
    },
  };
}
