/**
 * A text with its typographic variants folded, and the way back: normalised character i
 * came from original[starts[i], ends[i]). "…" becomes three dots that share one span. Matching happens on the normalised text; what is
 * stored is always the original span, so `text.slice(start, end) === quote` still holds.
 */
export interface NormalisedText {
  text: string;
  starts: number[];
  ends: number[];
}

/** What a match may have had to fold, as the payload reports it. */
export type Normalisation = 'quotes' | 'dashes' | 'whitespace' | 'soft-hyphens' | 'ellipsis' | 'first-letter-case';

const SOFT_HYPHEN = '\u00AD';
/** Typographic single and double quotes (and primes, which keyboards and OCR confuse with them). */
const SINGLE = new Set(["'", '\u2018', '\u2019', '\u201A', '\u201B', '\u2032']);
const DOUBLE = new Set(['"', '\u201C', '\u201D', '\u201E', '\u201F', '\u2033']);
/** Hyphen, non-breaking hyphen, figure dash, en dash, em dash, horizontal bar, minus sign. */
const DASHES = new Set(['-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212']);
/** JavaScript's \s: ASCII space and line breaks, NBSP, the Unicode spaces, U+FEFF. */
const isSpace = (ch: string) => /\s/.test(ch);

/** The one character each original character stands for; null: not folded. */
function folded(ch: string): string | null {
  if (SINGLE.has(ch)) return "'";
  if (DOUBLE.has(ch)) return '"';
  if (DASHES.has(ch)) return '-';
  return null;
}

/**
 * Folds quotes to straight ones, dashes to '-', every run of whitespace (soft hyphens
 * inside it too) to one space, "…" to "..." (so "...." and ".…" agree), and drops soft hyphens. Surrogate pairs pass
 * through unchanged, one code unit at a time.
 */
export function normalise(s: string): NormalisedText {
  const out: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const push = (ch: string, start: number, end: number) => {
    out.push(ch);
    starts.push(start);
    ends.push(end);
  };
  let i = 0;
  while (i < s.length) {
    const ch = s[i];
    if (ch === SOFT_HYPHEN) {
      i++;
    } else if (isSpace(ch)) {
      let last = i;
      let j = i + 1;
      for (; j < s.length && (isSpace(s[j]) || s[j] === SOFT_HYPHEN); j++) if (s[j] !== SOFT_HYPHEN) last = j;
      push(' ', i, last + 1);
      i = last + 1;
    } else if (ch === '\u2026') {
      for (let k = 0; k < 3; k++) push('.', i, i + 1);
      i++;
    } else {
      push(folded(ch) ?? ch, i, i + 1);
      i++;
    }
  }
  return { text: out.join(''), starts, ends };
}

/** Whether normalised [start, end) begins and ends between original characters (not inside an expanded "…"). */
export function isWholeSpan(n: NormalisedText, start: number, end: number): boolean {
  return (start === 0 || n.ends[start - 1] <= n.starts[start]) && (end === n.text.length || n.ends[end - 1] <= n.starts[end]);
}

/** The original span of normalised [start, end); end > start. */
export function originalSpan(n: NormalisedText, start: number, end: number): { start: number; end: number } {
  return { start: n.starts[start], end: n.ends[end - 1] };
}

/** The original characters normalised character i stands for, with any soft hyphens dropped before it (not before the first). */
function chunk(original: string, n: NormalisedText, i: number, first: number): string {
  return original.slice(i === first ? n.starts[i] : n.ends[i - 1], n.ends[i]);
}

/**
 * What had to be folded for quote (normalised as nq) to match text (normalised as nt) at
 * normalised offset at: for each character whose original spellings differ, the kind of fold.
 */
export function normalisationsOf(quote: string, nq: NormalisedText, text: string, nt: NormalisedText, at: number): Normalisation[] {
  const found = new Set<Normalisation>();
  for (let k = 0; k < nq.text.length; k++) {
    let q = chunk(quote, nq, k, 0);
    let t = chunk(text, nt, at + k, at);
    if (q === t) continue;
    if (q.includes(SOFT_HYPHEN) || t.includes(SOFT_HYPHEN)) {
      found.add('soft-hyphens');
      q = q.replaceAll(SOFT_HYPHEN, '');
      t = t.replaceAll(SOFT_HYPHEN, '');
      if (q === t) continue;
    }
    const c = nt.text[at + k];
    if (c === "'" || c === '"') found.add('quotes');
    else if (c === '-') found.add('dashes');
    else if (c === ' ') found.add('whitespace');
    else if (c === '.') found.add('ellipsis');
    else found.add('first-letter-case');
  }
  // Soft hyphens before the quote's first or after its last character are left out of what it matched.
  const last = nq.ends.length - 1;
  if (last >= 0 && (quote.slice(0, nq.starts[0]) + quote.slice(nq.ends[last])).includes(SOFT_HYPHEN)) found.add('soft-hyphens');
  return [...found];
}
