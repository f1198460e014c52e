/** Rows for bulk writes: what the seed loader and the bulk importer hand to BulkWriter. */
export interface NodeRow {
  id: string;
  props: Record<string, unknown>;
  audit: { createdBy: string; createdAt: string };
}

export interface LinkRow {
  from: string;
  to: string;
  props?: Record<string, unknown>;
}

export interface GraphRows {
  persons: NodeRow[];
  organisations: NodeRow[];
  sources: NodeRow[];
  events: NodeRow[];
  claims: NodeRow[];
  attributions: NodeRow[];
  of: LinkRow[];
  by: LinkRow[];
  in: LinkRow[];
  via: LinkRow[];
  onBehalfOf: LinkRow[];
  publishedBy: LinkRow[];
  authoredBy: LinkRow[];
  cites: LinkRow[];
  about: LinkRow[];
  contradicts: LinkRow[];
  supports: LinkRow[];
  positions: LinkRow[];
  memberships: LinkRow[];
  mentions: LinkRow[];
}

export const emptyRows = (): GraphRows => ({
  persons: [], organisations: [], sources: [], events: [], claims: [], attributions: [],
  of: [], by: [], in: [], via: [], onBehalfOf: [], publishedBy: [], authoredBy: [], cites: [], about: [],
  contradicts: [], supports: [], positions: [], memberships: [], mentions: [],
});
