import fs from 'node:fs';
import { GraphQLScalarType } from 'graphql';
import path from 'node:path';
import { projectPath } from '../paths';
import { scalarResolvers } from './scalars';
import { nodeResolvers } from './resolvers/node';
import { actorResolvers } from './resolvers/actor';
import { sourceResolvers } from './resolvers/source';
import { claimResolvers } from './resolvers/claim';
import { searchResolvers } from './resolvers/search';
import { factcheckResolvers } from './resolvers/factcheck';
import { explorerResolvers } from './resolvers/explorer';
import { historyResolvers } from './resolvers/history';
import { changeFieldResolvers } from './resolvers/change-fields';
import { mutationResolvers } from './resolvers/mutation';
import { reviewResolvers } from './resolvers/review';
import { analysisResolvers } from './resolvers/analysis';
import { matchingResolvers } from './resolvers/matching';
import { resolutionResolvers } from './resolvers/resolution';
import { deskResolvers } from './resolvers/desk';
import type { Connection } from './paging/cursor';
import { listPageResolvers } from './paging/list-pages';
import type { Resolvers } from './generated/resolvers-types';

/** The SDL: every schema/*.graphql file, in name order. */
export function loadTypeDefs(dir = projectPath('schema')): string {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'))
    .join('\n');
}

const totalCount = { totalCount: (c: Connection<unknown>) => (c.totalCount ? c.totalCount() : 0) };

/** The per-area resolver maps, merged. */
export function buildResolvers(extra: Resolvers[] = []): Resolvers {
  const parts: Resolvers[] = [
    scalarResolvers,
    nodeResolvers,
    actorResolvers,
    sourceResolvers,
    claimResolvers,
    searchResolvers,
    factcheckResolvers,
    explorerResolvers,
    historyResolvers,
    changeFieldResolvers,
    mutationResolvers,
    reviewResolvers,
    analysisResolvers,
    matchingResolvers,
    resolutionResolvers,
    deskResolvers,
    { ClaimConnection: totalCount, AttributionConnection: totalCount, SourceConnection: totalCount, ActorConnection: totalCount },
    ...extra,
  ];
  const merged = mergeResolvers(parts);
  return mergeResolvers([merged, listPageResolvers(merged)]);
}

/**
 * A type named in two maps gets both sets of fields. The generated `Resolvers` has no index
 * signature, so each part's literal is checked field by field: a misspelled type or field fails to compile.
 */
function mergeResolvers(parts: readonly Resolvers[]): Resolvers {
  // Each part was checked against Resolvers where it is written; merging only joins checked maps.
  const merged: Record<string, object> = {};
  for (const part of parts) {
    for (const [type, fields] of Object.entries(part) as [string, object][]) {
      merged[type] = fields instanceof GraphQLScalarType ? fields : { ...merged[type], ...fields };
    }
  }
  return merged as Resolvers;
}
