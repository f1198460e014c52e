import type { ReadRepository } from '../repositories/ReadRepository';

/** Reads a claim match's analyses need beyond the corroboration reader's. */
export class MatchReader {
  constructor(private readonly reads: ReadRepository) {}

  /** The chains a new report in this source, relying on these sources, would have; null when the source is unknown. */
  async chainsOf(sourceId: string, viaIds: string[]): Promise<string[][] | null> {
    const [row] = await this.reads.run('sourceChains', { sourceId, viaIds });
    return row ? (row.chains as string[][]) : null;
  }
}
