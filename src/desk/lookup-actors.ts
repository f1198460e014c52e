import { lookupLucene, matchedSpelling } from '../domain/actor-lookup';
import { defineQuery } from '../graph/query';
import { toGraphNode, type GraphNode } from '../graph/records';
import type { RunDeclared } from './source-state';

const LOOKUP = defineQuery<{ lucene: string; kinds: string[]; limit: number }, { node: unknown; score: number }>('desk/lookupActors', ['lucene', 'kinds', 'limit']);

export const LOOKUP_MAX = 50;

export interface LookupHit {
  actor: GraphNode;
  matched: string;
  matchedOn: string;
}

/** Actors whose spellings start with every typed word, best first; empty below two letters. */
export async function lookupActors(run: RunDeclared, typed: string, kind: string | null | undefined, first: number): Promise<LookupHit[]> {
  const lucene = lookupLucene(typed.slice(0, 200));
  const limit = Math.max(0, Math.min(first, LOOKUP_MAX));
  if (lucene === null || limit === 0) return [];
  const kinds = kind ? [kind] : ['PERSON', 'ORGANISATION'];
  const rows = await run(LOOKUP, { lucene, kinds, limit });
  return rows
    .map((r) => toGraphNode(r.node))
    .filter((n): n is GraphNode => n !== null && (n.kind === 'PERSON' || n.kind === 'ORGANISATION'))
    .map((actor) => ({ actor, ...matchedSpelling(actor, typed) }));
}
