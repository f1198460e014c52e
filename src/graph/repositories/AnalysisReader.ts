import type { Report } from '../../domain/analysis/origins';
import type { Mention } from '../../domain/analysis/drift';
import type { ImpactSnapshot } from '../../domain/analysis/impact';
import type { KnownActor } from '../../extraction/speaker-matcher';
import { toLuceneQuery } from '../../domain/search-query';
import type { ReadRepository } from './ReadRepository';
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

/** The analyses' reads: each one named query, its rows shaped for the pure functions in domain/analysis. */
export class AnalysisReader {
  constructor(private readonly reads: ReadRepository) {}

  async claimReports(claimId: string, statuses: string[], limit: number): Promise<ClaimReport[]> {
    const rows = await this.reads.run('claimReports', { claimId, statuses, limit });
    return rows.map((r) => ({
      attributionId: String(r.attributionId),
      claimId: String(r.claimId),
      speakerId: String(r.speakerId),
      sourceId: String(r.sourceId),
      quote: String(r.quote ?? ''),
      date: String(r.date ?? ''),
      chains: r.chains as string[][],
      mentions: (r.mentions as Mention[]).filter((m) => m.actorId != null),
    }));
  }

  async impactSnapshot(id: string, statuses: string[]): Promise<(ImpactSnapshot & { labels: string[] }) | null> {
    const [r] = await this.reads.run('impact', { id, statuses });
    if (!r) return null;
    const claims = r.claims as { id: string; active: string[]; supports: string[]; disputes: ImpactSnapshot['disputes'] }[];
    const labels = r.labels as string[];
    return {
      labels,
      affectedAttributionIds: r.affected as string[],
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
    const rows = await this.reads.run('actorsByNames', { queries, limit: 5 });
    return rows.map((r) => ({ id: String(r.id), name: String(r.name), aliases: (r.aliases as string[]).filter((x) => x !== '') }));
  }

  /** Re-hashes every kept text and re-checks every span against the text it is anchored to. */
  async verify(ids: string[]): Promise<{ sourcesChecked: number; spansChecked: number; mismatches: Mismatch[] }> {
    const rows = await this.reads.run('integrityBySources', { ids });
    const mismatches: Mismatch[] = [];
    let spansChecked = 0;
    for (const r of rows) {
      const sourceId = String(r.id);
      const versions = r.versions as { version: number; text: string; textSha256: string }[];
      const textOf = new Map(versions.map((v) => [Number(v.version), v.text]));
      if (typeof r.text === 'string') {
        textOf.set(Number(r.version), r.text);
        if (sha256(r.text) !== r.sha) mismatches.push({ attributionId: null, sourceId, reason: 'the current text does not match its textSha256' });
      }
      for (const v of versions) if (sha256(v.text) !== v.textSha256) mismatches.push({ attributionId: null, sourceId, reason: `version ${v.version} does not match its hash` });
      for (const a of r.spans as { id: string; quote: string; start: number | null; end: number | null; anchorVersion: number | null }[]) {
        const text = textOf.get(Number(a.anchorVersion ?? r.version));
        if (typeof text !== 'string' || a.start == null || a.end == null) continue;
        spansChecked++;
        if (text.slice(Number(a.start), Number(a.end)) !== a.quote) {
          mismatches.push({ attributionId: a.id, sourceId, reason: `text[${a.start}:${a.end}] is not the quote (version ${a.anchorVersion ?? r.version})` });
        }
      }
    }
    return { sourcesChecked: rows.length, spansChecked, mismatches };
  }

  async versions(sourceId: string, withText: boolean): Promise<SourceVersionRow[]> {
    const [r] = await this.reads.run('versionsBySources', { ids: [sourceId], withText });
    return ((r?.versions as Record<string, unknown>[] | undefined) ?? [])
      .filter((v) => v.version != null)
      .map((v) => ({
        version: Number(v.version),
        textSha256: String(v.textSha256),
        capturedAt: v.capturedAt == null ? null : String(v.capturedAt),
        createdBy: v.createdBy == null ? null : String(v.createdBy),
        length: Number(v.length ?? 0),
        text: v.text == null ? null : String(v.text),
      }));
  }
}
