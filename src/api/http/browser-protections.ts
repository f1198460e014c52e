import type { IncomingMessage, ServerResponse } from 'node:http';
import cors from 'cors';
import helmet from 'helmet';
import { BOOKMARK_HEADER } from './bookmark-header';

type Middleware = (req: IncomingMessage, res: ServerResponse, next: (err?: unknown) => void) => void;

/**
 * Every page and answer of the service, whatever route serves it: a same-origin CSP with no
 * inline script and no framing, nosniff and no referrer. HSTS is left to the TLS proxy that
 * a deployment puts in front (the service itself speaks plain HTTP on loopback).
 */
export const securityHeaders: Middleware = helmet({
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      // GraphiQL and vis-timeline insert <style> elements at run time; scripts stay strict.
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:', 'blob:'],
      fontSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'none'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
  },
  frameguard: { action: 'deny' },
  referrerPolicy: { policy: 'no-referrer' },
  strictTransportSecurity: false,
  crossOriginEmbedderPolicy: false,
}) as Middleware;

/**
 * No cross-origin access unless CORS_ORIGINS names the origin (a UI hosted elsewhere); then
 * reads and writes with a key work, preflight included.
 */
export function corsFor(origins: readonly string[]): Middleware {
  const allowed = new Set(origins);
  return cors({
    origin: (origin, done) => done(null, origin !== undefined && allowed.has(origin)),
    methods: ['GET', 'POST', 'OPTIONS'],
    allowedHeaders: ['content-type', 'authorization', BOOKMARK_HEADER, 'apollo-require-preflight'],
    maxAge: 600,
  }) as Middleware;
}
