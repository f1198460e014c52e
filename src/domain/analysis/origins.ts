/** One report of a claim: an attribution with its speaker, its source and the chains behind it. */
export interface Report {
  attributionId: string;
  speakerId: string;
  sourceId: string;
  /** Each reporting chain [source, relied-on source, …, origin], as provenance walks them. */
  chains: string[][];
  /** Sortable date of the report (saidAt or the source's publication), '' when unknown. */
  date: string;
}

export interface OriginGroup {
  /** The earliest known source of the group: the chain end most of its reports share. */
  originId: string;
  attributionIds: string[];
  speakerIds: string[];
}

const upstreamOf = (r: Report): Set<string> => new Set(r.chains.flatMap((c) => c.slice(1)));

/**
 * Two reports are not independent when the same speaker said them, when one relays the
 * other (its source sits upstream of the other), or when both rely on a common earlier
 * source. Dependence is transitive here, so the groups are the connected components.
 */
export function groupOrigins(reports: Report[]): OriginGroup[] {
  const parent = reports.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const up = reports.map(upstreamOf);
  for (let i = 0; i < reports.length; i++) {
    for (let j = i + 1; j < reports.length; j++) {
      const [a, b] = [reports[i], reports[j]];
      const dependent =
        a.speakerId === b.speakerId || up[j].has(a.sourceId) || up[i].has(b.sourceId) || [...up[i]].some((s) => up[j].has(s));
      if (dependent) parent[find(i)] = find(j);
    }
  }
  const members = new Map<number, Report[]>();
  reports.forEach((r, i) => members.set(find(i), [...(members.get(find(i)) ?? []), r]));
  return [...members.values()]
    .map((rs) => ({ originId: originOf(rs), attributionIds: rs.map((r) => r.attributionId).sort(), speakerIds: [...new Set(rs.map((r) => r.speakerId))].sort() }))
    .sort((x, y) => x.originId.localeCompare(y.originId) || x.attributionIds[0].localeCompare(y.attributionIds[0]));
}

/** The chain end shared by most reports of a group; ties go to the earliest report's. */
function originOf(rs: Report[]): string {
  const votes = new Map<string, number>();
  const ordered = [...rs].sort((a, b) => a.date.localeCompare(b.date) || a.attributionId.localeCompare(b.attributionId));
  for (const r of ordered) for (const end of new Set(r.chains.map((c) => c[c.length - 1] ?? r.sourceId))) votes.set(end, (votes.get(end) ?? 0) + 1);
  let best = ordered[0].sourceId;
  for (const [id, n] of votes) if (n > (votes.get(best) ?? 0)) best = id;
  return best;
}

/** The report closest to the origin: not relayed if possible, then the earliest, then by id. */
export function earliestReport<R extends Report>(reports: R[]): R | null {
  const relays = (r: Report) => Math.min(...r.chains.map((c) => c.length), 1_000);
  return [...reports].sort((a, b) => relays(a) - relays(b) || (a.date || '~').localeCompare(b.date || '~') || a.attributionId.localeCompare(b.attributionId))[0] ?? null;
}
