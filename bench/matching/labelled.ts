import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';

export type QueryKind = 'paraphrase' | 'reordering' | 'partial quote' | 'summary' | 'headline';
export type NegativeKind = 'number' | 'date' | 'actor' | 'negation';
export type Split = 'tune' | 'held-out';

export interface PositiveQuery {
  text: string;
  kind: QueryKind;
  targetId: string;
  split: Split;
}
export interface NegativeQuery {
  text: string;
  kind: NegativeKind;
  targetId: string;
  split: Split;
}
export interface LabelledSet {
  targets: { id: string; text: string; split: Split }[];
  positives: PositiveQuery[];
  negatives: NegativeQuery[];
  unrelated: { text: string; split: Split }[];
}

const KINDS: Record<string, QueryKind> = { p: 'paraphrase', r: 'reordering', q: 'partial quote', s: 'summary', h: 'headline' };
const NEG: Record<string, NegativeKind> = { n: 'number', d: 'date', a: 'actor', x: 'negation' };

/** Every other target (and all its queries) tunes; the rest is held out and only reported. */
const splitOf = (i: number): Split => (i % 2 === 0 ? 'tune' : 'held-out');

export function readLabelledSet(dir = __dirname): LabelledSet {
  const entries = ['labelled-1.yaml', 'labelled-2.yaml'].flatMap(
    (f) => YAML.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as Record<string, unknown>[],
  );
  const set: LabelledSet = { targets: [], positives: [], negatives: [], unrelated: [] };
  entries.forEach((e, i) => {
    const id = `claim-target-${String(i).padStart(3, '0')}`;
    const split = splitOf(i);
    set.targets.push({ id, text: String(e.claim), split });
    for (const [k, kind] of Object.entries(KINDS)) if (typeof e[k] === 'string') set.positives.push({ text: e[k] as string, kind, targetId: id, split });
    for (const n of (e.n as Record<string, string>[]) ?? []) {
      const [k, text] = Object.entries(n)[0];
      set.negatives.push({ text, kind: NEG[k], targetId: id, split });
    }
  });
  const unrelated = YAML.parse(fs.readFileSync(path.join(dir, 'unrelated.yaml'), 'utf8')) as string[];
  set.unrelated = unrelated.map((text, i) => ({ text, split: splitOf(i) }));
  return set;
}
