import type { Server } from 'node:http';
import type { ErrorRequestHandler, RequestHandler, Response } from 'express';
import type { Logger } from 'pino';

/**
 * Refusals at the HTTP layer in the GraphQL error shape: a code, a message, never HTML
 * or a stack trace. Apollo answers only requests that get past these.
 */
export function sendHttpError(res: Response, status: number, code: string, message: string): void {
  res.status(status).type('application/json').send(refusalBody(code, message));
}

export const refusalBody = (code: string, message: string): string => JSON.stringify({ errors: [{ message, extensions: { code } }] });

export const JSON_TYPES = /^application\/(graphql-response\+)?json\b/i;

/** POST bodies must be JSON; GET stays open for the landing page and query-string queries. */
export const requireJsonBody: RequestHandler = (req, res, next) => {
  if (req.method !== 'POST') return next();
  const type = req.headers['content-type'];
  if (!type || !JSON_TYPES.test(type)) {
    sendHttpError(res, 415, 'UNSUPPORTED_MEDIA_TYPE', `POST /graphql needs content-type: application/json (got ${type ? JSON.stringify(type) : 'none'})`);
    return;
  }
  next();
};

/** One operation per request: a JSON array (a batch) or a body without a query string is refused plainly. */
export const requireSingleOperation: RequestHandler = (req, res, next) => {
  if (req.method !== 'POST') return next();
  const body: unknown = req.body;
  if (Array.isArray(body)) {
    sendHttpError(res, 400, 'BATCH_NOT_SUPPORTED', 'Batched operations are not supported: send one operation per request');
    return;
  }
  if (!body || typeof body !== 'object') {
    sendHttpError(res, 400, 'BAD_REQUEST', 'The body must be a JSON object with a "query" string');
    return;
  }
  next();
};

/** Errors from body parsing (and anything else thrown before Apollo) mapped to codes. */
export function jsonErrorHandler(log: Logger, bodyLimitBytes: number): ErrorRequestHandler {
  return (err: { type?: string; status?: number; message?: string }, _req, res, next) => {
    if (res.headersSent) return next(err);
    switch (err.type) {
      case 'entity.parse.failed':
        return sendHttpError(res, 400, 'BAD_REQUEST', 'The body is not valid JSON');
      case 'entity.too.large':
        return sendHttpError(res, 413, 'PAYLOAD_TOO_LARGE', `The body is larger than the ${bodyLimitBytes}-byte limit`);
      case 'encoding.unsupported':
      case 'charset.unsupported':
        return sendHttpError(res, 415, 'UNSUPPORTED_MEDIA_TYPE', 'The body must be UTF-8 JSON');
      case 'request.aborted':
        return sendHttpError(res, 400, 'BAD_REQUEST', 'The request was aborted');
      default:
        if (err.status && err.status >= 400 && err.status < 500) return sendHttpError(res, err.status, 'BAD_REQUEST', 'The request could not be read');
        log.error({ err }, 'unexpected error in the HTTP layer');
        return sendHttpError(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
    }
  };
}

/** Unknown paths answer JSON too. */
export const notFoundHandler: RequestHandler = (req, res) => {
  sendHttpError(res, 404, 'NOT_FOUND', `Nothing at ${req.method} ${req.path}`);
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
    const [status, reason, code, message] = tooLarge
      ? [431, 'Request Header Fields Too Large', 'REQUEST_HEADER_FIELDS_TOO_LARGE', 'The request line and headers are larger than the server accepts']
      : [400, 'Bad Request', 'BAD_REQUEST', 'The request could not be read'];
    const body = JSON.stringify({ errors: [{ message, extensions: { code } }] });
    socket.end(`HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
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
