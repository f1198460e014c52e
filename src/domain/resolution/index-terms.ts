import type { ActorKind, NameKey } from './name-key';

/**
 * The text a full-text index holds for an actor, so candidates can be found without
 * reading every actor: the kind, each word and its transliteration skeleton, the initials
 * of each spelling and (persons) phonetic codes. Terms are [a-z0-9] only.
 */
export function resolutionText(kind: ActorKind, keys: readonly NameKey[]): string {
  const terms = new Set<string>([kindTerm(kind)]);
  for (const k of keys) {
    k.words.forEach((w) => terms.add(w));
    k.skeletons.forEach((s) => terms.add(s));
    if (k.acronym) terms.add(k.acronym);
    if (kind === 'PERSON') k.phonetic.forEach((p) => terms.add(phoneticTerm(p)));
  }
  return [...terms].filter((t) => /^[a-z0-9]+$/.test(t)).join(' ');
}

const kindTerm = (kind: ActorKind) => `kind${kind.toLowerCase()}`;
const phoneticTerm = (code: string) => `ph${code.toLowerCase()}`;

/** Lucene fuzziness: none for short words, where one edit is another word. */
function fuzzy(term: string, singleWord: boolean): string {
  if (singleWord && term.length >= 4) return `${term}~2`;
  if (term.length >= 8) return `${term}~2`;
  if (term.length >= 5) return `${term}~1`;
  return term;
}

/** Bounds the Lucene query a long name makes. */
const MAX_TERMS = 40;

/**
 * The Lucene query that shortlists actors of one kind for the given spellings; null when
 * nothing searchable is left. Built only from [a-z0-9] terms, so no input can change its syntax.
 */
export function shortlistQuery(kind: ActorKind, keys: readonly NameKey[]): string | null {
  const terms = new Set<string>();
  for (const k of keys) {
    const single = k.words.length === 1;
    k.words.forEach((w) => terms.add(fuzzy(w, single)));
    k.skeletons.forEach((s) => terms.add(fuzzy(s, single)));
    if (k.acronym) terms.add(k.acronym);
    if (kind === 'PERSON') k.phonetic.forEach((p) => terms.add(phoneticTerm(p)));
  }
  const clauses = [...terms].filter((t) => /^[a-z0-9]+(~[12])?$/.test(t)).slice(0, MAX_TERMS);
  return clauses.length > 0 ? `+${kindTerm(kind)} +(${clauses.join(' OR ')})` : null;
}
