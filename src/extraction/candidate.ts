import type { SpeakerPhrase } from './speaker-phrase';
import type { FixedSpeaker } from './voice-patterns';
import type { PatternName, ReportedThrough } from './types';

/** An attribution found by a pattern, before its speaker is resolved against the rest of the text. */
export interface Candidate {
  start: number;
  end: number;
  /** Null for a quote that carries on the last speaker's words (or one with a fixed speaker). */
  phrase: SpeakerPhrase | null;
  /** A speaker the layout fixes: the text's own voice, an interviewee. */
  fixed?: FixedSpeaker;
  pattern: PatternName;
  cue: string;
  paragraph: number;
  reportedThrough: ReportedThrough | null;
}

/** Trims spaces, closing punctuation and stray quote marks from both ends of a content span. */
export function trimContent(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && /[\s,:;—–-]/.test(text[start])) start++;
  while (end > start && /[\s.,;:!?—–-]/.test(text[end - 1])) end--;
  // A lone opening or closing mark at either end belongs to a quotation outside the span.
  if (/["“”]/.test(text[start]) && (text.slice(start + 1, end).match(/["“”]/g)?.length ?? 0) % 2 === 0) start++;
  if (/["“”]/.test(text[end - 1]) && (text.slice(start, end - 1).match(/["“”]/g)?.length ?? 0) % 2 === 0) end--;
  // Single marks double as apostrophes, so only an unpartnered ‘ or ’ at an end is dropped.
  if (text[start] === '‘' && !/’(?![\p{L}\p{N}])/u.test(text.slice(start + 1, end))) start++;
  if (text[end - 1] === '’' && !text.slice(start, end - 1).includes('‘')) end--;
  while (end > start && /[\s.,;:!?]/.test(text[end - 1])) end--;
  return { start, end };
}

export const wordCount = (s: string) => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;
