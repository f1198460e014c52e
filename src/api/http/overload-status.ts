import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../context';

/**
 * A write refused because the write queue is full (code OVERLOADED) is answered the way
 * HTTP clients and proxies understand: Retry-After with the seconds to wait, and status 503
 * when nothing in the operation succeeded (a document whose other fields did succeed keeps
 * 200, so no client takes a done write for a refused one).
 */
export function overloadStatusPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const { errors, data } = response.body.singleResult;
          const waits = (errors ?? []).filter((e) => e.extensions?.code === 'OVERLOADED').map((e) => Number(e.extensions?.retryAfterSeconds) || 1);
          if (waits.length === 0) return;
          response.http.headers.set('retry-after', String(Math.max(...waits)));
          const nothingDone = !data || Object.values(data).every((v) => v === null);
          if (nothingDone) response.http.status = 503;
        },
      };
    },
  };
}
