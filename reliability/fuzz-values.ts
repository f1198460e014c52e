/** A small seeded PRNG (mulberry32): the same seed gives the same fuzz run. */
export class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }
}

/** Ids of the seed graph, by kind, so generated operations reach real nodes as well as missing ones. */
export interface KnownIds {
  all: string[];
  claims: string[];
  actors: string[];
  persons: string[];
  organisations: string[];
  sources: string[];
  sourcesWithText: string[];
  events: string[];
  attributions: string[];
}

/** Page sizes around every edge: 0, 1, odd, the cap, over it, negative, and far out of range. */
export const PAGE_SIZES = [0, 1, 2, 3, 7, 13, 20, 99, 100, 101, 500, 501, 1000, -1, -100, 2147483647, -2147483648];

/** Lucene syntax that must be taken as plain text by search. */
export const LUCENE = [
  'title:foo AND (bar OR "baz`~2^3 \\\\ /regex/',
  'ENRI~',
  'a* OR b?',
  '"unclosed phrase',
  '(((',
  ')))',
  'NOT',
  'AND OR NOT',
  '+-&&||!(){}[]^"~*?:\\/',
  'name:[a TO z]',
  '/.*/',
  '*',
  '?',
  '\\',
  'Moskalkova^100',
  'ENNHRI~0.5',
  '"quoted phrase"~10',
  '{!lucene}',
  'field:"x" AND',
];

/** Text that tends to break encoders: astral plane, right-to-left, combining marks, NUL and other controls. */
export const UNICODE = [
  '😀🏳️‍🌈𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
  'שלום עולם مرحبا',
  '\u202Eevil\u202C',
  'a\u0000b',
  '\u0000',
  'e\u0301\u0301\u0301',
  '\uFEFFbom',
  '\uD800',
  '\uDC00x',
  'Москалькова',
  '\t\r\n\u2028\u2029',
  '𠀀𠀁𠀂',
  'ﷺ',
  '​',
];

export function randomText(rng: Rng, maxLength = 40): string {
  switch (rng.int(0, 6)) {
    case 0:
      return rng.pick(LUCENE);
    case 1:
      return rng.pick(UNICODE);
    case 2:
      return '';
    case 3:
      return ' '.repeat(rng.int(1, 5));
    case 4:
      return rng.pick(['ENRI', 'Moskalkova', 'ENNHRI', 'GANHRI', 'Russia', 'Ombudsman', 'accreditation', 'exit']);
    default: {
      const alphabet = 'abcdefghijklmnopqrstuvwxyz ABC0123456789-_.\'"\\{}$@#%é中😀';
      const chars = Array.from(alphabet);
      return Array.from({ length: rng.int(1, maxLength) }, () => rng.pick(chars)).join('');
    }
  }
}

/** A string of exactly n UTF-16 code units for n ≥ 6, ending in multi-byte ones so byte and character counts differ. */
export const hugeString = (n: number) => 'x'.repeat(Math.max(0, n - 6)) + 'é中😀ab';

export function randomId(rng: Rng, ids: KnownIds): string {
  return rng.chance(0.7) && ids.all.length > 0
    ? rng.pick(ids.all)
    : rng.pick(['', 'nope', 'claim-does-not-exist', 'src-xyz', "'; DROP", '0', 'a'.repeat(201), rng.pick(UNICODE), rng.pick(LUCENE)]);
}

export const PARTIAL_DATES = ['2023', '2023-04', '2023-04-11', '1999-12-31', '2023-13', '2023-02-30', '0000', '99999', 'yesterday', '', '2023/04/11', '2023-4-1'];
