import { invalid } from '../../domain/errors';
import type { AddSourceVersionInput } from '../../domain/inputs';
import { reanchor } from '../../domain/analysis/reanchor';
import { checkNewVersion } from '../../domain/source-rules';
import { defineQuery } from '../query';
import type { WorkResult } from './WriteService';
import type { WriteTx } from './WriteTx';
import { sha256 } from '../../domain/sha256';
import { UPDATE_PROPS } from './common';
import { SOURCE_DUPLICATES } from './sources';

/** Keeps one text of a source as a numbered version (never replaced). */
const KEEP_SOURCE_VERSION = defineQuery<
  { sourceId: string; id: string; version: number; text: string | null; sha: string; capturedAt: unknown; by: string; at: string },
  { id: string }
>('write/keepSourceVersion', ['sourceId', 'id', 'version', 'text', 'sha', 'capturedAt', 'by', 'at']);
/** Every attribution anchored in a source, with what re-anchoring needs. */
const SOURCE_ANCHORS = defineQuery<
  { sourceId: string },
  { id: string; quote: string; start: number | null; prefix: string | null; suffix: string | null; anchorVersion: number | null }
>('write/sourceAnchors', ['sourceId']);
const SET_ANCHORS = defineQuery<{ rows: { id: string; props: Record<string, unknown> }[] }, { count: number }>('write/setAnchors', ['rows']);

/** Characters of context kept either side of a span, as findQuoteSpan keeps. */
const CONTEXT = 32;
const num = (v: unknown): number | null => (v == null ? null : Number(v));

/**
 * A publisher's correction: both texts are kept as numbered versions, the source shows
 * the new one, and each attribution is found again from its quote and context. One whose
 * quote is gone keeps its span and is marked as anchored to the version it was found in.
 */
export async function addSourceVersion(w: WriteTx, input: AddSourceVersionInput): Promise<WorkResult<{ sourceId: string; version: string; lost: string; reanchored: string }>> {
  await w.lock([input.sourceId]);
  const source = await w.target(input.sourceId, ['SOURCE']);
  const old = typeof source.text === 'string' ? source.text : null;
  checkNewVersion(old, input.text);
  const sha = sha256(input.text);
  const dup = (await w.run(SOURCE_DUPLICATES, { url: null, sha })).find((d) => d.id !== source.id);
  if (dup) throw invalid('sourceVersion', 'text', `another source already holds this text: ${dup.id}`, { existingId: dup.id });
  const current = num(source.version) ?? 1;
  const next = current + 1;
  const keep = (version: number, text: string, hash: string, capturedAt: unknown) =>
    w.run(KEEP_SOURCE_VERSION, { sourceId: source.id, id: `${source.id}@v${version}`, version, text, sha: hash, capturedAt: capturedAt ?? null, by: w.by, at: w.at });
  await keep(current, old, String(source.textSha256), source.capturedAt ?? source.retrievedAt ?? null);
  await keep(next, input.text, sha, input.capturedAt ?? w.at);
  await w.run(UPDATE_PROPS, { id: source.id, props: { text: input.text, textSha256: sha, version: next, capturedAt: input.capturedAt ?? w.at, updatedAt: w.at } });

  const rows: { id: string; props: Record<string, unknown> }[] = [];
  const lost: string[] = [];
  const moved: Record<string, { from: number; to: number; exact: boolean }> = {};
  for (const a of await w.run(SOURCE_ANCHORS, { sourceId: source.id })) {
    if (a.anchorVersion != null) continue; // lost in an earlier version: it stays where it was found
    const found = reanchor(input.text, { quote: a.quote, prefix: a.prefix, suffix: a.suffix, start: a.start ?? 0 });
    if (!found) {
      lost.push(a.id);
      rows.push({ id: a.id, props: { anchorVersion: current, updatedAt: w.at } });
      continue;
    }
    const prefix = input.text.slice(Math.max(0, found.start - CONTEXT), found.start);
    const suffix = input.text.slice(found.end, found.end + CONTEXT);
    rows.push({ id: a.id, props: { quote: found.quote, start: found.start, end: found.end, prefix, suffix, updatedAt: w.at } });
    moved[a.id] = { from: a.start ?? 0, to: found.start, exact: found.exact };
  }
  await w.snapshot(rows.map((r) => r.id));
  if (rows.length) await w.run(SET_ANCHORS, { rows });
  return {
    ids: { sourceId: source.id, version: String(next), lost: lost.join(','), reanchored: String(rows.length - lost.length) },
    changedIds: [source.id, ...rows.map((r) => r.id)],
    details: { version: next, previousSha256: source.textSha256, textSha256: sha, reanchored: moved, lost },
  };
}
