/** What the graph around a node looks like, as far as its retraction reaches (visible items only). */
export interface ImpactSnapshot {
  /** Active attributions the retraction would hide. */
  affectedAttributionIds: string[];
  /** Claims the retraction hides outright (a claim retracting itself). */
  retractedClaimIds: string[];
  /** Every claim touched, with its active attributions. */
  claims: { id: string; activeAttributionIds: string[] }[];
  /** SUPPORTS links starting from a touched claim. */
  supports: { from: string; to: string }[];
  /** CONTRADICTS links with a touched claim on either side. */
  disputes: { id: string; claimId: string; counterclaimId: string }[];
}

export interface Impact {
  attributionsAffected: number;
  claimsLeftWithoutActiveAttribution: string[];
  claimsLosingSupport: string[];
  disputesAffected: string[];
}

/** A dry run of a retraction: which claims would be left unsaid, unsupported or out of a dispute. */
export function impactOf(s: ImpactSnapshot): Impact {
  const hidden = new Set(s.affectedAttributionIds);
  const retracted = new Set(s.retractedClaimIds);
  const orphaned = s.claims.filter((c) => !retracted.has(c.id) && c.activeAttributionIds.every((a) => hidden.has(a))).map((c) => c.id);
  const gone = new Set([...retracted, ...orphaned]);
  const losing = new Set(s.supports.filter((l) => gone.has(l.from) && !gone.has(l.to)).map((l) => l.to));
  const disputes = s.disputes.filter((d) => gone.has(d.claimId) || gone.has(d.counterclaimId)).map((d) => d.id);
  return {
    attributionsAffected: hidden.size,
    claimsLeftWithoutActiveAttribution: [...new Set(orphaned)].sort(),
    claimsLosingSupport: [...losing].sort(),
    disputesAffected: [...new Set(disputes)].sort(),
  };
}
