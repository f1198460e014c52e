import type { AttributionMode } from '../domain/kinds';
import { UnreachableCaseError } from '../domain/errors';
import type { PatternName, ReportedThrough } from './types';

/**
 * The mode of an attribution: the speaker's own words in quotation marks are a DIRECT_QUOTE;
 * their words retold are a PARAPHRASE; words that reach the text through someone else
 * (according to, an outlet's report, a citing chain) are REPORTED.
 */
export function modeOf(pattern: PatternName, through: ReportedThrough | null): AttributionMode {
  switch (pattern) {
    case 'quote-cue-after':
    case 'quote-cue-before':
    case 'quote-cue-middle':
    case 'quote-colon':
    case 'quote-continued':
    case 'fragment':
    case 'credit-line':
    case 'qa-answer':
    case 'quote-epigraph':
    // A statement's or an author's own sentences are their own words.
    case 'own-voice':
      return 'DIRECT_QUOTE';
    case 'according-to':
    case 'reported-chain':
      return 'REPORTED';
    case 'indirect-that':
    case 'indirect-cue-after':
    case 'indirect-cue-middle':
    case 'present-say':
    case 'told-object':
    case 'characterise':
      return through?.relation === 'CITES' ? 'REPORTED' : 'PARAPHRASE';
    default:
      throw new UnreachableCaseError(pattern);
  }
}
