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

const OPENERS = '“"«';
const CLOSERS: Record<string, string> = { '“': '”', '"': '"', '«': '»' };

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
      if (open < 0 && OPENERS.includes(ch) && (i === p.start || /[\s(\[—–-]/.test(text[i - 1]))) {
        open = i;
        closer = CLOSERS[ch];
      } else if (open >= 0 && (ch === closer || (closer === '"' && ch === '”')) && !/[\p{L}\p{N}]/u.test(text[i + 1] ?? '')) {
        push(out, text, open, i, first && carried);
        first = false;
        open = -1;
      }
    }
    const next = paragraphs[k + 1];
    const nextOpens = next !== undefined && OPENERS.includes(text.slice(next.start, next.end).trimStart()[0] ?? '');
    if (open >= 0 && nextOpens) push(out, text, open, p.end, first && carried);
    carried = open >= 0 && nextOpens;
  });
  return out;
}

function push(out: QuoteSpan[], text: string, open: number, close: number, continuesOpenQuote: boolean): void {
  let start = open + 1;
  let end = close;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /[\s,]/.test(text[end - 1])) end--;
  if (end > start) out.push({ open, close, start, end, continuesOpenQuote });
}
