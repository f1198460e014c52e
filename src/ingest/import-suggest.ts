import { distance } from 'fastest-levenshtein';
import type { Kind } from './seed-plan';

/** An id the import may refer to, with its kind and the names it is known by. */
export interface KnownEntry {
  id: string;
  kind: Kind;
  names: string[];
}

/** At most this share of an id's or name's characters may differ for it to be suggested. */
const MAX_SHARE = 0.3;
const MARGIN = 0.05;

const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
/** "person-tatiana-moskalkova" read as words, without its kind prefix. */
const idWords = (id: string) => fold(id.replace(/^(person|org|src|source|claim|attr|event)-/, ''));

/**
 * The ids an unknown id may have meant, nearest first: by edit distance to the ids of the
 * right kind, and to their names and aliases read against the id's words.
 */
export function suggester(entries: KnownEntry[], limit = 3): (id: string, kinds: Kind[]) => string[] {
  return (id, kinds) => {
    const words = idWords(id);
    const scored: { label: string; d: number }[] = [];
    for (const e of entries) {
      if (!kinds.includes(e.kind) && !(kinds.includes('actor') && (e.kind === 'person' || e.kind === 'organisation'))) continue;
      const byId = distance(id, e.id) / Math.max(id.length, e.id.length);
      const byName = Math.min(1, ...e.names.map((n) => distance(words, fold(n)) / Math.max(words.length, fold(n).length, 1)));
      const d = Math.min(byId, byName);
      if (d <= MAX_SHARE) scored.push({ label: byName < byId ? `${e.id} (${e.names[0]})` : e.id, d });
    }
    scored.sort((a, b) => a.d - b.d || a.label.localeCompare(b.label));
    // Only the near-best: a clearly closer id is the suggestion, not one of many.
    return scored.filter((s) => s.d <= scored[0].d + MARGIN).slice(0, limit).map((s) => s.label);
  };
}
