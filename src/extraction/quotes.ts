/** A span between quotation marks. */
export interface QuoteSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or of the paragraph's end for a quote that runs on into the next paragraph. */
  close: number;
  /** The words inside, trimmed of spaces and a trailing comma. */
  start: number;
  end: number;
  /** Opens a paragraph that carries on a quote left open at the end of the one before. */
  continuesOpenQuote: boolean;
}

const OPENERS = '“"«‘\'';
const CLOSERS: Record<string, string> = { '“': '”', '"': '"', '«': '»', '‘': '’', "'": "'" };
const WORD_CHAR = /[\p{L}\p{N}]/u;
const SINGLE = /['’]/;

/** An opening mark: at a paragraph start or after a space or bracket; a single one must open a word ("'s" after a space is no quote). */
function opensAt(text: string, i: number, paragraphStart: number): boolean {
  if (!OPENERS.includes(text[i])) return false;
  if (i !== paragraphStart && !/[\s(\[—–-]/.test(text[i - 1])) return false;
  return !SINGLE.test(text[i]) && text[i] !== '‘' ? true : /[\p{L}\p{N}"“…]/u.test(text[i + 1] ?? '');
}

/**
 * A closing mark: the opener's partner (or a curly ” for a straight "), not inside a word. A
 * single mark is also an apostrophe ("We’ve", "workers’ pay"): one after an s and before a
 * lower-case word is taken as a plural possessive when another closer follows in the paragraph.
 */
function closesAt(text: string, i: number, closer: string, paragraphEnd: number): boolean {
  const ch = text[i];
  // Typography is often mixed in copy from the web: “…" and "…” close as well as “…” does.
  if (!(ch === closer || (closer === '"' && ch === '”') || (closer === '”' && ch === '"') || (closer === "'" && ch === '’'))) return false;
  if (WORD_CHAR.test(text[i + 1] ?? '')) return false;
  if (!SINGLE.test(ch)) return true;
  if (/\s/.test(text[i - 1] ?? ' ')) return false;
  if (/s/i.test(text[i - 1]) && /^\s+\p{Ll}/u.test(text.slice(i + 1, i + 3))) {
    const rest = text.slice(i + 1, paragraphEnd);
    return !new RegExp(`[^\\s]${ch === '’' ? '’' : "'"}(?![\\p{L}\\p{N}])`, 'u').test(rest);
  }
  return true;
}

/**
 * Quotations in a text, paragraph by paragraph. Wire style leaves a quote open at the end of
 * a paragraph when the next paragraph carries it on with a new opening mark; such a quote
 * ends at its paragraph's end. A quote left open with nothing to carry it is dropped.
 */
export function findQuotes(text: string): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  const paragraphs = [...text.matchAll(/[^\n\r]+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  let carried = false;
  paragraphs.forEach((p, k) => {
    let open = -1;
    let closer = '';
    let first = true;
    for (let i = p.start; i < p.end; i++) {
      const ch = text[i];
      if (open < 0 && opensAt(text, i, p.start)) {
        open = i;
        closer = CLOSERS[ch];
      } else if (open >= 0 && closesAt(text, i, closer, p.end)) {
        push(out, text, open, i, first && carried);
        first = false;
        open = -1;
      }
    }
    // “…,” [Name]. More of the same words. “ — a closing mark turned the wrong way at the paragraph's
    // end, in a paragraph that opened with a quotation: the words since the last closing mark are quoted too.
    if (open >= 0 && text.slice(open + 1, p.end).trim() === '') {
      const last = out.at(-1);
      // The quote before must end its sentence or be followed by an editorial bracket, not by a cue ("…,” she said. “).
      const ended = last && (/[.!?]$/.test(text.slice(last.start, last.end)) || /^[”"’]?\s*(?:\[|[.!?])/.test(text.slice(last.close + 1, last.close + 4)));
      if (last && ended && last.open === firstCharOf(text, p)) {
        const resumed = /^[\s”"’]*(?:\[[^\]\n]{1,60}\])?[\s.,;:—–-]*/.exec(text.slice(last.close + 1, open))![0].length;
        push(out, text, last.close + 1 + resumed - 1, open, false);
        open = -1;
      }
    }
    const next = paragraphs[k + 1];
    const nextOpens = next !== undefined && opensAt(text, firstCharOf(text, next), next.start);
    if (open >= 0 && nextOpens) push(out, text, open, p.end, first && carried);
    carried = open >= 0 && nextOpens;
  });
  return out;
}

/** Offset of a paragraph's first non-space character. */
const firstCharOf = (text: string, p: { start: number; end: number }) => p.start + text.slice(p.start, p.end).search(/\S|$/);

function push(out: QuoteSpan[], text: string, open: number, close: number, continuesOpenQuote: boolean): void {
  let start = open + 1;
  let end = close;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /[\s,]/.test(text[end - 1])) end--;
  if (end > start) out.push({ open, close, start, end, continuesOpenQuote });
}
