declare module 'talisman/phonetics/double-metaphone' {
  /** [primary, secondary] Double Metaphone codes. */
  const doubleMetaphone: (word: string) => [string, string];
  export default doubleMetaphone;
}

declare module 'talisman/metrics/damerau-levenshtein' {
  /** Edit distance counting a swap of two neighbouring letters as one edit. */
  const damerauLevenshtein: (a: string, b: string) => number;
  export default damerauLevenshtein;
}
