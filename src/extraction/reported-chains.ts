import type { SpeakerPhrase } from './speaker-phrase';
import { OUTLET_WORDS } from './speaker-words';
import type { ReportedThrough } from './types';

/** A news outlet, by its name or by what the text calls it ("the newspaper", "Interfax"). */
export const isOutlet = (p: SpeakerPhrase | null): p is SpeakerPhrase => p !== null && p.kind === 'NAMED' && OUTLET_WORDS.test(p.name + ' ' + (p.title ?? ''));

const DOCUMENT_HEAD = /\b(?:documents?|reports?|records|filings?|data|figures|memos?|papers|statistics|estimates|letters?|notes?|stud(?:y|ies)|surveys?|analys[ie]s|minutes|emails?|transcripts?|accounts|polls?)$/i;
const isDocument = (p: SpeakerPhrase) => DOCUMENT_HEAD.test(p.name);

/**
 * Who speaks in a report of a report, and through whom:
 * - "Kommersant, citing officials close to the talks, reported that …": the officials, VIA Kommersant;
 * - "Interfax reported that …" / "according to Izvestia, …": the outlet itself, whose report the text CITES;
 * - "Orlov told Reuters that …": Orlov, VIA Reuters.
 */
export function reportedChain(subject: SpeakerPhrase, hearer: SpeakerPhrase | null, lemma: string): { speaker: SpeakerPhrase; through: ReportedThrough | null } {
  // "Rezonansi, citing court documents, reported …": a document has no voice of its own; the outlet's report is the statement.
  if (subject.citing && !isDocument(subject.citing)) return { speaker: subject.citing, through: { outlet: subject.name, relation: 'VIA' } };
  // "The ministry, citing letters from the bidders, said …": a body that cites papers still speaks for itself.
  if (subject.citing) return { speaker: { ...subject, citing: null }, through: isOutlet(subject) || lemma === 'report' ? { outlet: subject.name, relation: 'CITES' } : null };
  if (isOutlet(hearer)) return { speaker: subject, through: { outlet: hearer.name, relation: 'VIA' } };
  if (isOutlet(subject) && (lemma === 'report' || lemma === 'write' || lemma === 'say')) return { speaker: subject, through: { outlet: subject.name, relation: 'CITES' } };
  return { speaker: subject, through: null };
}
