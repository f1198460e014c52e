/** Search-as-you-type over actors' spellings: what to ask the index, and which spelling matched. */

const WORD = /[\p{L}\p{N}]+/gu;
/** Below this many letters or digits the box shows nothing: one letter matches too much to help. */
export const LOOKUP_MIN_CHARS = 2;

const wordsOf = (text: string) => (text.normalize('NFKC').match(WORD) ?? []).map((w) => w.toLowerCase());

/**
 * A Lucene query in which every typed word must start a word of one of the actor's indexed
 * spellings (+word*). Only letters and digits reach Lucene, so no input can break the query.
 * Null when fewer than LOOKUP_MIN_CHARS letters or digits were typed.
 */
export function lookupLucene(typed: string): string | null {
  const words = wordsOf(typed).slice(0, 8);
  if (words.join('').length < LOOKUP_MIN_CHARS) return null;
  return words.map((w) => `+${w}*`).join(' ');
}

/** Whether every typed word starts some word of a spelling. */
function matches(spelling: string, typed: string[]): boolean {
  const words = wordsOf(spelling);
  return typed.every((t) => words.some((w) => w.startsWith(t)));
}

/** The actor's spelling the typed words fit: its name first, then acronym, then aliases (mention spellings also feed the index). */
export function matchedSpelling(actor: Record<string, unknown>, typed: string): { matched: string; matchedOn: string } {
  const words = wordsOf(typed);
  const name = String(actor.name ?? '');
  if (matches(name, words)) return { matched: name, matchedOn: 'name' };
  if (typeof actor.acronym === 'string' && matches(actor.acronym, words)) return { matched: actor.acronym, matchedOn: 'acronym' };
  const alias = (Array.isArray(actor.aliases) ? actor.aliases : []).map(String).find((a) => matches(a, words));
  if (alias) return { matched: alias, matchedOn: 'alias' };
  return { matched: name, matchedOn: 'mention' };
}
