// From a DOM selection in the reader to offsets of the stored text, exactly: Apache Annotator's
// describeTextPosition counts the characters of the reader's text nodes, which are the stored
// text cut at the highlights and nothing else. The span is then trimmed of surrounding white
// space, and refused when it cuts a character or a grapheme (an emoji, a letter and its accent).

import { describeTextPosition } from '/desk/vendor/desk-vendor.js';

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
let boundariesOf = { text: null, set: null };

/** Every offset of `text` where a grapheme starts, plus its length (cached for the last text). */
function boundaries(text) {
  if (boundariesOf.text !== text) {
    const set = new Set([text.length]);
    for (const g of segmenter.segment(text)) set.add(g.index);
    boundariesOf = { text, set };
  }
  return boundariesOf.set;
}

/**
 * The offsets a range covers in `text` (the reader's text), trimmed; or `{ error }` in words.
 * `scope` is the reader element.
 */
export async function spanOfRange(range, scope, text) {
  if (!range || range.collapsed) return { error: 'Select some words of the text first.' };
  if (!scope.contains(range.commonAncestorContainer)) return { error: 'Select words in the text below.' };
  const { start: rawStart, end: rawEnd } = await describeTextPosition(range, scope);
  return trimSpan(text, rawStart, rawEnd);
}

/** Trims white space around [start, end) and checks grapheme boundaries. */
export function trimSpan(text, rawStart, rawEnd) {
  let start = rawStart;
  let end = rawEnd;
  while (start < end && /\s/u.test(text[start])) start++;
  while (end > start && /\s/u.test(text[end - 1])) end--;
  if (start === end) return { error: 'The selection holds only white space: select some words.' };
  const ok = boundaries(text);
  if (!ok.has(start) || !ok.has(end)) {
    return { error: 'The selection cuts a character in two (an emoji or a letter with its accent). Extend it by one character to take the whole character.' };
  }
  return { start, end, quote: text.slice(start, end), trimmed: start !== rawStart || end !== rawEnd };
}
