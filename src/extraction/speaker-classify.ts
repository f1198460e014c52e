import type { NlpDocument } from './nlp-document';
import { ofInName, pairPhrase } from './phrase-shapes';
import {
  ANONYMITY_MARKERS, ANONYMOUS_HEADS, BACK_REFERENCE_HEADS, GROUP_HEADS, INDEFINITE, ORG_WORDS, POST_NOMINALS, PRONOUNS, STREET_NAME, TITLE_WORDS,
} from './speaker-words';
import {
  CONNECTORS, DOCUMENTS, HONORIFICS, MEDIA_NOUNS, NOT_SPEAKERS, NP_ADP, POSSESSIVE, SOURCE_PARTICIPLES, type SpeakerPhrase, cap, isNameWord, slice,
} from './speaker-tokens';

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
    if (k + 1 === last && t.slice(first, k).some((x) => x.lower === 'of' || x.lower === 'for') && ORG_WORDS.test(slice(doc, first, k - 1))) continue;
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
  // "National Union of School Leaders": an institution's word, then "of" and its capitalised subject.
  const ofInstitution = lastTitle >= first && t.slice(first, head).some((x, n, xs) => cap(x) && ORG_WORDS.test(x.text) && /^(?:of|for)$/.test(xs[n + 1]?.lower ?? '')) && t.slice(first, head + 1).every((x) => cap(x) || /^(?:of|for|the|and)$/.test(x.lower)) && cap(t[head]);
  if (ofInstitution) {
    let n = first;
    while (n < head && (!cap(t[n]) || t[n].pos === 'DET')) n++;
    return make('NAMED', n, head, false);
  }
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
        if (b + 1 === head && cap(t[head]) && t.slice(a, b).some((x) => x.lower === 'of' || x.lower === 'for') && ORG_WORDS.test(slice(doc, a, b - 1))) b++;
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
  if ((firstWord === 'a' || firstWord === 'an' || firstWord === 'one' || firstWord === 'another') && t[head].pos === 'NOUN' && !/s$/.test(headWord) && !ORG_WORDS.test(headWord)) return make('ANONYMOUS', first, head, true);
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
