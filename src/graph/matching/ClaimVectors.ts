import type { Logger } from 'pino';
import type { Embedder } from '../../matching/embedder';
import { normalisedHash } from '../../matching/text';
import type { MatchingMode } from '../../matching/thresholds';
import type { Executor } from '../Executor';
import { type QueryCatalogue, bindAll } from '../QueryCatalogue';
import { defineBatch, defineQuery } from '../query';

type ClaimText = { id: string; text: string };
const QUERIES = {
  /** Those of the claims whose vector entry is missing or stale. */
  staleByIds: defineBatch<{ ids: readonly string[]; model: string | null }, ClaimText>('matching/staleByIds', ['model']),
  /** The next page of claims in id order, each saying whether it needs (re)indexing. */
  stalePage: defineQuery<{ after: string; limit: number; model: string | null }, ClaimText & { stale: boolean }>('matching/stalePage', [
    'after',
    'limit',
    'model',
  ]),
  claimCount: defineQuery<Record<string, never>, { count: number }>('matching/claimCount', []),
  upsert: defineQuery<
    { rows: { claimId: string; text: string; hash: string; embedding: number[] | null; model: string | null }[]; at: string },
    { count: number }
  >('matching/upsertVectors', ['rows', 'at']),
};

/** Claims embedded per model call: batching is several times faster than one by one. */
const EMBED_BATCH = 32;
/** Claims the backfill reads per page (one transaction writes a page's vectors). */
const PAGE = 256;

export interface BackfillReport {
  claims: number;
  indexed: number;
  ms: number;
}

/** Whole numbers would reach Cypher as integers (see toDriverParams); a vector must stay a list of floats. */
const asFloats = (v: Float32Array): number[] => Array.from(v, (x) => (Number.isInteger(x) ? x + 1e-12 : x));

/**
 * Keeps each claim's :ClaimVector current: its normalised-text hash always, its embedding when
 * the model is loaded. Runs after a write commits (the vector index does not see writes of the
 * transaction that queries it) and as a backfill, which is resumable: it walks claims in id
 * order and indexes only those whose entry is missing or stale.
 */
export class ClaimVectors {
  private readonly q;

  constructor(
    private readonly executor: Executor,
    catalogue: QueryCatalogue,
    readonly embedder: Embedder | null,
    private readonly log?: Logger,
  ) {
    this.q = bindAll(catalogue, QUERIES);
  }

  get mode(): MatchingMode {
    return this.embedder ? 'hybrid' : 'lexical-only';
  }

  private get model(): string | null {
    return this.embedder?.model ?? null;
  }

  /** Indexes those of the given nodes that are claims needing it; other ids are ignored. Returns how many. */
  async sync(ids: string[]): Promise<number> {
    if (ids.length === 0) return 0;
    const rows = await this.executor.read(this.q.staleByIds, { ids: [...new Set(ids)], model: this.model });
    await this.index(rows.map((r) => ({ id: r.id, text: r.text })));
    return rows.length;
  }

  /** The same as sync, but never throws: a failure is logged and the next backfill catches up. */
  async syncQuietly(ids: string[]): Promise<void> {
    try {
      await this.sync(ids);
    } catch (e) {
      this.log?.warn({ err: e, ids: ids.slice(0, 10) }, 'claim matching: indexing after a write failed; the next backfill catches up');
    }
  }

  /** Walks every claim and indexes the stale ones; `progress` hears claims walked of the total. */
  async backfill(progress?: (walked: number, total: number, indexed: number) => void): Promise<BackfillReport> {
    const started = performance.now();
    const [countRow] = await this.executor.read(this.q.claimCount, {});
    const total = countRow?.count ?? 0;
    let after = '';
    let walked = 0;
    let indexed = 0;
    for (;;) {
      const rows = await this.executor.read(this.q.stalePage, { after, limit: PAGE, model: this.model });
      if (rows.length === 0) break;
      const stale = rows.filter((r) => r.stale === true).map((r) => ({ id: r.id, text: r.text }));
      await this.index(stale);
      indexed += stale.length;
      walked += rows.length;
      after = rows[rows.length - 1].id;
      progress?.(walked, Math.max(total, walked), indexed);
    }
    return { claims: walked, indexed, ms: Math.round(performance.now() - started) };
  }

  private async index(claims: { id: string; text: string }[]): Promise<void> {
    for (let i = 0; i < claims.length; i += EMBED_BATCH) {
      const batch = claims.slice(i, i + EMBED_BATCH);
      const vectors = this.embedder ? await this.embedder.embed(batch.map((c) => c.text)) : null;
      const rows = batch.map((c, j) => ({
        claimId: c.id,
        text: c.text,
        hash: normalisedHash(c.text),
        embedding: vectors ? asFloats(vectors[j]) : null,
        model: this.model,
      }));
      await this.executor.write(this.q.upsert, { rows, at: new Date().toISOString() });
    }
  }
}
