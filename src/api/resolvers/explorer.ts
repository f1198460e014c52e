import type { NodeKind } from '../../domain/kinds';
import type { Context } from '../context';
import { neighbourhood, paths } from '../services/explorer';

export const explorerResolvers = {
  Query: {
    neighbourhood: (_: unknown, args: { id: string; depth?: number; kinds?: NodeKind[]; first?: number; includeRetracted?: boolean }, ctx: Context) =>
      neighbourhood(ctx, args),
    paths: (_: unknown, args: { fromId: string; toId: string; maxHops?: number; first?: number; includeRetracted?: boolean }, ctx: Context) => paths(ctx, args),
  },
};
