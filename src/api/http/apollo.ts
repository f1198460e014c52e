import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { Logger } from 'pino';
import type { Config } from '../../config';
import type { Context } from '../context';
import { formatError } from '../errors';
import { jitGateway } from '../jit-gateway';
import { matchingPlugin } from '../matching-plugin';
import { costPlugin, statsPlugin } from '../plugins';
import { buildResolvers, loadTypeDefs } from '../schema';
import { overloadStatusPlugin } from './overload-status';

/**
 * Limits that refuse an abusive operation during validation, before any Cypher runs. The
 * cost limit is not here: it needs the variables' values (see limits/cost.ts and costPlugin).
 */
export const ARMOR_LIMITS = {
  maxDepth: { n: 12 },
  maxAliases: { n: 15 },
  maxTokens: { n: 2000 },
  maxDirectives: { n: 20 },
};

/** graphql-jit compiles each document once; graphql-js interprets it on every request. */
export type Execution = 'jit' | 'graphql-js';

/** The GraphQL engine, started, with no transport: the schema, its limits, plugins and error formatting. */
export async function buildApollo(config: Config, log: Logger, execution: Execution): Promise<ApolloServer<Context>> {
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

  const schema = makeExecutableSchema({ typeDefs: loadTypeDefs(), resolvers: buildResolvers() });
  const apollo = new ApolloServer<Context>({
    ...(execution === 'jit' ? { gateway: jitGateway(schema) } : { schema }),
    introspection: config.introspection,
    hideSchemaDetailsFromClientErrors: hideSchema,
    formatError: formatError(log),
    plugins: [
      ...protection.plugins,
      costPlugin({ budget: config.maxQueryCost, maxPageSize: config.maxPageSize }),
      statsPlugin(log),
      matchingPlugin(),
      overloadStatusPlugin(),
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
  return apollo;
}
