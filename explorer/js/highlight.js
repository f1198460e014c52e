// Quotes are shown where they sit in the source: the stored span text.slice(start, end)
// is what gets marked, never a search for the quote string, so what the reader sees is
// exactly what the attribution's offsets point at.

import { el } from './dom.js';

/** Cuts a context string to about `size` characters at a word boundary, on the side away from the quote. */
function trimContext(s, side, size) {
  if (s.length <= size) return { text: s, cut: false };
  if (side === 'before') {
    const part = s.slice(s.length - size);
    const space = part.search(/\s/);
    return { text: space >= 0 && space < 40 ? part.slice(space + 1) : part, cut: true };
  }
  const part = s.slice(0, size);
  const space = part.search(/\s\S*$/);
  return { text: space > size - 40 ? part.slice(0, space) : part, cut: true };
}

/**
 * An excerpt of the source with the attribution's span marked and some context either side.
 * When the source holds no text (cited but not held) the stored quote is shown on its own.
 */
export function quoteInContext(attribution, sourceText, context = 180) {
  const { id, start, end, quote } = attribution;
  const box = el('blockquote', { class: 'excerpt' });
  if (typeof sourceText !== 'string' || start == null || end == null) {
    box.append(el('mark', { 'data-attribution-id': id, class: 'quote' }, quote));
    box.append(el('span', { class: 'note' }, ' (the source’s text is not held)'));
    return box;
  }
  const span = sourceText.slice(start, end);
  const before = trimContext(sourceText.slice(0, start), 'before', context);
  const after = trimContext(sourceText.slice(end), 'after', context);
  box.append(
    el('span', { class: 'context' }, `${before.cut ? '…' : ''}${before.text}`),
    el('mark', { 'data-attribution-id': id, class: 'quote', title: 'Quoted span' }, span),
    el('span', { class: 'context' }, `${after.text}${after.cut ? '…' : ''}`),
  );
  if (span !== quote) {
    box.append(el('p', { class: 'warning', role: 'note' }, 'The stored quote differs from the source text at these offsets.'));
  }
  return box;
}

/**
 * The whole text with every span marked. Spans may nest or overlap (a short quote inside a
 * longer one), so the text is cut at every span boundary and each piece is marked with the
 * ids of all spans covering it; a span's text is the concatenation of its pieces.
 */
export function highlightAll(text, spans) {
  const container = el('div', { class: 'source-text' });
  const cuts = new Set([0, text.length]);
  for (const s of spans) {
    if (s.start == null || s.end == null) continue;
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].filter((n) => n >= 0 && n <= text.length).sort((a, b) => a - b);
  for (let i = 0; i < points.length - 1; i++) {
    const from = points[i];
    const to = points[i + 1];
    const piece = text.slice(from, to);
    const covering = spans.filter((s) => s.start != null && s.start <= from && s.end >= to);
    if (covering.length === 0) {
      container.append(document.createTextNode(piece));
      continue;
    }
    const mark = el('mark', {
      class: `quote depth-${Math.min(covering.length, 3)}`,
      'data-attribution-ids': covering.map((s) => s.id).join(' '),
      title: covering.map((s) => s.title).filter(Boolean).join('\n'),
    }, piece);
    container.append(mark);
  }
  return container;
}
