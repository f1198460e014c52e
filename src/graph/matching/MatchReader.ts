import { defineQuery } from '../query';
import type { ReadRepository } from '../repositories/ReadRepository';

const SOURCE_CHAINS = defineQuery<{ sourceId: string; viaIds: string[] }, { chains: string[][] }>('matching/sourceChains', ['sourceId', 'viaIds']);

/** Reads a claim match's analyses need beyond the corroboration reader's. */
export class MatchReader {
  constructor(private readonly reads: ReadRepository) {}

  /** The chains a new report in this source, relying on these sources, would have; null when the source is unknown. */
  async chainsOf(sourceId: string, viaIds: string[]): Promise<string[][] | null> {
    const [row] = await this.reads.run(SOURCE_CHAINS, { sourceId, viaIds });
    return row ? row.chains : null;
  }
}
