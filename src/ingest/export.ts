import type { Executor } from '../graph/Executor';
import type { QueryCatalogue } from '../graph/QueryCatalogue';
import { GraphDump } from '../graph/repositories/GraphDump';
import { ReadRepository } from '../graph/repositories/ReadRepository';
import { StandardsReader } from '../graph/repositories/StandardsReader';
import { defineQuery } from '../graph/query';

export const EXPORT_FORMATS = ['jsonl', 'claimreview', 'annotations'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const PAGE = 100;

const PAGES = {
  reviewPage: defineQuery<{ after: string; limit: number }, { id: string }>('bulk/exportReviewPage', ['after', 'limit']),
  attributionPage: defineQuery<{ after: string; limit: number }, { id: string }>('bulk/exportAttributionPage', ['after', 'limit']),
};

/** Every id a named page query returns, a page at a time. */
async function* idPages(reads: ReadRepository, name: 'reviewPage' | 'attributionPage'): AsyncGenerator<string[]> {
  let after = '';
  for (;;) {
    const ids = (await reads.run(PAGES[name], { after, limit: PAGE })).map((r) => r.id);
    if (ids.length === 0) return;
    yield ids;
    after = ids[ids.length - 1];
  }
}

/**
 * The graph in one of the export formats, one JSON document per line: jsonl (every node
 * and relationship), claimreview (every active review as ClaimReview JSON-LD) or
 * annotations (every active quote in a held text as a W3C Web Annotation).
 */
export async function* exportDocuments(executor: Executor, catalogue: QueryCatalogue, format: ExportFormat): AsyncGenerator<Record<string, unknown>> {
  const reads = new ReadRepository(executor, catalogue);
  const standards = new StandardsReader(reads);
  switch (format) {
    case 'jsonl':
      for await (const page of new GraphDump(executor, catalogue).pages(1000, { keys: false, versions: false })) {
        for (const n of page) {
          yield { type: 'node', id: n.id, labels: n.labels, properties: n.props };
          for (const r of n.rels) yield { type: 'relationship', from: n.id, relationship: r.type, to: r.to, properties: r.props };
        }
      }
      return;
    case 'claimreview':
      for await (const ids of idPages(reads, 'reviewPage')) {
        for (const id of ids) {
          const doc = await standards.claimReview(id);
          if (doc) yield doc;
        }
      }
      return;
    case 'annotations':
      for await (const ids of idPages(reads, 'attributionPage')) {
        for (const doc of await standards.annotations(ids)) if (doc) yield doc;
      }
      return;
    default: {
      const never: never = format;
      throw new Error(`unknown format ${String(never)}`);
    }
  }
}

/** How many documents an export will hold, for a progress bar (an upper bound for annotations). */
export async function exportSize(executor: Executor, catalogue: QueryCatalogue, format: ExportFormat): Promise<number> {
  const c = await new GraphDump(executor, catalogue).census();
  if (format === 'jsonl') return c.nodes + c.relationships;
  let n = 0;
  for await (const ids of idPages(new ReadRepository(executor, catalogue), format === 'claimreview' ? 'reviewPage' : 'attributionPage')) n += ids.length;
  return n;
}
