import doubleMetaphone from 'talisman/phonetics/double-metaphone';
import { transliterate } from 'transliteration';
import { skeleton } from './skeleton';
import { ORG_STOPWORDS, PERSON_TITLES } from './words';

export type ActorKind = 'PERSON' | 'ORGANISATION';

/** One spelling of a name, reduced to the forms names are compared by. */
export interface NameKey {
  /** The spelling as given. */
  text: string;
  kind: ActorKind;
  /** Folded words (NFKC, Latin script, lower case, no diacritics, & = and, U.N. = UN), titles or stopwords dropped. */
  words: string[];
  /** words joined: equal keys are the same name up to case, accents, punctuation and titles. */
  folded: string;
  /** words sorted: equal keys are the same words in another order (Moskalkova, Tatyana). */
  sorted: string;
  /** Transliteration skeletons of the words, sorted (Tatjana Moskalkowa = Tatiana Moskalkova). */
  skeletons: string[];
  /** Primary Double Metaphone code of each skeleton, sorted. */
  phonetic: string[];
  /** Initials of the words, capitalised words spelled out (UN Human Rights Council: unhrc); organisations only. */
  acronym: string | null;
}

/** Letters or digits, each followed by a dot, two or more of them: U.N., U. S. A. */
const INITIALISM = /(?:^|(?<=[^\p{L}\p{N}]))(?:[\p{L}\p{N}]\.\s?){2,}/gu;
const APOSTROPHES = /['’ʼʹ`´]/g;

/** Words of a spelling in Latin script, with their case kept (acronyms are told by it). */
function rawWords(text: string, kind: ActorKind): string[] {
  let t = text.normalize('NFKC').replace(APOSTROPHES, '');
  t = transliterate(t).replace(APOSTROPHES, '').replace(/&/g, ' and ');
  // An organisation's U.N. is UN; a person's J. R. stays two initials.
  if (kind === 'ORGANISATION') t = t.replace(INITIALISM, (m) => `${m.replace(/[.\s]/g, '')} `);
  return t.split(/[^A-Za-z0-9]+/).filter(Boolean);
}

/** "U N Human Rights Council": single letters in a row are one initialism. */
function joinSpacedLetters(words: string[]): string[] {
  const out: string[] = [];
  for (const w of words) {
    const prev = out[out.length - 1];
    if (w.length === 1 && prev !== undefined && /^[A-Z]+$/.test(prev) && /^[A-Z]$/.test(w)) out[out.length - 1] = prev + w;
    else out.push(w);
  }
  return out;
}

const isUpperWord = (w: string) => w.length >= 2 && /^[A-Z0-9]+$/.test(w) && /[A-Z]/.test(w);

function acronymOf(words: string[]): string | null {
  if (words.length === 1) return isUpperWord(words[0]) ? words[0].toLowerCase() : null;
  const letters = words.map((w) => (isUpperWord(w) && w.length <= 4 ? w : w[0])).join('');
  return letters.length >= 2 ? letters.toLowerCase() : null;
}

export function nameKey(text: string, kind: ActorKind): NameKey {
  let raw = rawWords(text, kind);
  if (kind === 'ORGANISATION') raw = joinSpacedLetters(raw);
  const drop = kind === 'PERSON' ? PERSON_TITLES : ORG_STOPWORDS;
  const kept = raw.filter((w) => !drop.has(w.toLowerCase()));
  // A name made only of dropped words ("The Ombudsman") keeps them.
  const chosen = kept.length > 0 ? kept : raw;
  const words = chosen.map((w) => w.toLowerCase());
  const skeletons = words.map(skeleton).sort();
  return {
    text,
    kind,
    words,
    folded: words.join(' '),
    sorted: [...words].sort().join(' '),
    skeletons,
    phonetic: skeletons.map((s) => (/^\d+$/.test(s) ? s : doubleMetaphone(s)[0])).sort(),
    acronym: kind === 'ORGANISATION' ? acronymOf(chosen) : null,
  };
}
