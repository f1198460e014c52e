import { BETWEEN_WORDS } from './cue-verbs';
import type { NlpDocument, Token } from './nlp-document';
import { TIME_WORD, ofInName, pairPhrase } from './phrase-shapes';
import {
  ANONYMITY_MARKERS, ANONYMOUS_HEADS, BACK_REFERENCE_HEADS, GROUP_HEADS, INDEFINITE, ORG_WORDS, POST_NOMINALS, PRONOUNS, STREET_NAME, TITLE_WORDS,
} from './speaker-words';

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

const QUOTE_MARK = /^["“”‘’«»]$/;
const CONNECTORS = new Set(['de', 'van', 'von', 'al', 'bin', 'der', 'da', 'di', 'du', 'la', 'le', 'del', 'den', 'ter', 'el', 'ibn', 'y']);
const POSSESSIVE = new Set(["'s", '’s', "'", '’']);
const NP_ADP = new Set(['of', 'at', 'for', 'from', 'with', 'to', 'in', 'on', 'close', 'familiar', 'outside', 'near', 'by', 'inside']);
const LINKING_TIME = new Set(['on', 'last', 'this', 'in', 'at', 'the', 'a', 'early', 'late', 'next', 'earlier']);
const speechLemmaLike = (t: Token) => /^(?:said|says|told|say|tell)$/.test(t.lower);
const SOURCE_PARTICIPLES = new Set(['briefed', 'involved', 'familiar', 'close', 'speaking', 'interviewed', 'questioned', 'contacted', 'polled', 'surveyed', 'living', 'working', 'gathered', 'waiting', 'queuing', 'camped']);
/** Documents speak only when the text says which: "a commission document", not "the report". */
const DOCUMENTS = /^(?:report|study|document|documents|survey|letter|data|figures|poll|analysis|memo|assessment|audit|review|timeline|records|filings|estimates|statistics|findings)$/;
const NOT_SPEAKERS = /^(?:report|study|statement|document|survey|letter|data|figures|poll|analysis|remarks|comments|words|it|this|that|which|what|who)$/;
/** Common nouns for a news outlet, after its name: "the Izvestia newspaper". */
const MEDIA_NOUNS = /^(?:newspaper|daily|weekly|broadcaster|channel|magazine|outlet|website|tabloid|paper|radio|television|portal)$/;
const HONORIFICS = new Set(['dr', 'dr.', 'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'sir', 'dame', 'lord', 'lady', 'prof', 'prof.', 'professor', 'cllr']);
const cap = (t: Token) => /^\p{Lu}/u.test(t.text);

/** A capitalised word that names someone: not the capital a sentence starts with, not a role word. */
function isNameWord(doc: NlpDocument, t: Token): boolean {
  if (!cap(t) || t.lower === 'the' || t.lower === 'a' || t.lower === 'an') return false;
  // "You have said …" in an interview: the person addressed is no name.
  if (TITLE_WORDS.has(t.lower) || PRONOUNS[t.lower] || t.lower === 'you' || t.lower === 'your') return false;
  const sentenceStart = doc.sentences[t.sentence].first === t.i || /^["“‘(]$/.test(doc.tokens[t.i - 1]?.text ?? '');
  // "Later the bank said": a sentence's capital on an adverb or a conjunction is no name.
  if (sentenceStart && (GROUP_HEADS.has(t.lower) || ANONYMOUS_HEADS.has(t.lower) || INDEFINITE.has(t.lower) || /^(?:DET|PRON|ADV|CCONJ|SCONJ)$/.test(t.pos))) return false;
  return true;
}

function inPhrase(t: Token, left: Token | undefined, right: Token | undefined): boolean {
  // "Patients’ groups": a curly apostrophe glued to a word and followed by one is a possessive, not a quotation mark.
  if (POSSESSIVE.has(t.text) && left && left.end === t.start && /\p{L}$/u.test(left.text) && right && /^\p{L}/u.test(right.text)) return true;
  if (QUOTE_MARK.test(t.text)) return false;
  // "a hospital trust in north Wales": a compass word inside a place name.
  if (t.pos === 'ADV' && /^(?:north|south|east|west|northern|southern|eastern|western|central)$/.test(t.lower) && right && cap(right)) return true;
  // "told the Gazette that volunteers …": the tagger may read "that" as a determiner; it ends the phrase.
  if (/^(?:that|which|who|whom|whose)$/.test(t.lower) && t.text !== 'WHO') return false;
  if (POSSESSIVE.has(t.text)) return true;
  if (t.text === '-' || t.text === '.') return Boolean(left && right && /\w$/.test(left.text) && /^\w/.test(right.text) && left.end === t.start && right.start === t.end);
  // "Varga and Orlov", "Stan and fellow trader Pop", "Zieliński and his Czech counterpart".
  if (t.lower === 'and') return Boolean(left && right && cap(left) && (cap(right) || /^(?:the|his|her|its|their|fellow)$/.test(right.lower)));
  // "diplomats briefed on the talks", "people involved in …": participles that describe a source.
  if (SOURCE_PARTICIPLES.has(t.lower) && right && NP_ADP.has(right.lower)) return true;
  if (NP_ADP.has(t.lower)) return Boolean(left && (left.pos === 'NOUN' || left.pos === 'PROPN' || left.pos === 'ADJ' || NP_ADP.has(left.lower) || SOURCE_PARTICIPLES.has(left.lower)));
  if (CONNECTORS.has(t.lower) && right && cap(right)) return true;
  if (/^(?:his|her|its|their|our)$/.test(t.lower)) return true;
  // "Its managing partner", "the presiding judge": a participle that is part of a role.
  // "The study's lead author": the tagger reads "lead" as a verb.
  if (t.pos === 'VERB' && (/ing$/.test(t.lower) || t.lower === 'lead') && right && (TITLE_WORDS.has(right.lower) || /^(?:partner|editor|authors?)$/.test(right.lower))) return true;
  // The tagger sometimes reads a speaker's head as a verb ("people familiar with …", "works council").
  if (GROUP_HEADS.has(t.lower) || ANONYMOUS_HEADS.has(t.lower)) return true;
  if (t.pos === 'VERB' && right && right.start === t.end + 1 && ORG_WORDS.test(right.text) && right.text === right.lower) return true;
  return ['PROPN', 'NOUN', 'ADJ', 'DET', 'NUM'].includes(t.pos) || (cap(t) && /^\p{L}/u.test(t.text));
}

/** Skips leftwards over words between a speaker and their verb ("has", "also", "last week", "on Monday"). */
function skipBetweenLeft(tokens: Token[], j: number, min: number): number {
  let timeSeen = false;
  while (j >= min) {
    const t = tokens[j];
    if (TIME_WORD.test(t.lower) && t.lower !== 'statement') timeSeen = true;
    else if (LINKING_TIME.has(t.lower)) {
      if (!timeSeen) break;
    } else if (!BETWEEN_WORDS.has(t.lower)) break;
    j--;
  }
  return j;
}

/** The speaker phrase that ends just before tokens[verb] (subject position), or null. */
export function phraseBefore(doc: NlpDocument, verb: number, min: number): SpeakerPhrase | null {
  const tokens = doc.tokens;
  const published = documentPublished(doc, verb, min);
  if (published) return published;
  let j = skipBetweenLeft(tokens, verb - 1, min);
  // "the company developing it said": step over a participle and its pronoun object.
  if (j - 1 > min && /^(?:it|them)$/.test(tokens[j].lower) && /ing$/.test(tokens[j - 1].lower) && tokens[j - 1].pos === 'VERB') j -= 2;
  let apposition = '';
  let citing: SpeakerPhrase | null = null;
  let appositionName: SpeakerPhrase | null = null;
  let author: SpeakerPhrase | null = null;
  let appositionAt = -1;
  // "Its leader, Mihai Serban, 47, told": an age between commas says nothing of who speaks.
  const aged = j - 2 > min && tokens[j].text === ',' && /^\d{1,3}$/.test(tokens[j - 1].text) && tokens[j - 2].text === ',';
  if (aged) j -= 2;
  if (j >= min && tokens[j].text === ',') {
    let k = j - 1;
    while (k > min && tokens[k].text !== ',' && !QUOTE_MARK.test(tokens[k].text) && j - k < 30) k--;
    // "Zaremba, 58, added": no apposition before the age; the name stands just before it.
    if ((k <= min || tokens[k].text !== ',') && aged) k = j;
    else if (k <= min || tokens[k].text !== ',') return null;
    appositionAt = k;
    apposition = doc.text.slice(tokens[k + 1].start, tokens[j - 1].end);
    if (/^(?:citing|quoting)$/.test(tokens[k + 1].lower)) citing = phraseAfter(doc, k + 2, j - 1);
    // "The report, published by the Institute for Fiscal Studies, argues": the author speaks through it.
    else if (/^(?:published|released|issued|commissioned|written|compiled|produced|prepared)$/.test(tokens[k + 1].lower) && tokens[k + 2]?.lower === 'by' && k + 3 < j) author = phraseAfter(doc, k + 3, j - 1);
    // "A second study, from the Westmark Institute, found": the body it comes from.
    else if (/^(?:from|by)$/.test(tokens[k + 1].lower) && DOCUMENTS.test(tokens[k - 1]?.lower ?? '') && k + 2 < j) author = phraseAfter(doc, k + 2, j - 1);
    // "Her lawyer, Giorgi Beridze, said": the name in the apposition is the speaker.
    // "The two largest shareholders, Danube Infra and Karpat Capital, said": two names, a joint statement.
    // "the trust’s chief executive, Dr Mina Shah, warned": an honorific may lead the name.
    // "its funding partner, the Global Vaccine Alliance, said": an article may lead an institution's name.
    else if (j - k <= 7 && tokens.slice(k + 1, j).some((x) => isNameWord(doc, x)) && tokens.slice(k + 1, j).every((x, n) => (n === 0 && x.lower === 'the' && ORG_WORDS.test(tokens[j - 1].text)) || isNameWord(doc, x) || CONNECTORS.has(x.lower) || x.text === '-' || x.lower === 'and' || ((HONORIFICS.has(x.lower) || TITLE_WORDS.has(x.lower)) && cap(x)))) appositionName = classify(doc, k + 1, j - 1, '', null);
    // "The host, Ellmark's foreign minister Tomas Brenner, said": a role, then the name at the apposition's end.
    // (Only right after a lower-case role word: "Dr Rhiannon Pryce of Tallis University" is a name with its institution.)
    else if (j - k <= 10 && j - 2 > k && isNameWord(doc, tokens[j - 1]) && isNameWord(doc, tokens[j - 2]) && !TITLE_WORDS.has(tokens[j - 2].lower) && roleBeforeName(doc, k, j)) {
      const n = roleBeforeName(doc, k, j);
      appositionName = classify(doc, n, j - 1, '', null);
      if (appositionName) appositionName = { ...appositionName, title: slice(doc, k + 1, n - 1) };
    }
    // "The study's lead author, Dr Rhiannon Pryce of Tallis University, said": a name with its institution.
    else if (j - k <= 10) {
      const of = tokens.slice(k + 1, j).findIndex((x) => x.lower === 'of' || x.lower === 'at');
      const name = of > 0 ? tokens.slice(k + 1, k + 1 + of) : [];
      if (name.length > 0 && name.every((x) => isNameWord(doc, x) || (HONORIFICS.has(x.lower) && cap(x))) && name.filter((x) => isNameWord(doc, x)).length >= 2 && tokens.slice(k + 2 + of, j).every((x) => cap(x) || x.lower === 'the')) appositionName = classify(doc, k + 1, k + of, '', null);
    }
    j = k - 1;
    // "Wilk, 61, who has always denied the charges, said": an age before the apposition.
    if (j - 2 >= min && /^\d{1,3}$/.test(tokens[j].text) && tokens[j - 1].text === ',') j -= 2;
  }
  // "Families of two men who died in custody said": step over a relative clause without commas.
  if (j >= min && !apposition) {
    for (let k = j - 1; k > min && j - k < 12 && !/^[,.;:]$/.test(tokens[k].text); k--) {
      if (/^(?:who|which)$/.test(tokens[k].lower) && tokens[k - 1] && inPhrase(tokens[k - 1], tokens[k - 2], tokens[k])) {
        const inner = tokens.slice(k + 1, j + 1);
        if (inner.some((x) => x.pos === 'VERB') && !inner.some((x) => speechLemmaLike(x))) j = k - 1;
        break;
      }
    }
  }
  // "the portal Delfi, which, citing two people close to the deal, said": the relative pronoun stands for the name before it.
  if (j - 2 >= min && /^(?:which|who)$/.test(tokens[j].lower) && tokens[j - 1].text === ',') {
    // "The union issued a statement on Friday, which said that …": the statement's issuer speaks.
    let noun = skipBetweenLeft(tokens, j - 2, min);
    // "an open letter to the minister, which …": step back over its addressee.
    const to = tokens.slice(Math.max(min, noun - 4), noun).reverse().find((x) => x.lower === 'to');
    if (to && !/^(?:statement|declaration|letter|resolution|report)$/.test(tokens[noun].lower)) noun = skipBetweenLeft(tokens, to.i - 1, min);
    if (noun > min && /^(?:statement|declaration|letter|resolution|communiqué|communique|report)$/.test(tokens[noun].lower)) {
      let v = noun - 1;
      while (v > min && /^(?:DET|ADJ|NOUN)$/.test(tokens[v].pos) && noun - v < 5) v--;
      if (/^(?:issued|published|released|sent|adopted|signed)$/.test(tokens[v].lower)) {
        const issuer = phraseBefore(doc, v, min);
        if (issuer && issuer.kind !== 'PRONOUN') return { ...issuer, relative: true };
      }
    }
    const antecedent = phraseBefore(doc, j - 1, min);
    return antecedent && antecedent.kind !== 'PRONOUN' ? { ...antecedent, citing: citing ?? antecedent.citing, relative: true } : null;
  }
  const last = j;
  if (j >= min && PRONOUNS[tokens[j].lower] && tokens[j].pos === 'PRON') return classify(doc, j, j, apposition, citing);
  while (j >= min && inPhrase(tokens[j], tokens[j - 1], tokens[j + 1])) j--;
  // A phrase never starts with "of", "and" or a possessive mark.
  let first = j + 1;
  // … nor with a sentence adverb or a conjunction ("Later the bank said", "But the union said").
  // … nor with a year or a number before an article ("In 2019 the same ministry said").
  while (first <= last && (NP_ADP.has(tokens[first].lower) || POSSESSIVE.has(tokens[first].text) || tokens[first].lower === 'and' || (first < last && /^(?:ADV|CCONJ|SCONJ)$/.test(tokens[first].pos)) || (tokens[first].pos === 'NUM' && tokens[first + 1]?.pos === 'DET') || (first < last && /^(?:today|yesterday|now|then|tonight|meanwhile)$/.test(tokens[first].lower)))) first++;
  if (first > last) {
    // "One of them, Ida Lund, said": the described part still opens the phrase.
    let d = appositionAt - 1;
    while (d > min && !/^[,.;:]$/.test(tokens[d - 1].text) && !QUOTE_MARK.test(tokens[d - 1].text) && appositionAt - d < 8) d--;
    return appositionName && appositionAt > min ? { ...appositionName, phraseStart: tokens[Math.max(d, min)].start, first: Math.max(d, min) } : appositionName;
  }
  // "Zieliński and his Czech counterpart, Pavel Dvořák, said": a name, then a described partner named in the apposition.
  const and = tokens.slice(first + 1, last).findIndex((x) => x.lower === 'and');
  if (appositionName?.kind === 'NAMED' && and >= 0) {
    const left = classify(doc, first, first + and, '', citing);
    if (left?.kind === 'NAMED' && left.partner === null) return { ...left, partner: appositionName };
  }
  const main = classify(doc, first, last, apposition, citing);
  // "Clara Mendes, a partner at Ironbark Capital, which led …, called": the name before the description speaks.
  if (main && main.kind !== 'NAMED' && main.kind !== 'PRONOUN' && /^(?:which|who)\b/.test(apposition) && tokens[first - 1]?.text === ',' && first - 2 > min) {
    const named = phraseBefore(doc, first - 1, min);
    if (named?.kind === 'NAMED' && named.isPerson !== false && named.first === doc.sentences[tokens[named.first].sentence].first) return { ...named, title: slice(doc, first, last) };
  }
  if (author?.kind === 'NAMED' && (main === null || DOCUMENTS.test(tokens[last].lower))) return { ...author, phraseStart: tokens[first].start, first };
  // "Aisha Rahman, leader of the council, and Peter Quayle, who chairs the forum, said": two named speakers, each with an apposition.
  if (main?.kind === 'NAMED' && !main.partner && tokens[first - 1]?.lower === 'and' && tokens[first - 2]?.text === ',' && first - 3 > min) {
    const left = phraseBefore(doc, first - 1, min);
    const leads = left && (left.first === doc.sentences[tokens[left.first].sentence].first || tokens[left.first - 1]?.text === ',');
    if (left?.kind === 'NAMED' && !left.partner && leads && left.isPerson !== false && main.isPerson !== false) return { ...left, partner: main };
  }
  // The phrase still starts where the description does, so what precedes it is read right.
  // The description is the named person's role: "the union's general secretary, Rhona Kerr," is no health secretary.
  return appositionName && main?.kind !== 'NAMED' ? { ...appositionName, phraseStart: tokens[first].start, first, title: appositionName.title ?? slice(doc, first, last) } : main;
}

/** Where the name at the end of an apposition starts, when a lower-case role word stands just before it; else 0. */
function roleBeforeName(doc: NlpDocument, k: number, j: number): number {
  const tokens = doc.tokens;
  let n = j - 2;
  while (n - 1 > k && isNameWord(doc, tokens[n - 1]) && !TITLE_WORDS.has(tokens[n - 1].lower)) n--;
  return TITLE_WORDS.has(tokens[n - 1].lower) && !cap(tokens[n - 1]) ? n : 0;
}

const PUBLISHED = /^(?:published|released|issued|presented|unveiled|commissioned|compiled|produced)$/;

/**
 * "A further report published this week claimed", "A report released on Monday by the Halden
 * Trust found": a document described by a participle clause. Its author speaks: the one after
 * "by", else the one the text named before (a DOCUMENT phrase).
 */
function documentPublished(doc: NlpDocument, verb: number, min: number): SpeakerPhrase | null {
  const t = doc.tokens;
  for (let p = verb - 1; p > min && verb - p <= 12; p--) {
    if (t[p].text === ',' || t[p].pos === 'VERB' && !PUBLISHED.test(t[p].lower)) return null;
    const statement = /^(?:statement|communiqué|communique|declaration)$/.test(t[p - 1]?.lower ?? '');
    if (!PUBLISHED.test(t[p].lower) || (!DOCUMENTS.test(t[p - 1].lower) && !statement)) continue;
    let first = p - 1;
    while (first - 1 >= min && /^(?:DET|ADJ)$/.test(t[first - 1].pos) && t[first - 1].text !== ',') first--;
    // "A joint statement issued after the talks said": the statement, as the text names it, unless an author is given.
    if (statement && !t.slice(p + 1, verb).some((x) => x.lower === 'by')) {
      const from = /^(?:a|an|the)$/.test(t[first].lower) ? first + 1 : first;
      return { start: t[from].start, end: t[p - 1].end, name: doc.text.slice(t[from].start, t[p - 1].end), kind: 'NAMED', isPerson: false, phraseStart: t[first].start, first, title: null, citing: null, partner: null };
    }
    const by = t.slice(p + 1, verb).find((x) => x.lower === 'by');
    const author = by ? phraseAfter(doc, by.i + 1, verb - 1) : null;
    if (author?.kind === 'NAMED') return { ...author, phraseStart: t[first].start, first };
    const phrase = classify(doc, first, p - 1, '', null);
    return phrase?.kind === 'DOCUMENT' ? phrase : null;
  }
  return null;
}

/** The speaker phrase that starts at tokens[from] ("said Orlov", "according to the ministry"), or null. */
export function phraseAfter(doc: NlpDocument, from: number, max: number): SpeakerPhrase | null {
  const tokens = doc.tokens;
  let j = from;
  // A phrase never runs on into the next paragraph (a headline's "say campaigners" and the byline under it).
  // "told Reuters the bank would …", "told reporters the ruling …": a determiner after a name or noun starts the next phrase.
  while (j <= max && !(j > from && tokens[j].paragraphStart) && !(j > from && tokens[j].pos === 'DET' && (tokens[j - 1].pos === 'PROPN' || tokens[j - 1].pos === 'NOUN')) && inPhrase(tokens[j], tokens[j - 1], tokens[j + 1])) j++;
  const last = j - 1;
  if (last < from) return null;
  // "said the ministry's spokesman, Dmitri Orlov": the name after the comma is the speaker.
  if (tokens[j]?.text === ',' && j + 1 <= max && isNameWord(doc, tokens[j + 1])) {
    let k = j + 1;
    while (k <= max && inPhrase(tokens[k], tokens[k - 1], tokens[k + 1])) k++;
    const named = classify(doc, j + 1, k - 1, doc.text.slice(tokens[from].start, tokens[last].end), null);
    if (named?.kind === 'NAMED') return named;
  }
  const trailing = tokens[j]?.text === ',' ? appositionAfter(doc, j, max) : '';
  return classify(doc, from, last, trailing, null);
}

function appositionAfter(doc: NlpDocument, comma: number, max: number): string {
  let k = comma + 1;
  while (k <= max && doc.tokens[k].text !== ',' && k - comma < 30) k++;
  return k > comma + 1 ? doc.text.slice(doc.tokens[comma + 1].start, doc.tokens[k - 1].end) : '';
}

const slice = (doc: NlpDocument, a: number, b: number) => doc.text.slice(doc.tokens[a].start, doc.tokens[b].end);

/** Names, groups, unnamed sources, pronouns and back-references, from the phrase's words. */
export function classify(doc: NlpDocument, first: number, last: number, apposition: string, citing: SpeakerPhrase | null): SpeakerPhrase | null {
  const t = doc.tokens;
  // "Both founders said", "the pair said": the two the text has just named.
  const pair = pairPhrase(t, first, last);
  if (pair) return { phraseStart: t[first].start, first, citing, partner: null, kind: 'PAIR', start: t[first].start, end: t[last].end, name: slice(doc, first, last), isPerson: pair.isPerson, title: null };
  // "Both Helix and …": "both" only announces a joint speaker.
  if (t[first].lower === 'both' && first < last) return classify(doc, first + 1, last, apposition, citing);
  for (let k = first + 1; k < last; k++) {
    if (t[k].lower !== 'and' || !cap(t[k - 1])) continue;
    // "Stan and fellow trader Ioana Pop": the partner may come with a description before the name.
    const described = !(cap(t[k + 1]) || (t[k + 1].lower === 'the' && t[k + 2] && cap(t[k + 2])));
    if (described && !cap(t[last])) continue;
    // "Department of Health and Care": one word after "of … and" ends an institution's name.
    if (k + 1 === last && t.slice(first, k).some((x) => x.lower === 'of') && ORG_WORDS.test(slice(doc, first, k - 1))) continue;
    const left = classify(doc, first, k - 1, '', citing);
    const right = classify(doc, k + 1, last, apposition, null);
    if (left?.kind === 'NAMED' && right?.kind === 'NAMED' && (!described || right.title !== null || right.start > t[k + 1].start)) return { ...left, partner: right };
  }
  const base = { phraseStart: t[first].start, first, citing, partner: null };
  const make = (kind: SpeakerPhrase['kind'], a: number, b: number, isPerson: boolean | null, title: string | null = null): SpeakerPhrase => ({
    ...base, kind, start: t[a].start, end: t[b].end, name: slice(doc, a, b), isPerson, title,
  });
  if (first === last && PRONOUNS[t[first].lower]) return make('PRONOUN', first, last, PRONOUNS[t[first].lower] === 'person');
  // A role word, then the name: the name is what follows the last role word.
  // The head comes before a preposition ("delegation in Tbilisi"), except "of" inside a name.
  let head = last;
  for (let k = first + 1; k <= last; k++) {
    if (NP_ADP.has(t[k].lower) && !ofInName(t, k, last)) {
      head = SOURCE_PARTICIPLES.has(t[k - 1].lower) && k - 2 >= first ? k - 2 : k - 1;
      break;
    }
  }
  const headWord = t[head].lower.replace(/^(?:his|her|its|their)\s+/, '');
  const groupHead = (GROUP_HEADS.has(headWord) || ANONYMOUS_HEADS.has(headWord)) && !cap(t[head]) || (GROUP_HEADS.has(headWord) && head === first);
  let lastTitle = -1;
  for (let k = first; k <= head; k++) {
    const possessive = POSSESSIVE.has(t[k].text) && t[k + 1] !== undefined && (!cap(t[k + 1]) || TITLE_WORDS.has(t[k + 1].lower));
    // "the Department of Health": a role word closing an institution's name after "of" is part of it.
    const institutionTail = cap(t[k]) && /^(?:of|for)$/.test(t[k - 1]?.lower ?? '') && k - 2 >= first && cap(t[k - 2]);
    if ((TITLE_WORDS.has(t[k].lower) && !institutionTail) || possessive) lastTitle = k;
  }
  let a = lastTitle + 1 > first ? lastTitle + 1 : first;
  // "Energy Ministry", "National Statistics Office": role words in a capitalised run that ends in an institution's word are part of its name.
  const capitalisedInstitution = cap(t[head]) && ORG_WORDS.test(t[head].text) && t.slice(a, head + 1).every((x) => cap(x) || /^(?:of|for|the|and)$/.test(x.lower)) && lastTitle >= first && cap(t[lastTitle]) && !POSSESSIVE.has(t[lastTitle].text);
  if ((a === head || capitalisedInstitution) && ORG_WORDS.test(t[head].text) && lastTitle >= first) {
    a = first;
    while (a < head && (!cap(t[a]) || t[a].pos === 'DET')) a++;
  }
  // "Basalt Energy", "Apex Health": a role word that ends a capitalised name is part of it (no name follows it).
  if (a > head && lastTitle === head && cap(t[head]) && t[head].pos === 'PROPN' && head > first) {
    let n = first;
    while (n < head && (t[n].pos === 'DET' || !cap(t[n]))) n++;
    // "Department of Public Health": role words after "of" belong to the institution's name too.
    const nameRun = t.slice(n, head).every((x, k, xs) => (cap(x) && x.pos === 'PROPN' && (!TITLE_WORDS.has(x.lower) || xs.slice(0, k).some((y) => y.lower === 'of'))) || (/^(?:of|for|the)$/.test(x.lower) && k > 0));
    if (n < head && !TITLE_WORDS.has(t[n].lower) && nameRun) return make('NAMED', n, head, false);
  }
  while (a <= head && !isNameWord(doc, t[a]) && !(a < head && cap(t[a]) && ORG_WORDS.test(t[head].text) && t[a].pos !== 'DET')) a++;
  if (a <= head && !groupHead) {
    let b = a;
    // A plural possessive inside a name: "Georgian Young Lawyers' Association", "Harbour Workers’ Union".
    // "Swedish Public Health Agency": a role word inside a capitalised run that ends in an institution's word.
    const inInstitution = (k: number) => cap(t[k]) && TITLE_WORDS.has(t[k].lower) && cap(t[head]) && ORG_WORDS.test(t[head].text) && t.slice(k, head + 1).every((x) => cap(x));
    const pluralPossessive = (k: number) => /^['’]$/.test(t[k].text) && /s$/i.test(t[k - 1].text) && k + 1 <= head && (isNameWord(doc, t[k + 1]) || inInstitution(k + 1));
    while (b + 1 <= head && (isNameWord(doc, t[b + 1]) || inInstitution(b + 1) || pluralPossessive(b + 1) || (CONNECTORS.has(t[b + 1].lower) && b + 2 <= last) || t[b + 1].text === '-' || (t[b + 1].text === '.' && b + 2 <= head && t[b + 2].start === t[b + 1].end) || ofInName(t, b + 1, last) || (t[b + 1].lower === 'and' && b + 2 === head))) {
      b++;
      // "Department of Health and Care": one capitalised word after "and" closes an institution's name.
      if (t[b].lower === 'and') {
        if (b + 1 === head && cap(t[head]) && t.slice(a, b).some((x) => x.lower === 'of') && ORG_WORDS.test(slice(doc, a, b - 1))) b++;
        else { b--; break; }
      }
      // "Council of the European Union": step over the article to the name it leads.
      if (/^(?:of|for)$/.test(t[b].lower) && t[b + 1]?.lower === 'the') b++;
      // The capitalised word after it belongs to the name even when it is a role word ("Department of Health").
      if (/^(?:of|for|the)$/.test(t[b].lower) && b + 1 <= head) b++;
    }
    while (b > a && POST_NOMINALS.has(t[b].lower)) b--;
    const name = slice(doc, a, b);
    // "of Hollins Lane, Fenbury": an address, not a speaker ("Downing Street said" is one).
    if (STREET_NAME.test(name) && /^(?:of|on|at|in|from)$/.test(t[a - 1]?.lower ?? '')) return null;
    const titleWords = lastTitle >= first ? slice(doc, first, lastTitle) : null;
    if (b === head || !['NOUN'].includes(t[head].pos) || cap(t[head])) return make('NAMED', a, b, ORG_WORDS.test(name) ? false : null, titleWords);
    // "the Izvestia newspaper", "the Rezonansi daily": the outlet's name before the word for it.
    if (MEDIA_NOUNS.test(t[head].lower)) return make('NAMED', a, b, false, [titleWords, t[head].lower].filter(Boolean).join(' '));
  }
  // Lower-case phrases: groups, unnamed sources, back-references, institutions.
  // "A statement from the African Union said": the body the statement comes from speaks.
  if (/^(?:statement|letter|post|message|communique)$/.test(headWord) && /^(?:from|by|of)$/.test(t[head + 1]?.lower ?? '') && head + 2 <= last) return classify(doc, head + 2, last, apposition, citing);
  if (DOCUMENTS.test(headWord)) {
    // "A survey by the patients' charity Breathe Well found": its author speaks.
    if (/^(?:by|from)$/.test(t[head + 1]?.lower ?? '') && head + 2 <= last) {
      const author = classify(doc, head + 2, last, apposition, citing);
      if (author?.kind === 'NAMED') return { ...author, phraseStart: t[first].start, first };
    }
    const from = /^(?:the|a|an|his|her|its|their)$/.test(t[first].lower) ? first + 1 : first;
    // "the report", "a further study": no author in the phrase; the one named before wrote it.
    if (t.slice(from, head).every((x) => x.pos === 'ADJ' || /^(?:further|new|latest|second|separate|final|same)$/.test(x.lower))) return make('DOCUMENT', first, head, false);
    return from < head ? make('NAMED', from, head, false) : null;
  }
  if (NOT_SPEAKERS.test(headWord)) return null;
  const firstWord = t[first].lower;
  // "the paper said": the outlet the text cited before (resolved by the discourse).
  if (firstWord === 'the' && head === first + 1 && MEDIA_NOUNS.test(headWord)) return make('NAMED', first + 1, head, false, 'outlet');
  const phraseText = slice(doc, first, last) + ' ' + apposition;
  const start = /^(?:the|his|her|its|their|your|our|my)$/.test(firstWord) && first < head ? first + 1 : first;
  if (ANONYMOUS_HEADS.has(headWord) && (INDEFINITE.has(firstWord) || ANONYMITY_MARKERS.test(phraseText))) return make('ANONYMOUS', first, head, null);
  // "a former inspector", "a nurse at the hospital": one unnamed person.
  if ((firstWord === 'a' || firstWord === 'an' || firstWord === 'one') && t[head].pos === 'NOUN' && !/s$/.test(headWord) && !ORG_WORDS.test(headWord)) return make('ANONYMOUS', first, head, true);
  if (GROUP_HEADS.has(headWord)) return make('GROUP', start, head, false);
  if (firstWord === 'the' && BACK_REFERENCE_HEADS.has(headWord)) return make('BACKREF', first, head, true);
  // "Egypt's foreign minister": a role described by its country or body, no name given.
  if (TITLE_WORDS.has(headWord) && t.slice(first, head).some((x) => POSSESSIVE.has(x.text))) return make('ANONYMOUS', start, head, true);
  // "her lawyer", "his spokesman": a person described, not named.
  if (/^(?:his|her|their|its)$/.test(firstWord) && first < head && (BACK_REFERENCE_HEADS.has(headWord) || TITLE_WORDS.has(headWord))) return make('ANONYMOUS', first, head, true);
  // "its operator", "their landlord": a body described by what it runs, perhaps named just after.
  if (/^(?:their|its)$/.test(firstWord) && head === first + 1 && /^(?:operator|owner|developer|landlord|builder)$/.test(headWord)) return make('ANONYMOUS', first, head, null);
  if (ORG_WORDS.test(headWord)) {
    // "Mayor Dana Kirby's office": the role before a name is no part of the office's name ("prime minister's office" keeps it).
    let from = start;
    while (from < head && (BACK_REFERENCE_HEADS.has(t[from].lower) || HONORIFICS.has(t[from].lower)) && cap(t[from]) && t[from + 1] && cap(t[from + 1])) from++;
    return make('NAMED', from, head, false);
  }
  // "Kalinovka's operator": a body or person described through its owner, no name given.
  if (t[head].pos === 'NOUN' && !/s$/.test(headWord) && t.slice(first, head).some((x) => POSSESSIVE.has(x.text))) return make('ANONYMOUS', first, head, null);
  // Any other plural noun that speaks is a group: "pensioners say".
  if (t[head].pos === 'NOUN' && /[^s]s$/.test(headWord)) return make('GROUP', start, head, false);
  return null;
}

