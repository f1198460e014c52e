import type { NlpDocument, Token } from './nlp-document';
import { ANONYMOUS_HEADS, GROUP_HEADS, INDEFINITE, PRONOUNS, TITLE_WORDS } from './speaker-words';

// The words speaker phrases are made of, shared by the phrase finder and the classifier.

/** A speaker as one phrase of the text says it, classified but not yet resolved against the rest of the text. */
export interface SpeakerPhrase {
  /** Offsets of the name as written (title and apposition left out). */
  start: number;
  end: number;
  name: string;
  /**
   * PAIR: "the two companies", "both": the two speakers named together just before.
   * DOCUMENT: "the report", "a further study", "the study's authors": a document whose author the text named before.
   */
  kind: 'NAMED' | 'GROUP' | 'ANONYMOUS' | 'PRONOUN' | 'BACKREF' | 'PAIR' | 'DOCUMENT';
  isPerson: boolean | null;
  /** The whole phrase with its apposition, for titles and anonymity marks. */
  phraseStart: number;
  /** First token of the phrase. */
  first: number;
  /** The role words kept out of the name: "minister" of "Foreign Minister Anna Kowalska". */
  title: string | null;
  /** A source the phrase cites: "Kommersant, citing officials close to the talks, reported". */
  citing: SpeakerPhrase | null;
  /** The second speaker of a joint statement: "Varga and Orlov said". */
  partner: SpeakerPhrase | null;
  /** Reached through a relative pronoun ("Delfi, which … said"): the clause may stand anywhere in its sentence. */
  relative?: boolean;
}

export const QUOTE_MARK = /^["“”‘’«»]$/;
export const CONNECTORS = new Set(['de', 'van', 'von', 'al', 'bin', 'der', 'da', 'di', 'du', 'la', 'le', 'del', 'den', 'ter', 'el', 'ibn', 'y']);
export const POSSESSIVE = new Set(["'s", '’s', "'", '’']);
export const NP_ADP = new Set(['of', 'at', 'for', 'from', 'with', 'to', 'in', 'on', 'close', 'familiar', 'outside', 'near', 'by', 'inside']);
export const LINKING_TIME = new Set(['on', 'last', 'this', 'in', 'at', 'the', 'a', 'early', 'late', 'next', 'earlier']);
export const speechLemmaLike = (t: Token) => /^(?:said|says|told|say|tell)$/.test(t.lower);
export const SOURCE_PARTICIPLES = new Set(['briefed', 'involved', 'familiar', 'close', 'speaking', 'interviewed', 'questioned', 'contacted', 'polled', 'surveyed', 'living', 'working', 'gathered', 'waiting', 'queuing', 'camped']);
/** Documents speak only when the text says which: "a commission document", not "the report". */
export const DOCUMENTS = /^(?:report|study|document|documents|survey|letter|data|figures|poll|analysis|memo|assessment|audit|review|timeline|records|filings|estimates|statistics|findings)$/;
export const NOT_SPEAKERS = /^(?:report|study|statement|document|survey|letter|data|figures|poll|analysis|remarks|comments|words|it|this|that|which|what|who)$/;
/** Common nouns for a news outlet, after its name: "the Izvestia newspaper". */
export const MEDIA_NOUNS = /^(?:newspaper|daily|weekly|broadcaster|channel|magazine|outlet|website|tabloid|paper|radio|television|portal)$/;
export const HONORIFICS = new Set(['dr', 'dr.', 'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'sir', 'dame', 'lord', 'lady', 'prof', 'prof.', 'professor', 'cllr']);
export const cap = (t: Token) => /^\p{Lu}/u.test(t.text);

/** A capitalised word that names someone: not the capital a sentence starts with, not a role word. */
export function isNameWord(doc: NlpDocument, t: Token): boolean {
  if (!cap(t) || t.lower === 'the' || t.lower === 'a' || t.lower === 'an') return false;
  // "You have said …" in an interview: the person addressed is no name.
  if (TITLE_WORDS.has(t.lower) || PRONOUNS[t.lower] || t.lower === 'you' || t.lower === 'your') return false;
  const sentenceStart = doc.sentences[t.sentence].first === t.i || /^["“‘(]$/.test(doc.tokens[t.i - 1]?.text ?? '');
  // "Later the bank said": a sentence's capital on an adverb or a conjunction is no name.
  if (sentenceStart && (GROUP_HEADS.has(t.lower) || ANONYMOUS_HEADS.has(t.lower) || INDEFINITE.has(t.lower) || /^(?:DET|PRON|ADV|CCONJ|SCONJ)$/.test(t.pos))) return false;
  return true;
}

export const slice = (doc: NlpDocument, a: number, b: number) => doc.text.slice(doc.tokens[a].start, doc.tokens[b].end);
