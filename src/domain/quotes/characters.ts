import { invalid } from '../errors';

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Offsets of code units that are half of a character: a high surrogate not followed by a low one, or the reverse. */
export function loneSurrogates(s: string): number[] {
  const found: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isHigh(c) && isLow(s.charCodeAt(i + 1))) i++;
    else if (isHigh(c) || isLow(c)) found.push(i);
  }
  return found;
}

const codePoints = (s: string) => [...s].map((ch) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(' ');

/**
 * A quote holding half a character would be stored as U+FFFD, and its stored quote and
 * offsets would disagree. The message names the whole character when the text holds it.
 */
export function refuseLoneSurrogates(quote: string, text: string | null): void {
  const [at] = loneSurrogates(quote);
  if (at === undefined) return;
  const where = at === 0 ? 'starts inside a character' : at === quote.length - 1 ? 'ends inside a character' : 'holds half a character';
  const half = `U+${quote.charCodeAt(at).toString(16).toUpperCase()}`;
  const whole = text === null ? null : wholeCharacter(text, quote, at);
  throw invalid(
    'attribution',
    'quote',
    `the quote ${where}: ${half} at quote offset ${at} is half of a UTF-16 surrogate pair` +
      (whole ? ` (the text has ${JSON.stringify(whole)}, ${codePoints(whole)}, there)` : '') +
      '; include or leave out the whole character',
    { quote, offset: at },
  );
}

/** The full character the text has where the quote's lone half sits, if the rest of the quote occurs. */
function wholeCharacter(text: string, quote: string, at: number): string | null {
  const isEnd = at === quote.length - 1 && isHigh(quote.charCodeAt(at));
  const found = text.indexOf(quote);
  if (found === -1) return null;
  const i = found + at;
  return isEnd ? text.slice(i, i + 2) : text.slice(i - 1, i + 1);
}

const WINDOW = 256;

/** The grapheme cluster that offset falls strictly inside, or null when offset is a boundary. */
export function clusterAround(text: string, offset: number): { start: number; end: number; cluster: string } | null {
  if (offset <= 0 || offset >= text.length) return null;
  // Clusters are local: a window around the offset decides (its first boundary is taken as given).
  const from = Math.max(0, offset - WINDOW);
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  for (const seg of segmenter.segment(text.slice(from, Math.min(text.length, offset + WINDOW)))) {
    const start = from + seg.index;
    const end = start + seg.segment.length;
    if (start < offset && offset < end) return { start, end, cluster: seg.segment };
    if (start >= offset) break;
  }
  return null;
}

/** Refuses a span whose start or end cuts a character as readers see it (an emoji with a skin tone, a flag). */
export function refuseSplitClusters(text: string, start: number, end: number): void {
  for (const [edge, offset] of [['start', start], ['end', end]] as const) {
    const c = clusterAround(text, offset);
    if (!c) continue;
    throw invalid(
      'attribution',
      'quote',
      `the quote's ${edge} (offset ${offset}) cuts through ${JSON.stringify(c.cluster)} (${codePoints(c.cluster)}), one character as readers see it, ` +
        `at ${c.start}–${c.end}; include or leave out the whole of it`,
      { cluster: c.cluster, clusterStart: c.start, clusterEnd: c.end },
    );
  }
}
