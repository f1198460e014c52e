/** Text seen by the extractor, with a map back to offsets in what the user sent. */
export interface MappedText {
  text: string;
  /** originalOffset[i]: where text[i] came from in the original. */
  originalOffset: number[];
  /** originalEnd[i]: where the original piece text[i] came from ends (an entity is longer than its character). */
  originalEnd: number[];
}

const BLOCK = /^(?:p|div|br|li|ul|ol|h[1-6]|blockquote|article|section|header|footer|tr|table|title|figcaption)$/i;
const ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', mdash: '—', ndash: '–', hellip: '…',
};

function decodeEntity(name: string): string | null {
  if (name.startsWith('#x') || name.startsWith('#X')) return safeChar(parseInt(name.slice(2), 16));
  if (name.startsWith('#')) return safeChar(parseInt(name.slice(1), 10));
  return ENTITIES[name.toLowerCase()] ?? null;
}
const safeChar = (n: number) => (Number.isInteger(n) && n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : null);

/**
 * Strips HTML to text: tags go (block tags become line breaks), script and style lose their
 * content, entities are decoded. Every character kept remembers its offset in the HTML, so
 * a span found in the text maps back to a span of what the user sent.
 */
export function htmlToText(html: string): MappedText {
  let text = '';
  const originalOffset: number[] = [];
  const originalEnd: number[] = [];
  const put = (s: string, from: number, to: number) => {
    for (let k = 0; k < s.length; k++) {
      originalOffset.push(from);
      originalEnd.push(to);
    }
    text += s;
  };
  let i = 0;
  while (i < html.length) {
    const ch = html[i];
    if (ch === '<') {
      const close = html.indexOf('>', i);
      if (close < 0) break;
      const tag = /^<\/?\s*([a-zA-Z][a-zA-Z0-9]*)/.exec(html.slice(i, close + 1))?.[1] ?? '';
      let next = close + 1;
      if (/^(?:script|style)$/i.test(tag) && html[i + 1] !== '/') {
        const end = html.toLowerCase().indexOf(`</${tag.toLowerCase()}`, next);
        next = end < 0 ? html.length : html.indexOf('>', end) + 1 || html.length;
      }
      if (BLOCK.test(tag) && !text.endsWith('\n')) put('\n', i, i);
      i = next;
      continue;
    }
    if (ch === '&') {
      const m = /^&(#?[a-zA-Z0-9]{1,8});/.exec(html.slice(i, i + 11));
      const decoded = m ? decodeEntity(m[1]) : null;
      if (m && decoded !== null) {
        put(decoded, i, i + m[0].length);
        i += m[0].length;
        continue;
      }
    }
    put(ch, i, i + 1);
    i++;
  }
  return { text, originalOffset, originalEnd };
}

/** Looks like HTML: at least two tags, one of them a common document tag. */
export const looksLikeHtml = (s: string): boolean =>
  /<(?:html|body|p|div|br|span|a|h[1-6]|article|li|strong|em)\b[^>]*>/i.test(s) && (s.match(/<\/?[a-zA-Z][^>]*>/g)?.length ?? 0) >= 2;
