import { badInput } from '../../domain/errors';
import * as inputs from '../../domain/inputs';
import { groupOrigins, earliestReport } from '../../domain/analysis/origins';
import { quoteDrift, spellingsOf } from '../../domain/analysis/drift';
import { impactOf } from '../../domain/analysis/impact';
import { suggestFromText } from '../../extraction/suggest';
import { AnalysisReader, type ClaimReport } from '../../graph/repositories/AnalysisReader';
import { ActorNameMatcher } from '../../graph/repositories/ActorNameMatcher';
import { visibleStatuses, type GraphNode } from '../../graph/records';
import * as versions from '../../graph/writes/source-versions';
import type { Context } from '../context';
import type { CorroborationParent } from '../parents';
import { LIST_DEFAULT, listLimit } from '../limits/list-bound';
import type { Resolvers } from '../generated/resolvers-types';
import { optString, stringList } from '../stored';
import { mutation } from './mutation';
import { loadAll, loadLinked } from './node';

/** The most reports one analysis reads: the page-size cap of its lists times ten. */
const MAX_REPORTS = 1000;

const load = (ctx: Context, id: string) => ctx.loaders.nodes.load(id);
/** A list field's items, cut at its `first`. */
const cut = <T>(ctx: Context, list: T[], first: number | null | undefined) => list.slice(0, listLimit(ctx, first, LIST_DEFAULT.items));

/** The claim and its reports, or null when the claim is unknown or hidden (unless asked). */
async function reportsOf(ctx: Context, claimId: string, includeRetracted?: boolean | null): Promise<{ claim: GraphNode; reports: ClaimReport[] } | null> {
  const statuses = visibleStatuses(includeRetracted);
  const claim = await load(ctx, claimId);
  if (!claim || claim.kind !== 'CLAIM' || !statuses.includes(String(claim.status))) return null;
  return { claim, reports: await new AnalysisReader(ctx.reads).claimReports(claimId, statuses, MAX_REPORTS) };
}

/** The corroboration analysis of one claim (also a claim match's summary), or null when unknown or hidden. */
export async function corroborationOf(ctx: Context, claimId: string, includeRetracted?: boolean | null): Promise<(CorroborationParent & { reports: ClaimReport[] }) | null> {
  const found = await reportsOf(ctx, claimId, includeRetracted);
  if (!found) return null;
  const groups = groupOrigins(found.reports);
  return { claim: found.claim, attributionCount: found.reports.length, independentOriginCount: groups.length, groups, reports: found.reports };
}

/** Suggestions for a text (HTML read as text, offsets into what was sent); writes nothing. */
async function suggestAttributionsFor(ctx: Context, args: { text: string; voiceId?: string | null; first?: number | null }) {
  const voiceNode = args.voiceId ? await load(ctx, args.voiceId) : null;
  if (args.voiceId && (!voiceNode || (voiceNode.kind !== 'PERSON' && voiceNode.kind !== 'ORGANISATION'))) throw badInput(`voiceId: no actor with id "${args.voiceId}"`, { field: 'voiceId' });
  const voice = voiceNode ? { id: voiceNode.id, name: String(voiceNode.name), aliases: stringList(voiceNode.aliases) } : null;
  const matcher = new ActorNameMatcher(new AnalysisReader(ctx.reads), voice ? [voice] : []);
  const { suggestions, fromHtml } = await suggestFromText(args.text, matcher, voice?.name ?? null);
  return {
    fromHtml,
    note: fromHtml ? 'The text was HTML: it was read with its tags stripped; offsets and quotes point into the HTML sent.' : null,
    suggestions: suggestions.slice(0, listLimit(ctx, args.first, 100)).map((x) => ({
      ...x,
      fromHtml,
      contextBefore: args.text.slice(Math.max(0, x.start - 60), x.start),
      contextAfter: args.text.slice(x.end, x.end + 60),
    })),
  };
}

