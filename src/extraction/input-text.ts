import { badInput } from '../domain/errors';
import { htmlToText, looksLikeHtml, type MappedText } from './html-text';

/** The most characters one request may send: a long feature is about 60,000. */
export const MAX_TEXT_LENGTH = 200_000;

export interface PreparedText extends MappedText {
  /** The input was HTML and was stripped to text. */
  fromHtml: boolean;
}

/** Control characters other than tab and line breaks, and the replacement character of a failed decode. */
const GARBAGE = /[\u0000-\u0008\u000b\u000e-\u001f\u007f\ufffd]/g;

/**
 * Checks a text sent for extraction and gives what the extractor reads. Too long or binary:
 * BAD_USER_INPUT naming the problem. HTML: stripped to text, with offsets that map back.
 * Plain text is read as sent, offset for offset (no map is built).
 */
export function prepareText(input: string): PreparedText {
  if (input.length > MAX_TEXT_LENGTH) {
    throw badInput(`text: must be at most ${MAX_TEXT_LENGTH.toLocaleString('en')} characters (got ${input.length.toLocaleString('en')})`, { field: 'text' });
  }
  const garbage = input.match(GARBAGE)?.length ?? 0;
  if (input.includes('\u0000') || garbage > Math.max(2, input.length * 0.01)) {
    throw badInput(`text: looks like binary data (${garbage} control or undecodable characters); send the article as plain text or HTML`, { field: 'text' });
  }
  if (looksLikeHtml(input)) return { ...htmlToText(input), fromHtml: true };
  return { text: input, originalOffset: [], originalEnd: [], fromHtml: false };
}

/** A span of the prepared text as a span of what the user sent. */
export function toOriginalSpan(p: PreparedText, start: number, end: number): { start: number; end: number } {
  if (!p.fromHtml) return { start, end };
  return { start: p.originalOffset[start], end: end > start ? p.originalEnd[end - 1] : p.originalOffset[start] };
}
