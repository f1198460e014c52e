import { sha256 } from '../domain/sha256';

/**
 * Text signals of claim matching, pure: the normalised form and its hash, words, content
 * terms, and the details (numbers, dates, names, negation) that tell two close wordings apart.
 */

/**
 * Remembers a text function's answers: one match scores a statement against ~100 candidates,
 * and the statement was analysed again for each (a fifth of a request's time at scale M).
 * Bounded; answers are shared, so callers must not change them.
 */
function memo<T>(f: (text: string) => T, size = 4096): (text: string) => T {
  const seen = new Map<string, T>();
  return (text) => {
    let v = seen.get(text);
    if (v === undefined) {
      if (seen.size >= size) seen.clear();
      seen.set(text, (v = f(text)));
    }
    return v;
  };
}

/** Case, accents, quotes, dashes, punctuation and spacing removed: two wordings that differ only there hash alike. */
export const normaliseText = memo((text: string): string =>
  text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[‘’`´]/g, "'")
    .replace(/(\d),(?=\d{3}\b)/g, '$1')
    .replace(/[^\p{L}\p{N}%.']+/gu, ' ')
    .replace(/(?<!\d)\.|\.(?!\d)/g, ' ')
    .replace(/'(?!\p{L})|(?<!\p{L})'/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim(),
);

/** SHA-256 of the normalised text: the exact-match key stored with each claim's vector. */
export const normalisedHash = (text: string): string => sha256(normaliseText(text));

/** Words as a reader counts them. */
export const wordsOf = memo((text: string): string[] => normaliseText(text).split(' ').filter((w) => /[\p{L}\p{N}]/u.test(w)));

export const wordCount = (text: string): number => wordsOf(text).length;

const STOP = new Set(
  ('because during under while since despite if though although once a an the and or but of to in on at by for from with as is are was were be been being it its this that these those there their they them he she his her him ' +
    'we our us you your i me my has have had do does did will would shall should can could may might must also than then so such into over about after before ' +
    "which who whom whose what when where why how said says say according told stated claim claims claimed says that's it's s").split(' '),
);

/** A crude English stem: enough to meet "protests" with "protest" and "banned" with "ban". */
export function stem(word: string): string {
  if (/^\d/.test(word) || word.length <= 4) return word;
  return word
    .replace(/'s$/, '')
    .replace(/(ies)$/, 'y')
    .replace(/(sses)$/, 'ss')
    .replace(/([^s])s$/, '$1')
    .replace(/(ing|ed)$/, '')
    .replace(/(.)\1$/, '$1');
}

/** Words that carry content: no stop words, stemmed. */
export const contentTerms = memo((text: string): string[] => wordsOf(text).filter((w) => !STOP.has(w) && !STOP.has(w.replace(/'s$/, ''))).map(stem));

const NUMBER_WORDS: Record<string, string> = {
  one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10',
  eleven: '11', twelve: '12', fifteen: '15', twenty: '20', thirty: '30', forty: '40', fifty: '50', hundred: '100', dozen: '12',
  half: '0.5', third: '3rd', first: '1st', second: '2nd',
};
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_SHORT = Object.fromEntries(MONTHS.map((m) => [m.slice(0, 3), m]));
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** Numbers (digits or number words), months and weekdays: the details a hard negative changes. */
export const quantitiesOf = memo(function quantitiesOf(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of wordsOf(text)) {
    const bare = w.replace(/%$/, '');
    if (/^\d+(\.\d+)?(st|nd|rd|th|s)?$/.test(bare)) out.add(bare.replace(/(st|nd|rd|th|s)$/, ''));
    else if (NUMBER_WORDS[w]) out.add(NUMBER_WORDS[w].replace(/(st|nd|rd)$/, ''));
    else if (MONTHS.includes(w) || WEEKDAYS.includes(w)) out.add(w);
    else if (MONTH_SHORT[w] && w !== 'may' && w !== 'mar') out.add(MONTH_SHORT[w]);
  }
  return out;
});

/** Capitalised words past a sentence's start, and acronyms: names of actors and places. */
export const namesOf = memo(function namesOf(text: string): Set<string> {
  const out = new Set<string>();
  const tokens = text.normalize('NFKD').replace(/\p{M}+/gu, '').split(/\s+/);
  tokens.forEach((raw, i) => {
    const t = raw.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '').replace(/'s$/, '');
    if (!t) return;
    const sentenceStart = i === 0 || /[.!?:]["'”’]?$/.test(tokens[i - 1] ?? '');
    const acronym = /^\p{Lu}{2,}$/u.test(t);
    // A sentence's first word is often its subject ("Employers said …"): a name unless a stop word.
    const subject = sentenceStart && /^\p{Lu}\p{Ll}/u.test(t) && !STOP.has(t.toLowerCase());
    if (acronym || subject || (!sentenceStart && /^\p{Lu}\p{Ll}/u.test(t))) out.add(t.toLowerCase());
  });
  return out;
});

const NEGATORS = new Set(['not', 'no', 'never', 'none', 'nobody', 'nothing', 'neither', 'nor', 'without', 'cannot', "can't", "won't", "don't", "doesn't", "didn't", "isn't", "aren't", "wasn't", "weren't", "hasn't", "haven't", "hadn't", "couldn't", "wouldn't", "shouldn't", 'deny', 'denied', 'denies', 'false', 'untrue', 'refused', 'refuses', 'declined', 'rejected', 'rejects']);

/** How many negating words a text holds; an odd difference flips its meaning. */
export const negationsOf = memo((text: string): number => wordsOf(text).filter((w) => NEGATORS.has(w) || w.endsWith("n't")).length);

/** Pairs of words that turn a statement into its opposite. */
const OPPOSITES: [string, string][] = [
  ['increase', 'decrease'], ['increased', 'decreased'], ['rise', 'fall'], ['rose', 'fell'], ['risen', 'fallen'], ['rising', 'falling'],
  ['grew', 'shrank'], ['higher', 'lower'], ['more', 'fewer'], ['more', 'less'], ['gain', 'loss'], ['gained', 'lost'], ['won', 'lost'], ['win', 'lose'],
  ['approved', 'rejected'], ['approve', 'reject'], ['supported', 'opposed'], ['support', 'oppose'], ['supports', 'opposes'],
  ['allowed', 'banned'], ['allow', 'ban'], ['permitted', 'forbidden'], ['legal', 'illegal'], ['accepted', 'refused'], ['accept', 'refuse'],
  ['opened', 'closed'], ['open', 'closed'], ['joined', 'left'], ['join', 'leave'], ['majority', 'minority'], ['raised', 'cut'], ['raise', 'cut'],
  ['doubled', 'halved'], ['above', 'below'], ['before', 'after'], ['guilty', 'innocent'], ['acquitted', 'convicted'], ['ally', 'rival'],
  ['lifted', 'imposed'], ['signed', 'vetoed'], ['acquitted', 'sentenced'], ['cleared', 'stripped'], ['hired', 'laid'], ['hired', 'fired'],
  ['surged', 'collapsed'], ['held', 'collapsed'], ['for', 'against'], ['start', 'stop'], ['grow', 'shrink'], ['expand', 'shrink'], ['add', 'remove'],
  ['added', 'removed'], ['strengthened', 'weakened'], ['best', 'worst'], ['success', 'failure'], ['profit', 'loss'], ['export', 'import'], ['ended', 'began'], ['passed', 'failed'], ['confirmed', 'denied'], ['expanded', 'reduced'],
];

const NEGATING_PREFIXES = ['un', 'in', 'il', 'im', 'ir', 'dis', 'non'];

/** The opposites one text uses and the other does not: "rose" against "fell", "lawful" against "unlawful". */
export function oppositesBetween(a: string, b: string): string[] {
  const wa = new Set(wordsOf(a));
  const wb = new Set(wordsOf(b));
  const out: string[] = [];
  for (const [x, y] of [[wa, wb], [wb, wa]] as const) {
    for (const w of x) {
      const p = NEGATING_PREFIXES.find((pre) => w.startsWith(pre) && w.length - pre.length >= 4 && y.has(w.slice(pre.length)) && !x.has(w.slice(pre.length)));
      if (p && !y.has(w)) out.push(`${w}/${w.slice(p.length)}`);
    }
  }
  for (const [x, y] of OPPOSITES) {
    if (wa.has(x) && !wa.has(y) && wb.has(y) && !wb.has(x)) out.push(`${x}/${y}`);
    else if (wa.has(y) && !wa.has(x) && wb.has(x) && !wb.has(y)) out.push(`${y}/${x}`);
  }
  return out;
}
