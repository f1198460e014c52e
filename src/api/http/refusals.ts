/**
 * Every refusal the HTTP layer gives, worded once for both transports (node:http in
 * graphql-http.ts, Express in http-errors.ts) and the guard: a status, a code, a message,
 * in the GraphQL error shape, never HTML or a stack trace.
 */
export interface Refusal {
  status: number;
  code: string;
  message: string;
}

/** POST bodies are JSON; `application/graphql-response+json` is accepted too. */
export const JSON_TYPES = /^application\/(graphql-response\+)?json\b/i;

const refusal = (status: number, code: string, message: string): Refusal => ({ status, code, message });

export const refusals = {
  notJson: (contentType: string | undefined) =>
    refusal(415, 'UNSUPPORTED_MEDIA_TYPE', `POST /graphql needs content-type: application/json (got ${contentType ? JSON.stringify(contentType) : 'none'})`),
  notUtf8: () => refusal(415, 'UNSUPPORTED_MEDIA_TYPE', 'The body must be UTF-8 JSON'),
  tooLarge: (limitBytes: number) => refusal(413, 'PAYLOAD_TOO_LARGE', `The body is larger than the ${limitBytes}-byte limit`),
  brokenJson: () => refusal(400, 'BAD_REQUEST', 'The body is not valid JSON'),
  batch: () => refusal(400, 'BATCH_NOT_SUPPORTED', 'Batched operations are not supported: send one operation per request'),
  notAnOperation: () => refusal(400, 'BAD_REQUEST', 'The body must be a JSON object with a "query" string'),
  aborted: () => refusal(400, 'BAD_REQUEST', 'The request was aborted'),
  unreadable: (status = 400) => refusal(status, 'BAD_REQUEST', 'The request could not be read'),
  headersTooLarge: () => refusal(431, 'REQUEST_HEADER_FIELDS_TOO_LARGE', 'The request line and headers are larger than the server accepts'),
  notFound: (method: string, path: string) => refusal(404, 'NOT_FOUND', `Nothing at ${method} ${path}`),
  ideOff: () => refusal(404, 'NOT_FOUND', 'The GraphQL IDE is off on this server (INTROSPECTION=false); send queries with POST /graphql'),
  foreignHost: (host: string | undefined) =>
    refusal(403, 'FORBIDDEN', `Host ${JSON.stringify((host ?? '').slice(0, 100))} is not served here: add it to ALLOWED_HOSTS if this service is meant to answer to that name`),
  internal: () => refusal(500, 'INTERNAL_SERVER_ERROR', 'Internal server error'),
} as const;

export const refusalBody = ({ code, message }: Pick<Refusal, 'code' | 'message'>): string => JSON.stringify({ errors: [{ message, extensions: { code } }] });

/**
 * The one check of a parsed POST body, for both transports: a batch (a JSON array) or
 * anything but an object is refused; null means the body may go on to Apollo.
 */
export function bodyRefusal(body: unknown): Refusal | null {
  if (Array.isArray(body)) return refusals.batch();
  if (!body || typeof body !== 'object') return refusals.notAnOperation();
  return null;
}

/** The content-type check for both transports; null means JSON in UTF-8 (or no charset said). */
export function contentTypeRefusal(contentType: string | undefined): Refusal | null {
  if (!contentType || !JSON_TYPES.test(contentType)) return refusals.notJson(contentType);
  const charset = /charset=([^;\s]+)/i.exec(contentType)?.[1]?.toLowerCase();
  if (charset && charset !== 'utf-8' && charset !== 'utf8') return refusals.notUtf8();
  return null;
}