export const analysisResolvers: Resolvers = {
  Query: {
    corroboration: (_, args, ctx) => corroborationOf(ctx, args.claimId, args.includeRetracted),
    quoteDrift: async (_, args, ctx) => {
      const found = await reportsOf(ctx, args.claimId, args.includeRetracted);
      if (!found) return null;
      const base = earliestReport(found.reports);
      const spell = (r: ClaimReport) => spellingsOf(r.mentions, new Set(r.mentions.map((m) => m.actorId)));
      const variants = found.reports
        .filter((r) => r !== base)
        .map((r) => ({ attributionId: r.attributionId, spellings: spell(r), ...quoteDrift(base?.quote ?? '', r.quote) }))
        .sort((x, y) => x.similarity - y.similarity || x.attributionId.localeCompare(y.attributionId));
      return { claim: found.claim, baseline: base, baselineSpellings: base ? spell(base) : [], variants };
    },
    impact: async (_, args, ctx) => {
      const snap = await new AnalysisReader(ctx.reads).impactSnapshot(args.id, visibleStatuses(false));
      if (!snap) return null;
      const i = impactOf(snap);
      const disputes = new Map(snap.disputes.map((d) => [d.id, d]));
      return { ...i, nodeId: args.id, disputesAffected: i.disputesAffected.map((id) => disputes.get(id)!) };
    },
    suggestAttributions: async (_, args, ctx) => (await suggestAttributionsFor(ctx, args)).suggestions,
    suggestAttributionsResult: async (_, args, ctx) => suggestAttributionsFor(ctx, args),
    verifyIntegrity: async (_, args, ctx) => {
      const ids = args.sourceIds ?? [];
      if (ids.length === 0 || ids.length > 100) throw badInput('sourceIds: name between 1 and 100 sources', { field: 'sourceIds' });
      return new AnalysisReader(ctx.reads).verify(ids);
    },
  },
  Corroboration: {
    origins: (c, args, ctx) => cut(ctx, c.groups, args.first),
  },
  CorroborationOrigin: {
    origin: (g, _, ctx) => loadLinked(ctx, g.originId),
    attributions: (g, _, ctx) => loadAll(ctx, g.attributionIds),
    speakers: (g, _, ctx) => loadAll(ctx, g.speakerIds),
  },
  QuoteDrift: {
    baseline: (d, _, ctx) => (d.baseline ? load(ctx, d.baseline.attributionId) : null),
    variants: (d, args, ctx) => cut(ctx, d.variants, args.first),
  },
  QuoteVariant: {
    attribution: (v, _, ctx) => loadLinked(ctx, v.attributionId),
  },
  Impact: {
    node: (i, _, ctx) => loadLinked(ctx, i.nodeId),
    claimsLeftWithoutActiveAttribution: (i, args, ctx) => loadAll(ctx, cut(ctx, i.claimsLeftWithoutActiveAttribution, args.first)),
    claimsLosingSupport: (i, args, ctx) => loadAll(ctx, cut(ctx, i.claimsLosingSupport, args.first)),
    disputesAffected: (i, args, ctx) => cut(ctx, i.disputesAffected, args.first),
  },
  AffectedDispute: {
    claim: (d, _, ctx) => loadLinked(ctx, d.claimId),
    counterclaim: (d, _, ctx) => loadLinked(ctx, d.counterclaimId),
  },
  IntegrityMismatch: {
    source: (m, _, ctx) => loadLinked(ctx, m.sourceId),
    attribution: (m, _, ctx) => (m.attributionId ? load(ctx, m.attributionId) : null),
  },
  Source: {
    version: (s) => Number(s.version ?? 1),
    versions: async (s, a, ctx) => cut(ctx, await new AnalysisReader(ctx.reads).versions(s.id, true), a.first),
    textAt: async (s, a, ctx) => {
      if (a.version == null || a.version === Number(s.version ?? 1)) return s.textOmitted ? ctx.loaders.sourceText(s.id) : optString(s.text);
      const v = (await new AnalysisReader(ctx.reads).versions(s.id, true)).find((x) => x.version === a.version);
      return v?.text ?? null;
    },
  },
  Mutation: {
    addSourceVersion: mutation('addSourceVersion', 'editor', inputs.addSourceVersionInput, versions.addSourceVersion),
  },
  AddSourceVersionPayload: {
    source: (r, _, ctx) => loadLinked(ctx, r.ids.sourceId),
    version: (r) => Number(r.ids.version),
    reanchored: (r) => Number(r.ids.reanchored),
    lost: (r, _, ctx) => loadAll(ctx, r.ids.lost.split(',').filter((x) => x)),
    change: (r, _, ctx) => loadLinked(ctx, r.changeId),
  },
};

