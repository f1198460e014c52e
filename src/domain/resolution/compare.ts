import damerauLevenshtein from 'talisman/metrics/damerau-levenshtein';
import { token_sort_ratio } from 'fuzzball';
import type { NameKey } from './name-key';

/** How two spellings were found to match, strongest first. */
export const MATCH_METHODS = [
  'EXACT', 'NORMALISED', 'WORD_ORDER', 'TRANSLITERATION', 'ACRONYM', 'INITIALS', 'SURNAME',
  'TRUNCATED', 'TYPO', 'PHONETIC', 'SIMILAR',
] as const;
export type MatchMethod = (typeof MATCH_METHODS)[number];

export interface NameMatch {
  score: number;
  method: MatchMethod;
}

/**
 * Scores of the rules. Each rule that fires says the two spellings are one name written
 * another way; SIMILAR (plain token-sort ratio) is discounted, since two different names
 * often share most of their letters (Anna and Andrei Moskalenko).
 */
const SCORE: Record<Exclude<MatchMethod, 'SIMILAR'>, number> = {
  EXACT: 1, NORMALISED: 0.99, WORD_ORDER: 0.97, TRANSLITERATION: 0.95, ACRONYM: 0.93, INITIALS: 0.9, SURNAME: 0.88,
  TRUNCATED: 0.9, TYPO: 0.9, PHONETIC: 0.88,
};
const SIMILAR_WEIGHT = 0.8;

const initialsOf = (words: readonly string[]) => words.map((w) => w[0]).join('');

/**
 * Whether the word lists say the same once an initialism on either side stands for a run
 * of words on the other: "un human rights council" and "united nations human rights council".
 */
export function alignsWithInitialisms(a: readonly string[], b: readonly string[]): boolean {
  let i = 0;
  let j = 0;
  let expanded = false;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) { i++; j++; continue; }
    const fromA = a[i].length >= 2 && initialsOf(b.slice(j, j + a[i].length)) === a[i];
    const fromB = b[j].length >= 2 && initialsOf(a.slice(i, i + b[j].length)) === b[j];
    if (fromA) { j += a[i].length; i++; expanded = true; } else if (fromB) { i += b[j].length; j++; expanded = true; } else return false;
  }
  return expanded && i === a.length && j === b.length;
}

/** A short form with letters dropped (ENRI for ENNHRI, GANRI for GANHRI): same first and last letter, at most two gone. */
function isAbbreviatedAcronym(short: string, long: string): boolean {
  if (short.length < 4 || long.length - short.length > 2 || long.length <= short.length) return false;
  if (short[0] !== long[0] || short[short.length - 1] !== long[long.length - 1]) return false;
  let k = 0;
  for (const ch of long) if (ch === short[k]) k++;
  return k === short.length;
}

function acronymMatch(q: NameKey, c: NameKey): boolean {
  if (q.kind !== 'ORGANISATION') return false;
  if (alignsWithInitialisms(q.words, c.words)) return true;
  const single = (k: NameKey) => (k.words.length === 1 ? k.words[0] : null);
  const [qs, cs] = [single(q), single(c)];
  if (qs && cs) return isAbbreviatedAcronym(qs, cs) || isAbbreviatedAcronym(cs, qs);
  // A short form against the initials of a full name, through neither side's aliases.
  if (qs && c.acronym && c.words.length > 1) return qs === c.acronym || isAbbreviatedAcronym(qs, c.acronym);
  if (cs && q.acronym && q.words.length > 1) return cs === q.acronym || isAbbreviatedAcronym(cs, q.acronym);
  return false;
}

const isInitial = (w: string) => /^[a-z]$/.test(w);

/** Same words, the other's initial standing for a word ("T. Moskalkova", "Moskalkova T"); a middle initial may be missing. */
function initialsMatch(q: NameKey, c: NameKey): boolean {
  if (q.kind !== 'PERSON' || q.words.length < 2 || c.words.length < 2) return false;
  const [short, long] = q.skeletons.length <= c.skeletons.length ? [q.skeletons, c.skeletons] : [c.skeletons, q.skeletons];
  if (long.length - short.length > 1) return false;
  let usedInitial = false;
  const rest = [...long];
  let initialOnShortSide = false;
  // Full words first, so an initial cannot take a word a full word needs.
  const order = [...short].sort((x, y) => y.length - x.length);
  for (const w of order) {
    const exact = rest.indexOf(w);
    const byInitial = exact >= 0 ? -1 : rest.findIndex((r) => (isInitial(w) && r[0] === w) || (isInitial(r) && w[0] === r));
    const at = exact >= 0 ? exact : byInitial;
    if (at < 0) return false;
    if (byInitial >= 0 && isInitial(w)) initialOnShortSide = true;
    rest.splice(at, 1);
    if (byInitial >= 0) usedInitial = true;
  }
  // A word left over must be an initial on the side that gives initials (T. N. Moskalkova, Joseph R. Biden);
  // "Twin A" is not "Twin B alias".
  const ok = rest.every(isInitial) && !(rest.length > 0 && initialOnShortSide);
  return ok && (usedInitial || rest.length === 1) && short.some((w) => w.length > 1);
}

/** A lone surname given for a full name: "Moskalkova" for "Tatyana Moskalkova" (not the other way round). */
function surnameMatch(q: NameKey, c: NameKey): boolean {
  if (q.kind !== 'PERSON' || q.skeletons.length !== 1 || c.skeletons.length < 2) return false;
  const word = q.skeletons[0];
  return word.length >= 4 && c.skeletons.includes(word);
}

