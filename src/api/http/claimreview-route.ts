import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import type { Config } from '../../config';
import type { ApiKeys } from '../../domain/auth';
import { DomainError } from '../../domain/errors';
import type { ReadRepository } from '../../graph/repositories/ReadRepository';
import { StandardsReader } from '../../graph/repositories/StandardsReader';

/**
 * GET /claimreview/:id — a review as schema.org ClaimReview JSON-LD, for pages that embed
 * it and crawlers that read it. Errors are JSON with the same codes as the GraphQL API.
 */
export function claimReviewRoute(reads: ReadRepository, config: Config, keys: ApiKeys, log: Logger) {
  const standards = new StandardsReader(reads);
  return async (req: Request, res: Response) => {
    const bearer = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1]?.trim() ?? null;
    if (config.readRequiresKey && !(bearer && keys.authenticate(bearer))) {
      res.status(401).json({ error: { code: 'UNAUTHENTICATED', message: 'Reads need an API key on this server: send Authorization: Bearer <key>' } });
      return;
    }
    const id = String(req.params.id ?? '');
    try {
      const doc = id.length <= 200 ? await standards.claimReview(id) : null;
      if (!doc) {
        res.status(404).json({ error: { code: 'NOT_FOUND', message: `No review with id "${id.slice(0, 200)}"` } });
        return;
      }
      res.type('application/ld+json').send(JSON.stringify(doc, null, 2));
    } catch (e) {
      const unavailable = e instanceof DomainError && e.code === 'UNAVAILABLE';
      if (!unavailable) log.error({ err: e, id }, 'claimreview failed');
      res.status(unavailable ? 503 : 500).json({ error: { code: unavailable ? 'UNAVAILABLE' : 'INTERNAL_SERVER_ERROR', message: unavailable ? e.message : 'Internal error' } });
    }
  };
}
