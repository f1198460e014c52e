import type { Resolvers } from '../generated/resolvers-types';
import { neighbourhood, paths } from '../services/explorer';

export const explorerResolvers: Resolvers = {
  Query: {
    neighbourhood: (_, args, ctx) => neighbourhood(ctx, args),
    paths: (_, args, ctx) => paths(ctx, args),
  },
};
