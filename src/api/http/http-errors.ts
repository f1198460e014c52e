import type { Server } from 'node:http';
import type { ErrorRequestHandler, RequestHandler, Response } from 'express';
import type { Logger } from 'pino';

import { bodyRefusal, contentTypeRefusal, refusalBody, refusals, type Refusal } from './refusals';

/** Express's side of the refusal table (refusals.ts): Apollo answers only requests that get past these. */
export function sendRefusal(res: Response, refusal: Refusal): void {
  res.status(refusal.status).type('application/json').send(refusalBody(refusal));
}

/** POST bodies must be JSON; GET stays open for the landing page and query-string queries. */
export const requireJsonBody: RequestHandler = (req, res, next) => {
  if (req.method !== 'POST') return next();
  const refusal = contentTypeRefusal(req.headers['content-type']);
  if (refusal) return sendRefusal(res, refusal);
  next();
};

/** One operation per request: a JSON array (a batch) or a body without a query string is refused plainly. */
export const requireSingleOperation: RequestHandler = (req, res, next) => {
  if (req.method !== 'POST') return next();
  const refusal = bodyRefusal(req.body);
  if (refusal) return sendRefusal(res, refusal);
  next();
};

/** Errors from body parsing (and anything else thrown before Apollo) mapped to codes. */
export function jsonErrorHandler(log: Logger, bodyLimitBytes: number): ErrorRequestHandler {
  return (err: { type?: string; status?: number; message?: string }, _req, res, next) => {
    if (res.headersSent) return next(err);
    switch (err.type) {
      case 'entity.parse.failed':
        return sendRefusal(res, refusals.brokenJson());
      case 'entity.too.large':
        return sendRefusal(res, refusals.tooLarge(bodyLimitBytes));
      case 'encoding.unsupported':
      case 'charset.unsupported':
        return sendRefusal(res, refusals.notUtf8());
      case 'request.aborted':
        return sendRefusal(res, refusals.aborted());
      default:
        if (err.status && err.status >= 400 && err.status < 500) return sendRefusal(res, refusals.unreadable(err.status));
        log.error({ err }, 'unexpected error in the HTTP layer');
        return sendRefusal(res, refusals.internal());
    }
  };
}

/** Unknown paths answer JSON too. */
export const notFoundHandler: RequestHandler = (req, res) => {
  sendRefusal(res, refusals.notFound(req.method, req.path));
};

/**
 * Requests Node's HTTP parser refuses before express sees them (headers over 16 KB, a
 * broken request line) get the same JSON refusal instead of Node's bare status line.
 */
export function answerClientErrorsInJson(server: Server): void {
  server.on('clientError', (err: NodeJS.ErrnoException, socket) => {
    if (!socket.writable || err.code === 'ECONNRESET') {
      socket.destroy();
      return;
    }
    const tooLarge = err.code === 'HPE_HEADER_OVERFLOW';
    const refusal = tooLarge ? refusals.headersTooLarge() : refusals.unreadable();
    const reason = tooLarge ? 'Request Header Fields Too Large' : 'Bad Request';
    const body = refusalBody(refusal);
    socket.end(`HTTP/1.1 ${refusal.status} ${reason}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
  });
}

/**
 * A second line of defence behind the cost budget: an answer larger than the ceiling is
 * replaced whole by an error, so no client gets a partial body. Measured on the string
 * Apollo already serialised, so answers within the ceiling cost no second serialisation.
 */
export function responseCeiling(maxBytes: number, log: Logger): RequestHandler {
  return (_req, res, next) => {
    const send = res.send.bind(res);
    res.send = (body?: unknown) => {
      if (typeof body !== 'string') return send(body);
      const bytes = Buffer.byteLength(body);
      return send(bytes <= maxBytes ? body : tooLargeAnswer(body, bytes, maxBytes, log));
    };
    next();
  };
}

/** The whole answer replaced by one RESPONSE_TOO_LARGE error; its extensions (cost, request id) are kept. */
export function tooLargeAnswer(answer: string, bytes: number, maxBytes: number, log: Logger): string {
  log.warn({ bytes, maxBytes }, 'response over the size ceiling refused');
  const { extensions } = JSON.parse(answer) as { extensions?: unknown };
  const error = {
    message: `The answer would be ${bytes} bytes, over the ${maxBytes}-byte ceiling; ask for smaller pages or fewer fields.`,
    extensions: { code: 'RESPONSE_TOO_LARGE', bytes, maxBytes },
  };
  return JSON.stringify({ data: null, errors: [error], extensions });
}
