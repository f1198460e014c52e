import { diffWords } from 'diff';

export type DiffOp = 'EQUAL' | 'INSERT' | 'DELETE';
export interface DiffPart {
  op: DiffOp;
  text: string;
}

export interface Drift {
  /** Share of the two wordings' words they have in common, 0..1. */
  similarity: number;
  /** From the baseline to the variant, word by word. */
  diff: DiffPart[];
}

const wordCount = (s: string) => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;

/** How a variant wording departs from the baseline, by jsdiff's word diff (case kept). */
export function quoteDrift(baseline: string, variant: string): Drift {
  const parts = diffWords(baseline, variant);
  const diff: DiffPart[] = parts.map((p) => ({ op: p.added ? 'INSERT' : p.removed ? 'DELETE' : 'EQUAL', text: p.value }));
  const common = diff.filter((p) => p.op === 'EQUAL').reduce((n, p) => n + wordCount(p.text), 0);
  const total = wordCount(baseline) + wordCount(variant);
  return { similarity: total === 0 ? 1 : Math.round((2 * common * 1000) / total) / 1000, diff };
}

export interface Mention {
  actorId: string;
  actorName: string;
  surface: string;
}

/** "ENRI → ENNHRI" for every other spelling of the listed actors a source used, once each. */
export function spellingsOf(mentions: Mention[], actorIds: Set<string>): string[] {
  const seen = new Set<string>();
  for (const m of mentions) if (actorIds.has(m.actorId) && m.surface !== m.actorName) seen.add(`${m.surface} → ${m.actorName}`);
  return [...seen].sort();
}
