import type { Report } from '../../domain/analysis/origins';
import type { Mention } from '../../domain/analysis/drift';
import type { ImpactSnapshot } from '../../domain/analysis/impact';
import type { KnownActor } from '../../extraction/speaker-matcher';
import { toLuceneQuery } from '../../domain/search-query';
import type { ReadRepository } from './ReadRepository';
import { defineBatch, defineQuery } from '../query';
import { sha256 } from '../../domain/sha256';

export interface ClaimReport extends Report {
  claimId: string;
  quote: string;
  mentions: Mention[];
}

export interface Mismatch {
  attributionId: string | null;
  sourceId: string;
  reason: string;
}

/** One kept text of a source; `text` only when asked for. */
export interface SourceVersionRow {
  version: number;
  textSha256: string;
  capturedAt: string | null;
  createdBy: string | null;
  length: number;
  text: string | null;
}

type Span = { id: string; quote: string; start: number | null; end: number | null; anchorVersion: number | null };
type StoredVersion = { id: string | null; version: number | null; textSha256: string; capturedAt: string | null; createdBy: string | null; length: number | null; text: string | null };
type ImpactClaim = { id: string; active: string[]; supports: string[]; disputes: ImpactSnapshot['disputes'] };

const Q = {
  claimReports: defineQuery<
    { claimId: string; statuses: string[]; limit: number },
    { attributionId: string; claimId: string; speakerId: string; sourceId: string; quote: string | null; date: string | null; chains: string[][]; mentions: Mention[] }
  >('analysis/claimReports', ['claimId', 'statuses', 'limit']),
  impact: defineQuery<{ id: string; statuses: string[] }, { id: string; labels: string[]; affected: string[]; claims: ImpactClaim[] }>('analysis/impact', ['id', 'statuses']),
  actorsByNames: defineQuery<{ queries: string[]; limit: number }, { id: string; name: string; aliases: string[] }>('analysis/actorsByNames', ['queries', 'limit']),
  integrityBySources: defineBatch<
    { ids: readonly string[] },
    { id: string; text: string | null; sha: string | null; version: number; versions: { version: number; text: string; textSha256: string }[]; spans: Span[] }
  >('analysis/integrityBySources'),
  versionsBySources: defineBatch<{ ids: readonly string[]; withText: boolean }, { id: string; versions: StoredVersion[] }>('analysis/versionsBySources', ['withText']),
};

/** The analyses' reads: each one named query, its rows shaped for the pure functions in domain/analysis. */
export class AnalysisReader {
  constructor(private readonly reads: ReadRepository) {}

  async claimReports(claimId: string, statuses: string[], limit: number): Promise<ClaimReport[]> {
    const rows = await this.reads.run(Q.claimReports, { claimId, statuses, limit });
    return rows.map((r) => ({
      attributionId: r.attributionId,
      claimId: r.claimId,
      speakerId: r.speakerId,
      sourceId: r.sourceId,
      quote: r.quote ?? '',
      date: r.date ?? '',
      chains: r.chains,
      mentions: r.mentions.filter((m) => m.actorId != null),
    }));
  }

  async impactSnapshot(id: string, statuses: string[]): Promise<(ImpactSnapshot & { labels: string[] }) | null> {
    const [r] = await this.reads.run(Q.impact, { id, statuses });
    if (!r) return null;
    const { claims, labels } = r;
    return {
      labels,
      affectedAttributionIds: r.affected,
      retractedClaimIds: labels.includes('Claim') ? [id] : [],
      claims: claims.map((c) => ({ id: c.id, activeAttributionIds: c.active })),
      supports: claims.flatMap((c) => c.supports.map((to) => ({ from: c.id, to }))),
      disputes: claims.flatMap((c) => c.disputes),
    };
  }

  /** Known actors any of the names may mean, found through the actor search index. */
  async actorsNamed(names: string[]): Promise<KnownActor[]> {
    const queries = [...new Set(names)].map((n) => toLuceneQuery(n)).filter((q): q is string => q !== null).slice(0, 50);
    if (queries.length === 0) return [];
    const rows = await this.reads.run(Q.actorsByNames, { queries, limit: 5 });
    return rows.map((r) => ({ id: r.id, name: r.name, aliases: r.aliases.filter((x) => x !== '') }));
  }

  /** Re-hashes every kept text and re-checks every span against the text it is anchored to. */
  async verify(ids: string[]): Promise<{ sourcesChecked: number; spansChecked: number; mismatches: Mismatch[] }> {
    const rows = await this.reads.run(Q.integrityBySources, { ids });
    const mismatches: Mismatch[] = [];
    let spansChecked = 0;
    for (const r of rows) {
      const sourceId = r.id;
      const versions = r.versions;
      const textOf = new Map(versions.map((v) => [v.version, v.text]));
      if (typeof r.text === 'string') {
        textOf.set(r.version, r.text);
        if (sha256(r.text) !== r.sha) mismatches.push({ attributionId: null, sourceId, reason: 'the current text does not match its textSha256' });
      }
      for (const v of versions) if (sha256(v.text) !== v.textSha256) mismatches.push({ attributionId: null, sourceId, reason: `version ${v.version} does not match its hash` });
      for (const a of r.spans) {
        const text = textOf.get(a.anchorVersion ?? r.version);
        if (typeof text !== 'string' || a.start == null || a.end == null) continue;
        spansChecked++;
        if (text.slice(a.start, a.end) !== a.quote) {
          mismatches.push({ attributionId: a.id, sourceId, reason: `text[${a.start}:${a.end}] is not the quote (version ${a.anchorVersion ?? r.version})` });
        }
      }
    }
    return { sourcesChecked: rows.length, spansChecked, mismatches };
  }

  async versions(sourceId: string, withText: boolean): Promise<SourceVersionRow[]> {
    const [r] = await this.reads.run(Q.versionsBySources, { ids: [sourceId], withText });
    return (r?.versions ?? [])
      .filter((v): v is StoredVersion & { version: number } => v.version != null)
      .map((v) => ({
        version: v.version,
        textSha256: v.textSha256,
        capturedAt: v.capturedAt ?? null,
        createdBy: v.createdBy ?? null,
        length: v.length ?? 0,
        text: v.text ?? null,
      }));
  }
}
