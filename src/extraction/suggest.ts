import { extractAttributions } from './extract';
import { prepareText, toOriginalSpan } from './input-text';
import { CONFIDENT_MATCH, type SpeakerMatch, type SpeakerMatcher } from './speaker-matcher';
import type { Extracted } from './types';

/** An attribution suggested to an editor: what was found, with the speaker matched to known actors. */
export interface Suggestion extends Extracted {
  /** The known actor, only when the match is confident. */
  speakerId: string | null;
  /** Known actors the speaker may be, best first, when none is certain. */
  candidates: SpeakerMatch[];
}

export interface SuggestResult {
  suggestions: Suggestion[];
  /** The text was HTML and was read as text; offsets still count in the HTML sent. */
  fromHtml: boolean;
}

/**
 * Checks the text (too long, binary: BAD_USER_INPUT; HTML: read as text), extracts who said
 * what, and matches each speaker once. Offsets and quotes are in the text as sent:
 * `input.slice(start, end) === quote`. Writes nothing.
 */
export async function suggestFromText(input: string, matcher: SpeakerMatcher, voice: string | null = null): Promise<SuggestResult> {
  const prepared = prepareText(input);
  if (prepared.text.trim() === '') return { suggestions: [], fromHtml: prepared.fromHtml };
  const found = extractAttributions(prepared.text, { voice });
  await matcher.prepare?.([...new Set(found.map((f) => f.speakerName).filter((n): n is string => n !== null))]);
  const matches = new Map<string, SpeakerMatch[]>();
  for (const f of found) {
    const key = `${f.speakerKind}\u0000${f.speakerName ?? ''}`;
    if (f.speakerName && !matches.has(key)) matches.set(key, await matcher.match(f.speakerName, f.speakerKind));
  }
  const suggestions = found.map((f): Suggestion => {
    const list = matches.get(`${f.speakerKind}\u0000${f.speakerName ?? ''}`) ?? [];
    const confident = list[0] && list[0].score >= CONFIDENT_MATCH && (list[1]?.score ?? 0) < CONFIDENT_MATCH ? list[0] : null;
    const span = toOriginalSpan(prepared, f.start, f.end);
    return { ...f, ...span, quote: input.slice(span.start, span.end), speakerId: confident?.id ?? null, candidates: confident ? [] : list };
  });
  return { suggestions, fromHtml: prepared.fromHtml };
}
