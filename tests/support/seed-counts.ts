import { readSeedFiles } from '../../src/ingest/seed-files';

interface SourceDoc {
  mentions?: unknown[];
  claims?: { attributions?: unknown[] }[];
}
interface SharedDoc {
  actors?: unknown[];
  sources?: unknown[];
}

export interface SeedCounts {
  claims: number;
  attributions: number;
  actors: number;
  /** Sources cited but not held (no text): shared.yaml's sources. */
  citedSources: number;
  /** Held sources: one annotation file each besides shared.yaml. */
  heldSources: number;
  /** Distinct (actor, surface) mention entries; the graph holds one MENTIONED_IN per occurrence. */
  mentionEntries: number;
}

/**
 * Counts read straight from the seed's YAML, without the loader's planner, so tests can
 * compare the graph with the files instead of with a hard-coded number that drifts.
 */
export function seedCounts(): SeedCounts {
  const { annotations } = readSeedFiles();
  const shared = annotations.get('shared.yaml') as SharedDoc;
  const docs = [...annotations].filter(([f]) => f !== 'shared.yaml').map(([, d]) => d as SourceDoc);
  const claims = docs.flatMap((d) => d.claims ?? []);
  return {
    claims: claims.length,
    attributions: claims.reduce((n, c) => n + (c.attributions?.length ?? 0), 0),
    actors: shared.actors?.length ?? 0,
    citedSources: shared.sources?.length ?? 0,
    heldSources: docs.length,
    mentionEntries: docs.reduce((n, d) => n + (d.mentions?.length ?? 0), 0),
  };
}
