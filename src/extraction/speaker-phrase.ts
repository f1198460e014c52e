import { BETWEEN_WORDS } from './cue-verbs';
import type { NlpDocument, Token } from './nlp-document';
import { TIME_WORD } from './phrase-shapes';
import { classify } from './speaker-classify';
import { ANONYMOUS_HEADS, GROUP_HEADS, ORG_WORDS, PRONOUNS, TITLE_WORDS } from './speaker-words';
import {
  CONNECTORS, DOCUMENTS, HONORIFICS, LINKING_TIME, NP_ADP, POSSESSIVE, QUOTE_MARK, SOURCE_PARTICIPLES, type SpeakerPhrase, cap, isNameWord, slice, speechLemmaLike,
} from './speaker-tokens';

export type { SpeakerPhrase } from './speaker-tokens';
export { classify } from './speaker-classify';

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
  // "The National Union of School Leaders (NUSL) said": an acronym in brackets after the name.
  if (j - 2 > min && tokens[j].text === ')' && tokens[j - 2].text === '(' && /^\p{Lu}{2,}$/u.test(tokens[j - 1].text)) j -= 3;
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
    else if (j - k <= 10 && roleBeforeName(doc, k, j) > 0) {
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
    if (to && !ISSUED_PAPERS.test(tokens[noun].lower)) noun = skipBetweenLeft(tokens, to.i - 1, min);
    if (noun > min && ISSUED_PAPERS.test(tokens[noun].lower)) {
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
  let first = j + 1;
  while (first <= last && notPhraseStart(tokens, first, last)) first++;
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
  // "Our partner charity, Open Kitchen Larkfield, says": a lower-case description gives way to the name after it.
  const described = main?.kind === 'NAMED' && /^\p{Ll}/u.test(main.name);
  return appositionName && (main?.kind !== 'NAMED' || described) ? { ...appositionName, phraseStart: tokens[first].start, first, title: appositionName.title ?? slice(doc, first, last) } : main;
}

/**
 * A word a speaker phrase never starts with: "of", "and", a possessive mark, a sentence adverb
 * or conjunction ("Later the bank said"), a year or a time word before an article ("In 2019
 * the same ministry said", "Today the company …").
 */
function notPhraseStart(tokens: Token[], k: number, last: number): boolean {
  const t = tokens[k];
  if (NP_ADP.has(t.lower) || POSSESSIVE.has(t.text) || t.lower === 'and') return true;
  if (k === last) return false;
  return /^(?:ADV|CCONJ|SCONJ)$/.test(t.pos) || /^(?:today|yesterday|now|then|tonight|meanwhile)$/.test(t.lower)
    || ((t.pos === 'NUM' || TIME_WORD.test(t.lower)) && tokens[k + 1]?.pos === 'DET');
}

/** Where the name (two words or more) at the end of the apposition tokens[k+1 .. j-1] starts, when a lower-case role word stands just before it; else 0. */
function roleBeforeName(doc: NlpDocument, k: number, j: number): number {
  const tokens = doc.tokens;
  if (j - 2 <= k || !isNameWord(doc, tokens[j - 1]) || !isNameWord(doc, tokens[j - 2]) || TITLE_WORDS.has(tokens[j - 2].lower)) return 0;
  let n = j - 2;
  while (n - 1 > k && isNameWord(doc, tokens[n - 1]) && !TITLE_WORDS.has(tokens[n - 1].lower)) n--;
  return TITLE_WORDS.has(tokens[n - 1].lower) && !cap(tokens[n - 1]) ? n : 0;
}

const PUBLISHED = /^(?:published|released|issued|presented|unveiled|commissioned|compiled|produced)$/;
/** Papers a body issues in its own name. */
const ISSUED_PAPERS = /^(?:statement|declaration|letter|resolution|communiqué|communique|report)$/;

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
