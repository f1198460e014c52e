import { defineQuery } from '../query';
import type { LinkRow, NodeRow } from '../rows';

type Count = { count: number };

/** The one Change a seed load or an import records for everything it wrote. */
export const RECORD_CHANGE = defineQuery<
  { changeId: string; at: string; by: string; operation: string; ids: string[]; details: string; fields: string },
  Count
>('bulk/recordChange', ['changeId', 'at', 'by', 'operation', 'ids', 'details', 'fields']);

/** Re-derives the text the actor index reads: every path that writes actors or mentions runs it. */
export const REFRESH_SEARCH_NAMES = defineQuery<{ ids: string[] }, Count>('bulk/refreshSearchNames', ['ids']);

/** Nodes of one kind, merged on id; the labels come from the kind table, never from the rows. */
export const UPSERT = defineQuery<{ rows: NodeRow[]; labels: string[] }, Count>('bulk/upsert', ['rows', 'labels']);

/** Ids of a batch already held by a node of another kind. */
export const KIND_CONFLICTS = defineQuery<{ ids: string[]; label: string }, { id: string; labels: string[] }>('bulk/kindConflicts', ['ids', 'label']);

const link = (name: string) => defineQuery<{ rows: LinkRow[] }, Count>(name, ['rows']);

/** One model relationship per row (bulk/link<Suffix>, see query-templates.ts), for the bulk loader and the mutations. */
export const LINKS = {
  of: link('bulk/linkOf'),
  by: link('bulk/linkBy'),
  in: link('bulk/linkIn'),
  via: link('bulk/linkVia'),
  onBehalfOf: link('bulk/linkOnBehalfOf'),
  publishedBy: link('bulk/linkPublishedBy'),
  authoredBy: link('bulk/linkAuthoredBy'),
  cites: link('bulk/linkCites'),
  about: link('bulk/linkAbout'),
  contradicts: link('bulk/linkContradicts'),
  supports: link('bulk/linkSupports'),
  positions: link('bulk/linkPositions'),
  memberships: link('bulk/linkMemberships'),
  mentions: link('bulk/linkMentions'),
} as const;
