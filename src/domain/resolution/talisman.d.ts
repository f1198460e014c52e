declare module 'talisman/phonetics/double-metaphone' {
  /** [primary, secondary] Double Metaphone codes. */
  const doubleMetaphone: (word: string) => [string, string];
  export default doubleMetaphone;
}
