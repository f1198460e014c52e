import type { Token } from './nlp-document';
import { ORG_PLURALS, PERSON_PLURALS } from './speaker-words';

// Shapes of speaker phrases that need more than one word's look: "of" inside a name, two speakers taken up again.

const cap = (t: Token) => /^\p{Lu}/u.test(t.text);
/** Words of a time phrase, which never belong to a name ("Orlov on Monday"). */
export const TIME_WORD = /^(?:\d+|week|month|year|weekend|morning|afternoon|evening|night|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|day|days|time|statement)$/;

/** "of" inside a name: "Ministry of Health", "Council of the European Union". */
export function ofInName(t: Token[], k: number, last: number): boolean {
  if (!/^(?:of|for)$/.test(t[k].lower) || !cap(t[k - 1])) return false;
  const next = t[k + 1]?.lower === 'the' && k + 2 <= last ? t[k + 2] : t[k + 1];
  // "Department for Transport", but not "Orlov for Monday's talks".
  return next !== undefined && cap(next) && (t[k].lower === 'of' || (!TIME_WORD.test(next.lower) && !/['’]/.test(t[k + 2]?.text ?? '')));
}

/** "Both", "the two companies", "both men", "the pair": two speakers named just before, and whether they are people. */
export function pairPhrase(t: Token[], first: number, last: number): { isPerson: boolean | null } | null {
  if (first === last && t[first].lower === 'both') return { isPerson: null };
  if (last === first + 1 && t[first].lower === 'the' && /^(?:pair|duo|couple)$/.test(t[last].lower)) return { isPerson: t[last].lower === 'couple' ? true : null };
  const plural = t[last].pos === 'NOUN' && /s$|^(?:men|women|people)$/.test(t[last].lower) && !cap(t[last]);
  if (!plural || !((t[first].lower === 'the' && t[first + 1]?.lower === 'two' && last - first <= 3) || (t[first].lower === 'both' && last - first <= 2))) return null;
  return { isPerson: PERSON_PLURALS.test(t[last].lower) ? true : ORG_PLURALS.test(t[last].lower) ? false : null };
}

/** The first token after a dateline's dash ("LJUBLJANA, Nov 3 (Adria Press) - …") among t[first, end), else `first`. */
export function afterDateline(t: Token[], first: number, end: number): number {
  const dash = t.slice(first, end).find((x) => /^[-—–]$/.test(x.text));
  return dash ? dash.i + 1 : first;
}
