import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import type { KnownActor } from '../src/domain/analysis/extraction';
import { suggestAttributions } from '../src/domain/analysis/extraction';
import { scoreExtraction, spansAgreeStrictly, type Curated, type ExtractionScore } from '../src/domain/analysis/extraction-score';
import { occurrencesOf } from '../src/domain/quote-span';

const SEEDS = path.join(__dirname, '..', 'seeds');
const read = (p: string) => YAML.parse(fs.readFileSync(path.join(SEEDS, p), 'utf8'));

/**
 * Runs the extraction rules over the five seed texts and scores them against their
 * curated annotations. Known actors are the seed's (names and aliases); the author's
 * voice is the source's author, or for a statement its publisher, as an editor adding
 * the source would name them.
 */
export function measureExtraction(): ExtractionScore & { perSource: Record<string, ExtractionScore>; strict: ExtractionScore } {
  const shared = read('annotations/shared.yaml');
  const actors: KnownActor[] = shared.actors.map((a: { id: string; name: string; aliases?: string[]; acronym?: string }) => ({
    id: a.id,
    name: a.name,
    aliases: [...(a.aliases ?? []), ...(a.acronym ? [a.acronym] : [])],
  }));
  const docs = fs
    .readdirSync(path.join(SEEDS, 'annotations'))
    .filter((f) => f !== 'shared.yaml')
    .sort()
    .map((f) => {
      const y = read(`annotations/${f}`);
      const text = fs.readFileSync(path.join(SEEDS, 'sources', y.source.file), 'utf8');
      const curated: Curated[] = y.claims.flatMap((c: { attributions: { quote: string; speakerId: string; mode: string; occurrence?: number }[] }) =>
        c.attributions.map((a) => {
          const start = occurrencesOf(text, a.quote)[(a.occurrence ?? 1) - 1];
          return { quote: a.quote, start, end: start + a.quote.length, speakerId: a.speakerId, mode: a.mode };
        }),
      );
      const voiceId: string | null = y.source.authorIds?.[0] ?? (y.source.kind === 'STATEMENT' ? y.source.publisherId : null);
      const voice = actors.find((a) => a.id === voiceId) ?? null;
      return { id: String(y.source.id), suggestions: suggestAttributions(text, actors, voice), curated };
    });
  const perSource = Object.fromEntries(docs.map((d) => [d.id, scoreExtraction([d])]));
  return { ...scoreExtraction(docs), perSource, strict: scoreExtraction(docs, spansAgreeStrictly) };
}
