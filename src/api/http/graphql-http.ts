import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type HTTPGraphQLResponse } from '@apollo/server';
import type { Logger } from 'pino';
import type { Context } from '../context';
import { tooLargeAnswer } from './http-errors';
import { bodyRefusal, contentTypeRefusal, refusalBody, refusals, type Refusal } from './refusals';

export interface GraphqlHttpOptions {
  maxBodyBytes: number;
  maxResponseBytes: number;
  log: Logger;
  /** Runs the operation inside the request's stats scope (see request-stats.ts). */
  withStats<T>(req: IncomingMessage, run: () => Promise<T>): Promise<T>;
  context(req: IncomingMessage): Promise<Context>;
}

/**
 * POST /graphql on plain node:http: the same refusals as the Express route (content type,
 * body limit, broken JSON, batches, the response ceiling), without Express's per-request
 * router, response helpers and ETag hashing of every answer.
 */
export function graphqlHttpHandler(apollo: ApolloServer<Context>, o: GraphqlHttpOptions) {
  const refuse = (res: ServerResponse, refusal: Refusal) => {
    if (res.headersSent) return;
    res.writeHead(refusal.status, { 'content-type': 'application/json; charset=utf-8' }).end(refusalBody(refusal));
  };

  return (req: IncomingMessage, res: ServerResponse): void => {
    const badType = contentTypeRefusal(req.headers['content-type']);
    if (badType) {
      req.resume();
      return refuse(res, badType);
    }
    const tooLarge = () => {
      res.setHeader('connection', 'close');
      refuse(res, refusals.tooLarge(o.maxBodyBytes));
    };
    if (Number(req.headers['content-length'] ?? 0) > o.maxBodyBytes) {
      req.resume();
      return tooLarge();
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let refused = false;
    req.on('data', (chunk: Buffer) => {
      if (refused) return;
      size += chunk.length;
      if (size > o.maxBodyBytes) {
        refused = true;
        chunks.length = 0;
        tooLarge();
        return;
      }
      chunks.push(chunk);
    });
    req.on('aborted', () => {
      refused = true;
    });
    req.on('error', () => {
      refused = true;
      refuse(res, refusals.aborted());
    });
    req.on('end', () => {
      if (refused) return;
      let body: unknown;
      try {
        body = JSON.parse(Buffer.concat(chunks, size).toString('utf8'));
      } catch {
        return refuse(res, refusals.brokenJson());
      }
      const notOne = bodyRefusal(body);
      if (notOne) return refuse(res, notOne);
      o.withStats(req, () => execute(req, body))
        .then((answer) => send(res, answer))
        .catch((err: unknown) => {
          o.log.error({ err }, 'unexpected error in the HTTP layer');
          refuse(res, refusals.internal());
        });
    });
  };

  function execute(req: IncomingMessage, body: unknown): Promise<HTTPGraphQLResponse> {
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const q = req.url?.indexOf('?') ?? -1;
    return apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: 'POST', headers, search: q >= 0 ? req.url!.slice(q) : '', body },
      context: () => o.context(req),
    });
  }

  async function send(res: ServerResponse, answer: HTTPGraphQLResponse): Promise<void> {
    for (const [key, value] of answer.headers) res.setHeader(key, value);
    res.statusCode = answer.status ?? 200;
    if (answer.body.kind === 'complete') {
      const text = answer.body.string;
      const bytes = Buffer.byteLength(text);
      if (bytes <= o.maxResponseBytes) {
        res.setHeader('content-length', bytes);
        res.end(text);
        return;
      }
      const refusal = tooLargeAnswer(text, bytes, o.maxResponseBytes, o.log);
      res.setHeader('content-length', Buffer.byteLength(refusal));
      res.end(refusal);
      return;
    }
    for await (const chunk of answer.body.asyncIterator) res.write(chunk);
    res.end();
  }
}
