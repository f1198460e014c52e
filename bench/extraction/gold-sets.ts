import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import type { KnownActor } from '../../src/extraction/speaker-matcher';
import { occurrencesOf } from '../../src/domain/quote-span';

const ROOT = path.join(__dirname, '..', '..');

/** One labelled attribution: where it is, who said it, how, and which pattern it shows. */
export interface Gold {
  quote: string;
  start: number;
  end: number;
  speaker: string;
  speakerId: string | null;
  mode: string;
  pattern: string;
}

export interface GoldDoc {
  name: string;
  text: string;
  gold: Gold[];
  voice: string | null;
}

export interface GoldSet {
  name: string;
  docs: GoldDoc[];
  actors: KnownActor[];
}

const readYaml = (p: string) => YAML.parse(fs.readFileSync(p, 'utf8'));

function anchor(text: string, quote: string, occurrence: number, where: string): number {
  const at = occurrencesOf(text, quote)[occurrence - 1];
  if (at === undefined) throw new Error(`${where}: quote not in text: ${JSON.stringify(quote)}`);
  return at;
}

/** A part of the labelled set in eval/extraction (tuning, held-out, held-out-2 … held-out-6). */
export function labelledSet(half: 'tuning' | 'held-out' | 'held-out-2' | 'held-out-3' | 'held-out-4' | 'held-out-5' | 'held-out-6'): GoldSet {
  const dir = path.join(ROOT, 'eval', 'extraction', half);
  const actors = (readYaml(path.join(ROOT, 'eval', 'extraction', 'actors.yaml')).actors as KnownActor[]).map((a) => ({ ...a, aliases: a.aliases ?? [] }));
  const docs = fs.readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort().map((f) => {
    const text = fs.readFileSync(path.join(dir, f.replace(/\.yaml$/, '.txt')), 'utf8');
    const y = readYaml(path.join(dir, f)) as { voice?: string; attributions: { quote: string; speaker: string; speakerId?: string; mode: string; pattern: string; occurrence?: number }[] };
    const gold = y.attributions.map((a) => {
      const start = anchor(text, a.quote, a.occurrence ?? 1, `${half}/${f}`);
      return { quote: a.quote, start, end: start + a.quote.length, speaker: a.speaker, speakerId: a.speakerId ?? null, mode: a.mode, pattern: a.pattern };
    });
    // voice: the author or publisher speaking in its own voice (a statement, an opinion piece).
    return { name: f.replace(/\.yaml$/, ''), text, gold, voice: y.voice ?? null };
  });
  return { name: half, docs, actors };
}

/**
 * The five seed articles with their curated attributions, a second held-out set. Patterns are
 * not labelled there: each attribution counts under its mode. The voice ("we") is the
 * author, or a statement's publisher.
 */
export function seedSet(): GoldSet {
  const seeds = path.join(ROOT, 'seeds');
  const shared = readYaml(path.join(seeds, 'annotations', 'shared.yaml'));
  const actors: KnownActor[] = shared.actors.map((a: { id: string; name: string; aliases?: string[]; acronym?: string }) => ({
    id: a.id, name: a.name, aliases: [...(a.aliases ?? []), ...(a.acronym ? [a.acronym] : [])],
  }));
  const docs = fs.readdirSync(path.join(seeds, 'annotations')).filter((f) => f !== 'shared.yaml').sort().map((f) => {
    const y = readYaml(path.join(seeds, 'annotations', f));
    const text = fs.readFileSync(path.join(seeds, 'sources', y.source.file), 'utf8');
    const seen = new Set<string>();
    const gold: Gold[] = [];
    for (const c of y.claims as { attributions: { quote: string; speakerId: string; mode: string; occurrence?: number }[] }[]) {
      for (const a of c.attributions) {
        const start = anchor(text, a.quote, a.occurrence ?? 1, `seeds/${f}`);
        const key = `${start}:${a.quote.length}:${a.speakerId}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const name = actors.find((x) => x.id === a.speakerId)?.name ?? a.speakerId;
        gold.push({ quote: a.quote, start, end: start + a.quote.length, speaker: name, speakerId: a.speakerId, mode: a.mode, pattern: `(${a.mode})` });
      }
    }
    const voiceId: string | null = y.source.authorIds?.[0] ?? (y.source.kind === 'STATEMENT' ? y.source.publisherId : null);
    return { name: String(y.source.id), text, gold, voice: actors.find((a) => a.id === voiceId)?.name ?? null };
  });
  return { name: 'seeds', docs, actors };
}
