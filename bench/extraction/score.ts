import { foldName } from '../../src/extraction/speaker-matcher';
import type { Suggestion } from '../../src/extraction/suggest';
import type { Gold } from './gold-sets';

type Span = { start: number; end: number };
const overlap = (a: Span, b: Span) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
const iou = (a: Span, b: Span) => overlap(a, b) / (Math.max(a.end, b.end) - Math.min(a.start, b.start));
const len = (a: Span) => a.end - a.start;
/** `inner` lies inside `outer` (90% of it, so a stray mark or full stop does not matter). */
const inside = (inner: Span, outer: Span) => overlap(inner, outer) >= 0.9 * len(inner);
const disjoint = (spans: Span[]) => spans.every((a, i) => spans.every((b, j) => i === j || overlap(a, b) === 0));

/** Span rules: the main one (IoU ≥ 0.5) and the lenient one of the old seed measure (covers 80% of the gold quote). */
export const SPAN_RULES = {
  iou50: (p: Span, g: Span) => iou(p, g) >= 0.5,
  covers80: (p: Span, g: Span) => overlap(p, g) >= 0.8 * (g.end - g.start),
};

/** Right speaker: the known actor's id when the gold names one, else the same name once folded. */
export const speakerRight = (p: Suggestion, g: Gold): boolean =>
  g.speakerId ? p.speakerId === g.speakerId : p.speakerName !== null && foldName(p.speakerName) === foldName(g.speaker);

export interface Pair {
  p: Suggestion;
  g: Gold;
  speakerOk: boolean;
  iou: number;
  /** One of several disjoint parts (a quote labelled sentence by sentence, or found so). */
  segment: boolean;
}

export interface DocMatch {
  pairs: Pair[];
  unmatchedPreds: Suggestion[];
  unmatchedGold: Gold[];
}

/**
 * Matches suggestions to gold attributions. First one-to-one, best pairs first: pairs with
 * the right speaker before others, then by overlap (IoU), each suggestion and gold used once. Then, when
 * `segments` is on, split and merge are forgiven: a suggestion that holds two or more
 * disjoint gold spans (one may be its one-to-one match) which together make up at least half of it (a quote
 * the labels cut into sentences) matches each of them; a gold span that holds two or more
 * disjoint suggestions (one may be its one-to-one match) making up at least half of it is
 * matched by each. Nested
 * spans (a fragment inside its sentence) never get credit this way.
 */
export function matchDoc(preds: Suggestion[], gold: Gold[], agree: (p: Span, g: Span) => boolean, segments = false): DocMatch {
  const used = new Set<Suggestion>();
  const found = new Set<Gold>();
  const pairs: Pair[] = [];
  // Best pairs first (right speaker, then overlap), not gold order: a nested gold listed first
  // must not take the suggestion that matches its container almost exactly.
  const agreeing = gold.flatMap((g, gi) => preds.filter((p) => agree(p, g)).map((p) => ({ p, g, gi, right: speakerRight(p, g), iou: iou(p, g) })));
  agreeing.sort((a, b) => Number(b.right) - Number(a.right) || b.iou - a.iou || a.gi - b.gi);
  for (const { p, g, right, iou: overlapRatio } of agreeing) {
    if (used.has(p) || found.has(g)) continue;
    used.add(p);
    found.add(g);
    pairs.push({ p, g, speakerOk: right, iou: overlapRatio, segment: false });
  }
  if (segments) {
    for (const p of preds) {
      // A suggestion already paired one-to-one may take further disjoint parts of its quote.
      const held = pairs.filter((x) => x.p === p).map((x) => x.g);
      const parts = disjointParts(gold.filter((g) => !found.has(g) && inside(g, p) && held.every((h) => overlap(g, h) === 0)));
      if (parts.length < 2 - held.length || parts.length === 0 || [...held, ...parts].reduce((n, g) => n + len(g), 0) < 0.5 * len(p)) continue;
      used.add(p);
      for (const g of parts) {
        found.add(g);
        pairs.push({ p, g, speakerOk: speakerRight(p, g), iou: iou(p, g), segment: true });
      }
    }
    for (const g of gold) {
      // A gold already paired one-to-one may take further disjoint parts of it (its other sentences).
      const held = pairs.filter((x) => x.g === g).map((x) => x.p);
      const parts = disjointParts(preds.filter((p) => !used.has(p) && inside(p, g) && held.every((h) => overlap(p, h) === 0)));
      if (parts.length < 2 - held.length || parts.length === 0 || [...held, ...parts].reduce((n, p) => n + len(p), 0) < 0.5 * len(g)) continue;
      found.add(g);
      for (const p of parts) {
        used.add(p);
        pairs.push({ p, g, speakerOk: speakerRight(p, g), iou: iou(p, g), segment: true });
      }
    }
  }
  return { pairs, unmatchedPreds: preds.filter((p) => !used.has(p)), unmatchedGold: gold.filter((g) => !found.has(g)) };
}

/** The longest run of pairwise disjoint spans, in text order (the first of overlapping ones kept). */
function disjointParts<T extends Span>(spans: T[]): T[] {
  const out: T[] = [];
  for (const s of [...spans].sort((a, b) => a.start - b.start || b.end - a.end)) if (disjoint([...out, s])) out.push(s);
  return out;
}
