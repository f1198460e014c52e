import { badInput } from '../../domain/errors';
import * as inputs from '../../domain/inputs';
import { groupOrigins, earliestReport } from '../../domain/analysis/origins';
import { quoteDrift, spellingsOf } from '../../domain/analysis/drift';
import { impactOf } from '../../domain/analysis/impact';
import { suggestAttributions } from '../../domain/analysis/extraction';
import { AnalysisReader, type ClaimReport } from '../../graph/repositories/AnalysisReader';
import { visibleStatuses, type GraphNode } from '../../graph/records';
import * as versions from '../../graph/writes/source-versions';
import type { Context } from '../context';
import { LIST_DEFAULT, listLimit } from '../list-bound';
import { mutation } from './mutation';

type First = { first?: number | null };
/** The most reports one analysis reads: the page-size cap of its lists times ten. */
const MAX_REPORTS = 1000;

const load = (ctx: Context, id: string) => ctx.loaders.nodes.load(id);
const loadAll = async (ctx: Context, ids: string[]) => (await ctx.loaders.nodes.loadMany(ids)).filter((n): n is GraphNode => n != null && !(n instanceof Error));

/** The claim and its reports, or null when the claim is unknown or hidden (unless asked). */
async function reportsOf(ctx: Context, claimId: string, includeRetracted?: boolean): Promise<{ claim: GraphNode; reports: ClaimReport[] } | null> {
  const statuses = visibleStatuses(includeRetracted);
  const claim = await load(ctx, claimId);
  if (!claim || claim.kind !== 'CLAIM' || !statuses.includes(String(claim.status))) return null;
  return { claim, reports: await new AnalysisReader(ctx.reads).claimReports(claimId, statuses, MAX_REPORTS) };
}

export const analysisResolvers = {
  Query: {
    corroboration: async (_: unknown, args: { claimId: string; includeRetracted?: boolean }, ctx: Context) => {
      const found = await reportsOf(ctx, args.claimId, args.includeRetracted);
      if (!found) return null;
      const groups = groupOrigins(found.reports);
      return {
        claim: found.claim,
        attributionCount: found.reports.length,
        independentOriginCount: groups.length,
        origins: (a: First) =>
          groups.slice(0, listLimit(ctx, a.first, LIST_DEFAULT.items)).map((g) => ({
            origin: () => load(ctx, g.originId),
            attributions: () => loadAll(ctx, g.attributionIds),
            speakers: () => loadAll(ctx, g.speakerIds),
          })),
      };
    },
    quoteDrift: async (_: unknown, args: { claimId: string; includeRetracted?: boolean }, ctx: Context) => {
      const found = await reportsOf(ctx, args.claimId, args.includeRetracted);
      if (!found) return null;
      const base = earliestReport(found.reports);
      const spell = (r: ClaimReport) => spellingsOf(r.mentions, new Set(r.mentions.map((m) => m.actorId)));
      const variants = found.reports
        .filter((r) => r !== base)
        .map((r) => ({ r, ...quoteDrift(base?.quote ?? '', r.quote) }))
        .sort((x, y) => x.similarity - y.similarity || x.r.attributionId.localeCompare(y.r.attributionId));
      return {
        claim: found.claim,
        baseline: base ? () => load(ctx, base.attributionId) : null,
        baselineSpellings: base ? spell(base) : [],
        variants: (a: First) =>
          variants.slice(0, listLimit(ctx, a.first, LIST_DEFAULT.items)).map((v) => ({
            attribution: () => load(ctx, v.r.attributionId),
            similarity: v.similarity,
            diff: v.diff,
            spellings: spell(v.r),
          })),
      };
    },
    impact: async (_: unknown, args: { id: string }, ctx: Context) => {
      const snap = await new AnalysisReader(ctx.reads).impactSnapshot(args.id, visibleStatuses(false));
      if (!snap) return null;
      const i = impactOf(snap);
      const disputes = new Map(snap.disputes.map((d) => [d.id, d]));
      const cut = <T>(list: T[], a: First) => list.slice(0, listLimit(ctx, a.first, LIST_DEFAULT.items));
      return {
        node: () => load(ctx, args.id),
        attributionsAffected: i.attributionsAffected,
        claimsLeftWithoutActiveAttribution: (a: First) => loadAll(ctx, cut(i.claimsLeftWithoutActiveAttribution, a)),
        claimsLosingSupport: (a: First) => loadAll(ctx, cut(i.claimsLosingSupport, a)),
        disputesAffected: (a: First) =>
          cut(i.disputesAffected, a).map((id) => ({ id, claim: () => load(ctx, disputes.get(id)!.claimId), counterclaim: () => load(ctx, disputes.get(id)!.counterclaimId) })),
      };
    },
    suggestAttributions: async (_: unknown, args: { text: string; voiceId?: string | null; first?: number | null }, ctx: Context) => {
      if (args.text.length > 200_000) throw badInput('text: must be at most 200,000 characters', { field: 'text' });
      const voiceNode = args.voiceId ? await load(ctx, args.voiceId) : null;
      if (args.voiceId && (!voiceNode || (voiceNode.kind !== 'PERSON' && voiceNode.kind !== 'ORGANISATION'))) throw badInput(`voiceId: no actor with id "${args.voiceId}"`, { field: 'voiceId' });
      const voice = voiceNode ? { id: voiceNode.id, name: String(voiceNode.name), aliases: (voiceNode.aliases as string[] | undefined) ?? [] } : null;
      // First pass names the speakers; the second matches them to the actors those names find.
      const names = suggestAttributions(args.text, [], voice).map((s) => s.speakerName).filter((n): n is string => n !== null);
      const actors = await new AnalysisReader(ctx.reads).actorsNamed(names);
      return suggestAttributions(args.text, voice ? [voice, ...actors] : actors, voice).slice(0, listLimit(ctx, args.first, 100));
    },
    verifyIntegrity: async (_: unknown, args: { sourceIds?: string[] | null }, ctx: Context) => {
      const ids = args.sourceIds ?? [];
      if (ids.length === 0 || ids.length > 100) throw badInput('sourceIds: name between 1 and 100 sources', { field: 'sourceIds' });
      const r = await new AnalysisReader(ctx.reads).verify(ids);
      return {
        ...r,
        mismatches: r.mismatches.map((m) => ({ reason: m.reason, source: () => load(ctx, m.sourceId), attribution: m.attributionId ? () => load(ctx, m.attributionId!) : null })),
      };
    },
  },
  Source: {
    version: (s: GraphNode) => Number(s.version ?? 1),
    versions: async (s: GraphNode, a: First, ctx: Context) =>
      (await new AnalysisReader(ctx.reads).versions(s.id, true)).slice(0, listLimit(ctx, a.first, LIST_DEFAULT.items)),
    textAt: async (s: GraphNode, a: { version?: number | null }, ctx: Context) => {
      if (a.version == null || a.version === Number(s.version ?? 1)) return s.textOmitted ? ctx.loaders.sourceText(s.id) : (s.text ?? null);
      const v = (await new AnalysisReader(ctx.reads).versions(s.id, true)).find((x) => Number(x.version) === a.version);
      return (v?.text as string | undefined) ?? null;
    },
  },
  Mutation: {
    addSourceVersion: mutation('addSourceVersion', 'editor', inputs.addSourceVersionInput, versions.addSourceVersion, (ids, ld) => ({
      source: () => ld(ids.sourceId),
      version: Number(ids.version),
      reanchored: Number(ids.reanchored),
      lost: async () => (await Promise.all(ids.lost.split(',').filter((x) => x).map(ld))).filter((n) => n != null),
    })),
  },
};

