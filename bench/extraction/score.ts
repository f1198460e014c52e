import { foldName } from '../../src/extraction/speaker-matcher';
import type { Suggestion } from '../../src/extraction/suggest';
import type { Gold } from './gold-sets';

type Span = { start: number; end: number };
const overlap = (a: Span, b: Span) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
const iou = (a: Span, b: Span) => overlap(a, b) / (Math.max(a.end, b.end) - Math.min(a.start, b.start));

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
}

/**
 * One-to-one matching of suggestions to gold attributions: each gold takes the agreeing
 * suggestion with the right speaker if any, else the best-overlapping one.
 */
export function matchDoc(preds: Suggestion[], gold: Gold[], agree: (p: Span, g: Span) => boolean): { pairs: Pair[]; unmatchedPreds: Suggestion[]; unmatchedGold: Gold[] } {
  const used = new Set<Suggestion>();
  const pairs: Pair[] = [];
  const unmatchedGold: Gold[] = [];
  for (const g of gold) {
    const options = preds.filter((p) => !used.has(p) && agree(p, g)).sort((a, b) => Number(speakerRight(b, g)) - Number(speakerRight(a, g)) || iou(b, g) - iou(a, g));
    const p = options[0];
    if (!p) {
      unmatchedGold.push(g);
      continue;
    }
    used.add(p);
    pairs.push({ p, g, speakerOk: speakerRight(p, g), iou: iou(p, g) });
  }
  return { pairs, unmatchedPreds: preds.filter((p) => !used.has(p)), unmatchedGold };
}

export interface Tally {
  gold: number;
  preds: number;
  spanFound: number;
  spanRight: number;
  right: number;
  speakerOk: number;
  modeOk: number;
  iouSum: number;
}

export const emptyTally = (): Tally => ({ gold: 0, preds: 0, spanFound: 0, spanRight: 0, right: 0, speakerOk: 0, modeOk: 0, iouSum: 0 });
