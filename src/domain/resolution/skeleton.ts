/**
 * One spelling for the common romanisations of a Russian (or other Cyrillic) name word,
 * so Tatiana, Tatyana and Tatjana, Moskalkowa and Moskalkova, Katzarova and Katsarova,
 * Alexei and Aleksey, Fadeyev and Fadeev, Pyotr and Petr all meet. Applied to folded,
 * lower-case ASCII words; the result is a key, never shown.
 */
const RULES: readonly [RegExp, string][] = [
  [/x/g, 'ks'],
  [/tz/g, 'ts'],
  [/kh/g, 'h'],
  [/ph/g, 'f'],
  [/w/g, 'v'],
  [/j/g, 'y'],
  // ye after a vowel or at the start is the same sound as e (Yevgeny/Evgeny, Fadeyev/Fadeev).
  [/(^|[aeiou])ye/g, '$1e'],
  // yo after a consonant is written e as often (Pyotr/Petr, Semyon/Semen).
  [/([^aeiouy])yo/g, '$1e'],
  [/ck/g, 'k'],
  // German and French forms: Schulmann/Shulman, Orloff/Orlov.
  [/sch/g, 'sh'],
  [/off$/, 'ov'],
  [/eff$/, 'ev'],
  // Centre/Center, Theatre/Theater.
  [/([^aeiouy])re$/, '$1er'],
  [/ch/g, '\u0001'],
  [/c/g, 'k'],
  [/\u0001/g, 'ch'],
  [/y/g, 'i'],
  // Doubled letters: Dmitrii/Dmitri, Fadeev/Fadev, Izvestiia/Izvestia.
  [/([a-z])\1+/g, '$1'],
];

export function skeleton(word: string): string {
  return RULES.reduce((w, [pattern, replacement]) => w.replace(pattern, replacement), word);
}
