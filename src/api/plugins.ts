import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from './context';

/**
 * Adds the request id and the database work (Cypher round trips, total database time)
 * to every response's extensions, and logs one line per operation.
 */
export const statsPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    const started = performance.now();
    return {
      async willSendResponse({ response, contextValue: ctx, operationName }) {
        const stats = ctx.stats;
        if (response.body.kind === 'single') {
          response.body.singleResult.extensions = {
            ...response.body.singleResult.extensions,
            requestId: ctx.requestId,
            db: { roundTrips: stats.roundTrips, dbTimeMs: Math.round(stats.dbTimeMs * 100) / 100 },
          };
        }
        ctx.log.info(
          { operationName, roundTrips: stats.roundTrips, dbTimeMs: Math.round(stats.dbTimeMs), ms: Math.round(performance.now() - started) },
          'graphql',
        );
      },
    };
  },
};
