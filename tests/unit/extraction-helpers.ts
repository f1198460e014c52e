import { extractAttributions } from '../../src/extraction/extract';
import type { Extracted } from '../../src/extraction/types';

/** Extracts, checks every span against the text, and returns compact rows to compare. */
export function found(text: string, voice: string | null = null): Extracted[] {
  const out = extractAttributions(text, { voice });
  for (const x of out) expect(text.slice(x.start, x.end)).toBe(x.quote);
  return out;
}

export const rows = (xs: Extracted[]) => xs.map((x) => [x.pattern, x.mode, x.speakerName, x.quote]);
