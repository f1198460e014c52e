import type { AttributionMode } from '../domain/kinds';

/**
 * Who a speaker is, as the text gives them: a named person or organisation (a surname or a
 * metonym resolved to it included), a group ("campaigners"), an unnamed source ("a senior
 * official"), a pronoun or description resolved to a person named earlier, or unresolved.
 */
export const SPEAKER_KINDS = ['NAMED', 'GROUP', 'ANONYMOUS', 'PRONOUN_RESOLVED', 'UNRESOLVED'] as const;
export type SpeakerKind = (typeof SPEAKER_KINDS)[number];

/** The rule that found an attribution; one per pattern of the issue. */
export const PATTERNS = [
  'quote-cue-after', 'quote-cue-before', 'quote-cue-middle', 'quote-colon', 'quote-continued', 'fragment',
  'indirect-that', 'indirect-cue-after', 'indirect-cue-middle', 'present-say', 'told-object', 'according-to', 'reported-chain',
  'credit-line', 'qa-answer', 'own-voice', 'characterise', 'quote-epigraph',
] as const;
export type PatternName = (typeof PATTERNS)[number];

/** VIA: the words reached this text through the outlet; CITES: the outlet's report is the statement. */
export type ReportRelation = 'VIA' | 'CITES';

export interface ReportedThrough {
  /** The outlet as the text names it: "Kommersant", "the newspaper Vedomosti". */
  outlet: string;
  relation: ReportRelation;
}

/** One attribution found in a text, before speakers are matched to known actors. */
export interface Extracted {
  quote: string;
  start: number;
  end: number;
  speakerName: string | null;
  speakerKind: SpeakerKind;
  /** How the text refers to the speaker here: "He", "Varga", "the ministry". */
  speakerSurface: string | null;
  /** True when the resolved speaker is (probably) a person rather than an organisation. */
  speakerIsPerson: boolean | null;
  mode: AttributionMode;
  pattern: PatternName;
  /** The cue words as written: "told", "said", "according to". */
  cue: string;
  confidence: number;
  reportedThrough: ReportedThrough | null;
}
