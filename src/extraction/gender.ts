import { getGender } from 'gender-detection-from-name';

export type Gender = 'male' | 'female' | null;

const MALE_HONORIFICS = new Set(['mr', 'mr.', 'sir', 'lord', 'king', 'prince', 'father', 'brother']);
const FEMALE_HONORIFICS = new Set(['mrs', 'mrs.', 'ms', 'ms.', 'miss', 'dame', 'lady', 'queen', 'princess', 'sister', 'mother']);

/** The gender an honorific or role word before a name gives ("Mrs", "Sir"), if any. */
export function genderOfTitle(title: string): Gender {
  for (const w of title.toLowerCase().split(/\s+/)) {
    if (MALE_HONORIFICS.has(w)) return 'male';
    if (FEMALE_HONORIFICS.has(w)) return 'female';
  }
  return null;
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '');

/**
 * The gender a person's first name usually has, from the name lists of
 * gender-detection-from-name (several languages); null when the name is unknown or not a
 * person's full name.
 */
export function genderOfFirstName(fullName: string): Gender {
  const parts = fullName.split(/\s+/);
  if (parts.length < 2) return null;
  const g = getGender(fold(parts[0]));
  return g === 'unknown' ? null : g;
}

/** The usual gender of one given name standing alone ("Manana"), or null. */
export function genderOfGivenName(word: string): Gender {
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return null;
  const g = getGender(fold(word));
  return g === 'unknown' ? null : g;
}

/** Whether a pronoun may stand for someone of this gender (unknown fits either). */
export const pronounFits = (pronoun: string, g: Gender): boolean =>
  g === null || (pronoun === 'he' || pronoun === 'him' || pronoun === 'his' ? g === 'male' : pronoun === 'she' || pronoun === 'her' ? g === 'female' : true);

const MALE_NOUNS = /\b(?:spokesman|chairman|man|businessman|councilman|congressman|assemblyman|alderman|father|son|brother|husband|grandfather|boy)$/i;
const FEMALE_NOUNS = /\b(?:spokeswoman|chairwoman|woman|businesswoman|councilwoman|congresswoman|assemblywoman|alderwoman|mother|daughter|sister|wife|grandmother|girl)$/i;

/** The gender an unnamed person's description gives ("a government spokesman", "a woman"), if any. */
export function genderOfDescription(description: string): Gender {
  if (MALE_NOUNS.test(description)) return 'male';
  if (FEMALE_NOUNS.test(description)) return 'female';
  return null;
}
