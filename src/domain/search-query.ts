/**
 * Turns what a person typed into a safe Lucene query. Only letters and digits reach
 * Lucene as terms; quoted text becomes a phrase, a trailing * a prefix. Everything else
 * (operators, brackets, colons, backslashes) is treated as a separator, so no input can
 * break the query. Returns null when nothing searchable is left.
 */
export function toLuceneQuery(input: string): string | null {
  const clauses: string[] = [];
  const phrase = /"([^"]*)"/g;
  const rest = input.replace(phrase, (_, inner: string) => {
    const words = wordsOf(inner);
    if (words.length > 1) clauses.push(`"${words.join(' ')}"^3`);
    else if (words.length === 1) clauses.push(termClause(words[0], false));
    return ' ';
  });
  for (const raw of rest.split(/\s+/)) {
    const prefixOnly = raw.endsWith('*');
    for (const word of wordsOf(raw)) clauses.push(termClause(word, prefixOnly));
  }
  if (clauses.length === 0) return null;
  return clauses.slice(0, 32).join(' OR ');
}

const WORD = /[\p{L}\p{N}]+/gu;
/** Lucene's operator words must not act as operators: lower-case them into plain terms. */
const OPERATORS = new Set(['AND', 'OR', 'NOT', 'TO']);

function wordsOf(text: string): string[] {
  return (text.match(WORD) ?? []).map((w) => (OPERATORS.has(w) ? w.toLowerCase() : w));
}

function termClause(word: string, prefixOnly: boolean): string {
  if (prefixOnly) return `${word}*`;
  // Exact matches rank above prefix matches; very short prefixes would match too much.
  return word.length >= 3 ? `(${word}^2 OR ${word}*)` : word;
}
