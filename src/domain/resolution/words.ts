/** Word lists the name keys use. Lower-case, folded (no diacritics). */

/** Honorifics and job titles dropped from a person's name: "President Putin" is Putin. */
export const PERSON_TITLES: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'mx', 'miss', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'rev', 'reverend',
  'hon', 'honourable', 'honorable', 'excellency', 'he', 'president', 'vice', 'prime', 'minister', 'secretary',
  'general', 'ambassador', 'senator', 'judge', 'justice', 'commissioner', 'ombudsman', 'ombudswoman', 'chairman',
  'chairwoman', 'chairperson', 'chair', 'director', 'deputy', 'spokesman', 'spokeswoman', 'spokesperson', 'mayor',
  'governor', 'colonel', 'col', 'gen', 'lt', 'captain', 'capt', 'sheikh', 'phd', 'md', 'esq', 'mp', 'mep', 'ceo',
  'executive', 'senior', 'researcher', 'head', 'foreign', 'chief', 'acting', 'former', 'late', 'jr', 'sr',
]);

/** Words that carry no identity in an organisation's name: "of the", "for", "and". */
export const ORG_STOPWORDS: ReadonlySet<string> = new Set([
  'the', 'of', 'for', 'and', 'in', 'on', 'at', 'to', 'a', 'an', 'de', 'la', 'le', 'les', 'des', 'du', 'del', 'et', 'und', 'fur',
]);
