import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from './context';

/** Says how matching answered ("hybrid", or "lexical-only" without the model) in extensions.matching, when a matching field ran. */
export function matchingPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue: ctx }) {
          if (response.body.kind !== 'single' || !ctx.matchingMode) return;
          response.body.singleResult.extensions = { ...response.body.singleResult.extensions, matching: ctx.matchingMode };
        },
      };
    },
  };
}
