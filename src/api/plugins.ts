import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { Logger } from 'pino';
import type { Context } from './context';
import { priceOperation, type CostLimits } from './limits/cost';
import { actualCost } from './limits/actual-cost';
import { PriceCache, priceKey } from './engine/price-cache';

/**
 * Adds the request id, the operation's cost against the budget and the database work
 * (Cypher round trips, total database time) to every response's extensions, the write's
 * bookmark when it wrote, and logs
 * one line per operation.
 */
export function statsPlugin(log: Logger): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      const started = performance.now();
      return {
        async willSendResponse({ response, contextValue: ctx, operationName }) {
          const stats = ctx.stats;
          if (response.body.kind === 'single') {
            response.body.singleResult.extensions = {
              ...response.body.singleResult.extensions,
              requestId: ctx.requestId,
              // The requested cost beside the answer's actual one (limits/actual-cost.ts).
              ...(ctx.cost ? { cost: { requested: ctx.cost.requested, actual: actualCost(response.body.singleResult.data), budget: ctx.cost.budget } } : {}),
              db: { roundTrips: stats.roundTrips, dbTimeMs: Math.round(stats.dbTimeMs * 100) / 100 },
              // Only when the request wrote: sent back in the Neo4j-Bookmark header, a later read on any replica sees this write.
              ...(stats.writeBookmarks.length ? { bookmark: stats.writeBookmarks.join(',') } : {}),
            };
          }
          // Checked on the root logger, so a quiet server never builds the request's child logger.
          if (!log.isLevelEnabled('info')) return;
          ctx.log.info(
            { operationName, cost: ctx.cost?.requested, roundTrips: stats.roundTrips, dbTimeMs: Math.round(stats.dbTimeMs), ms: Math.round(performance.now() - started) },
            'graphql',
          );
        },
      };
    },
  };
}

/**
 * Prices each operation from its document and variables before it executes (see limits/cost.ts).
 * A document already priced with variables of the same shape is not priced again (price-cache.ts):
 * Apollo already parses and validates a document once, and graphql-jit compiles it once.
 */
export function costPlugin(limits: CostLimits, prices = new PriceCache()): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, operationName, operation, queryHash, contextValue }) {
          try {
            const price = () => priceOperation(schema, document, request.variables, operationName ?? undefined, limits);
            contextValue.cost = operation ? prices.price(priceKey(queryHash, operation, request.variables), price) : price();
          } catch (e) {
            if (e instanceof GraphQLError && e.extensions.code) throw e;
            // The library's own refusals: too many fields to price, or variables of the wrong type.
            const message = e instanceof Error ? e.message : String(e);
            const code = /maximum allowed number of nodes/.test(message) ? 'QUERY_TOO_COMPLEX' : 'BAD_USER_INPUT';
            throw new GraphQLError(message, { extensions: { code, http: { status: 400 } } });
          }
        },
      };
    },
  };
}
