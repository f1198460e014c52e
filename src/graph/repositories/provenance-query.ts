import { defineQuery } from '../query';

/** One attribution of the claim, with the reporting chains (source ids, origin last) it came along. */
export interface ProvenanceEntryRow {
  sourceId: string;
  chains: string[][];
  attribution: unknown;
}

/** A claim's provenance: the API's provenance query and the ClaimReview export both read it. */
export const PROVENANCE = defineQuery<
  { claimId: string; statuses: string[]; limit: number },
  { claim: unknown; entries: ProvenanceEntryRow[]; sources: unknown; entryCount: number }
>('factcheck/provenance', ['claimId', 'statuses', 'limit']);