/** All words alike but the last, cut short: "SOPA Ima" for "SOPA Images". */
function truncatedMatch(q: NameKey, c: NameKey): boolean {
  // Orlov and Orlovsky are two surnames.
  if (q.kind === 'PERSON') return false;
  if (q.words.length !== c.words.length || q.words.length < 2) return false;
  const n = q.words.length - 1;
  if (q.words.slice(0, n).join(' ') !== c.words.slice(0, n).join(' ')) return false;
  const [a, b] = [q.words[n], c.words[n]];
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 3 && short !== long && long.startsWith(short);
}

/** Petrov and Petrova, Alexander and Alexandra: a feminine ending makes another person, not a typo. */
const genderedPair = (a: string, b: string) => a.endsWith('a') !== b.endsWith('a');

const isSwap = (a: string, b: string) => a.length === b.length && [...a].sort().join('') === [...b].sort().join('');

/**
 * Whether two words differ only by a typo. A swap of two letters always is one; a wrong,
 * missing or extra letter only in long words, and in a person's name only from 8 letters
 * on: Sofia and Sonia, Yashin and Yashkin, Hadid and Haddad are other people.
 */
function typoWords(xs: readonly string[], ys: readonly string[], kind: NameKey['kind']): boolean {
  if (xs.length !== ys.length) return false;
  let edits = 0;
  for (let i = 0; i < xs.length; i++) {
    const [a, b] = [xs[i], ys[i]];
    if (a === b) continue;
    if (kind === 'PERSON' && genderedPair(a, b)) return false;
    const shorter = Math.min(a.length, b.length);
    const d = damerauLevenshtein(a, b);
    const swap = d === 1 && isSwap(a, b) && shorter >= 4;
    const allowed = kind === 'PERSON' ? (shorter >= 8 ? 1 : 0) : shorter >= 8 ? 2 : shorter >= 5 ? 1 : 0;
    if (!swap && d > allowed) return false;
    edits += d;
  }
  return edits > 0;
}

/** The same words, each alike up to a letter or two (a swap counts as one edit), compared as written and as skeletons. */
function typoMatch(q: NameKey, c: NameKey): boolean {
  // Acronyms are codes: UNHCR is not a typo for UNHRC.
  const isCode = (k: NameKey) => k.words.length === 1 && k.acronym !== null;
  if (isCode(q) || isCode(c)) return false;
  return typoWords(q.skeletons, c.skeletons, q.kind) || typoWords([...q.words].sort(), [...c.words].sort(), q.kind);
}

const VOWEL = /[aeiou]/;
/** One vowel written for another (Hadid, Haddad after skeletons; Beridze, Beradze): Metaphone cannot hear it, but it makes another name. */
function vowelSwapped(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const at = [...a].findIndex((ch, i) => ch !== b[i]);
  return at >= 0 && VOWEL.test(a[at]) && VOWEL.test(b[at]);
}

/** Two or more words that sound alike, one of them spelled alike (Jon Smith, John Smith); a lone word is too little (Biden, Putin). */
const samePhonetics = (q: NameKey, c: NameKey) =>
  q.kind === 'PERSON' &&
  q.phonetic.length >= 2 &&
  q.phonetic.length === c.phonetic.length &&
  q.phonetic.every((p, i) => p.length >= 2 && p === c.phonetic[i]) &&
  // Double Metaphone keeps four sounds (Orlov, Orlovsky; Lindgren, Lindqvist) and drops vowels (Peter, Petra): the spellings must be near too.
  q.skeletons.every((w, i) => damerauLevenshtein(w, c.skeletons[i]) <= 1 && !vowelSwapped(w, c.skeletons[i])) &&
  q.skeletons.some((w) => w.length >= 4 && c.skeletons.includes(w));

/** How well one spelling matches another of the same kind; the query is the spelling being added. */
export function compareNames(q: NameKey, c: NameKey): NameMatch {
  const rule = (method: Exclude<MatchMethod, 'SIMILAR'>): NameMatch => ({ score: SCORE[method], method });
  if (q.text === c.text) return rule('EXACT');
  if (q.folded === c.folded) return rule('NORMALISED');
  if (q.sorted === c.sorted) return rule('WORD_ORDER');
  // Numbers name things apart (Speaker 1, Speaker 12; Group of 7, Group of 20): only similarity is left.
  if (numbersOf(q) !== numbersOf(c)) return similar(q, c);
  if (q.skeletons.join(' ') === c.skeletons.join(' ')) return rule('TRANSLITERATION');
  if (acronymMatch(q, c)) return rule('ACRONYM');
  if (initialsMatch(q, c)) return rule('INITIALS');
  if (truncatedMatch(q, c)) return rule('TRUNCATED');
  if (typoMatch(q, c)) return rule('TYPO');
  if (surnameMatch(q, c)) return rule('SURNAME');
  if (samePhonetics(q, c)) return rule('PHONETIC');
  return similar(q, c);
}

const numbersOf = (k: NameKey) => k.words.filter((w) => /\d/.test(w)).sort().join(' ');

function similar(q: NameKey, c: NameKey): NameMatch {
  return { score: (SIMILAR_WEIGHT * token_sort_ratio(q.skeletons.join(' '), c.skeletons.join(' '))) / 100, method: 'SIMILAR' };
}
