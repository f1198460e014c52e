import type { SpeakerKind } from './types';

/** A known actor a speaker may be, with how well the name fits (0..1). */
export interface SpeakerMatch {
  id: string;
  name: string;
  score: number;
}

/**
 * Matches a speaker's name, as resolved from the text, to known actors. The contract:
 * - `name` is the resolved name ("Lena Varga", "Kremlin", "activists"); `kind` says what it is;
 * - return the plausible actors, best first, each with a score in 0..1; an empty list when none;
 * - a score of at least CONFIDENT_MATCH means "this is the actor"; the caller gives its id as
 *   `speakerId` only then, and otherwise shows the list as candidates.
 * Groups and unnamed sources ("a senior official") should normally match nothing.
 */
export interface SpeakerMatcher {
  /** Optional: told every name first, so a matcher that looks names up can do it in one batch. */
  prepare?(names: string[]): Promise<void>;
  match(name: string, kind: SpeakerKind): SpeakerMatch[] | Promise<SpeakerMatch[]>;
}

/** The score from which a match is the actor and not a candidate. */
export const CONFIDENT_MATCH = 0.9;

/** An actor as the matcher knows it. */
export interface KnownActor {
  id: string;
  name: string;
  aliases: string[];
}

/** Lower case, no accents, no punctuation, no leading article or trailing possessive. */
export const foldName = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^(?:the|a|an) /, '');

/**
 * The matcher used until a finer one is plugged in: the known actors' names and aliases,
 * folded (case, accents, punctuation, "the"). An exact folded match scores 1; a surname or
 * single word that ends one name of a person scores 0.6 (a candidate, never confident).
 */
export class NameListMatcher implements SpeakerMatcher {
  private readonly byKey = new Map<string, KnownActor[]>();

  constructor(private readonly actors: KnownActor[]) {
    for (const a of actors) for (const n of [a.name, ...a.aliases]) {
      const key = foldName(n);
      if (key === '') continue;
      const list = this.byKey.get(key) ?? [];
      if (!list.includes(a)) list.push(a);
      this.byKey.set(key, list);
    }
  }

  match(name: string, kind: SpeakerKind): SpeakerMatch[] {
    if (kind === 'GROUP' || kind === 'ANONYMOUS' || kind === 'UNRESOLVED') return [];
    const key = foldName(name);
    const exact = this.byKey.get(key) ?? [];
    // Two actors with the same name: neither is certain.
    const exactScore = exact.length === 1 ? 1 : 0.7;
    const out: SpeakerMatch[] = exact.map((a) => ({ id: a.id, name: a.name, score: exactScore }));
    const last = key.split(' ').at(-1)!;
    if (last.length > 2) {
      for (const a of this.actors) {
        if (out.some((o) => o.id === a.id)) continue;
        if ([a.name, ...a.aliases].some((n) => foldName(n).split(' ').at(-1) === last)) out.push({ id: a.id, name: a.name, score: 0.6 });
      }
    }
    return out.sort((x, y) => y.score - x.score).slice(0, 5);
  }
}
