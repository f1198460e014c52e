import { requireRole } from '../../domain/auth';
import { saveArticleInput, type SaveArticleInput } from '../../domain/desk-inputs';
import { itemsError, zodItems } from '../../domain/desk-items';
import { revisionOf } from '../../domain/desk-revision';
import * as inputs from '../../domain/inputs';
import { sha256 } from '../../domain/sha256';
import { lookupActors } from '../../desk/lookup-actors';
import { saveArticle, type SaveIds } from '../../desk/save-article';
import { sourceState } from '../../desk/source-state';
import { undoDeskAttribution } from '../../desk/undo';
import type { MutationResult } from '../../graph/writes/WriteService';
import { atInputPath } from '../errors';
import { LIST_DEFAULT, listLimit } from '../limits/list-bound';
import type { Resolvers } from '../generated/resolvers-types';
import { Loaders } from '../loaders';
import { loadAll, loadLinked } from './node';

/** What the Change records of a save: the article's text as its length and hash (it can be megabytes), the rest as sent. */
function recorded(input: SaveArticleInput): Record<string, unknown> {
  if (!input.source) return input;
  const { text, ...source } = input.source;
  return { ...input, source: { ...source, text: { length: text.length, sha256: sha256(text) } } };
}

/** ref → id pairs of one kind from a save's flat ids, in the input's order. */
const refIds = (r: MutationResult<SaveIds>, kind: string, refs: string[]) => refs.filter((ref) => r.ids[`${kind}:${ref}`]).map((ref) => ({ ref, id: r.ids[`${kind}:${ref}`] }));


export const deskResolvers: Resolvers = {
  Query: {
    deskSource: async (_, args, ctx) => {
      const state = await sourceState((q, p) => ctx.reads.run(q, p), args.id);
      if (!state) return null;
      return { id: state.id, text: state.text ?? '', textSha256: state.textSha256, revision: revisionOf(state), attributionIds: state.attributions.map((a) => a.id) };
    },
    lookupActors: (_, args, ctx) => lookupActors((q, p) => ctx.reads.run(q, p), args.query, args.kind, args.first ?? 10),
  },
  Mutation: {
    saveArticle: async (_, args, ctx) => {
      const principal = requireRole(ctx.principal, 'editor', 'saveArticle');
      const parsed = saveArticleInput.safeParse(args.input);
      if (!parsed.success) throw itemsError(zodItems(parsed.error));
      const input = parsed.data;
      const keyed = { ...recorded(input), idempotencyKey: input.idempotencyKey ?? ctx.idempotencyKey };
      const result = await ctx.writes.run('saveArticle', principal.name, keyed, (w) => saveArticle(w, input));
      ctx.log.info({ operation: 'saveArticle', by: principal.name, changeId: result.changeId, replayed: result.replayed }, 'mutation');
      ctx.loaders = new Loaders(ctx.reads);
      return { ...result, input };
    },
    undoDeskAttribution: async (_, args, ctx) => {
      const principal = requireRole(ctx.principal, 'editor', 'undoDeskAttribution');
      const input = inputs.validate(inputs.retractInput, args.input);
      const keyed = { ...input, idempotencyKey: input.idempotencyKey ?? ctx.idempotencyKey };
      const result = await ctx.writes.run('undoDeskAttribution', principal.name, keyed, (w) => undoDeskAttribution(w, input, principal)).catch((e: unknown) => {
        throw atInputPath('undoDeskAttribution', e);
      });
      ctx.log.info({ operation: 'undoDeskAttribution', by: principal.name, changeId: result.changeId, replayed: result.replayed }, 'mutation');
      ctx.loaders = new Loaders(ctx.reads);
      return result;
    },
  },
  DeskSource: {
    source: (d, _, ctx) => loadLinked(ctx, d.id),
    attributions: (d, args, ctx) => loadAll(ctx, d.attributionIds.slice(0, listLimit(ctx, args.first, LIST_DEFAULT.sourceAttributions))),
  },
  SaveArticlePayload: {
    source: (r, _, ctx) => loadLinked(ctx, r.ids.sourceId),
    revision: (r) => r.ids.revision,
    actors: (r) => refIds(r, 'actor', (r.input.actors ?? []).map((a) => a.ref)),
    citedSources: (r) => refIds(r, 'source', (r.input.citedSources ?? []).map((s) => s.ref)),
    claims: (r) => refIds(r, 'claim', (r.input.claims ?? []).map((c) => c.ref)),
    attributions: (r, _, ctx) => loadAll(ctx, (r.input.attributions ?? []).map((_a, i) => r.ids[`attribution:${i}`]).filter(Boolean)),
    change: (r, _, ctx) => loadLinked(ctx, r.changeId),
  },
  UndoAttributionPayload: {
    attribution: (r, _, ctx) => loadLinked(ctx, r.ids.attributionId),
    claim: (r, _, ctx) => loadLinked(ctx, r.ids.claimId),
    claimRetracted: (r) => r.ids.claimRetracted === 'true',
    change: (r, _, ctx) => loadLinked(ctx, r.changeId),
  },
};
