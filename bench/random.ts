/**
 * Deterministic randomness by entity: every generated entity draws from its own stream,
 * seeded by (seed, kind, index), so any entity can be rebuilt alone — which is what lets
 * the generator stream, resume mid-way, and rebuild an attribution's links in a later pass.
 */

/** 32-bit mix (murmur3 finaliser). */
export function mix32(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

const stringHash = (s: string): number => {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
};

/** A small PRNG (mulberry32) for one entity. */
export class Rng {
  private state: number;

  constructor(seed: number, kind: string, index: number) {
    this.state = mix32(mix32(seed ^ stringHash(kind)) ^ mix32(index + 0x9e3779b9));
  }

  /** Uniform in [0, 1). */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }

  /** A rank in [0, n) from a Zipf-like law with exponent s (0 < s, s ≠ 1): rank 0 is the most frequent. */
  zipf(n: number, s: number): number {
    const u = this.next();
    const a = 1 - s;
    const r = Math.pow((Math.pow(n + 1, a) - 1) * u + 1, 1 / a) - 1;
    return Math.min(n - 1, Math.max(0, Math.floor(r)));
  }
}

/** A fixed bijection on [0, n): spreads "popular" ranks over the id space. */
export function permute(rank: number, n: number): number {
  let m = multipliers.get(n);
  if (m === undefined) {
    // A multiplier coprime with n walks every index exactly once.
    m = 2654435761 % n || 1;
    while (gcd(m, n) !== 1) m += 1;
    multipliers.set(n, m);
  }
  return Number((BigInt(rank) * BigInt(m) + 12345n) % BigInt(n));
}

const multipliers = new Map<number, number>();

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}
