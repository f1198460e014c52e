import { partialDateProps } from '../../domain/partial-date';
import { defineQuery } from '../query';
import type { GraphNode } from '../records';

/** Sets the given properties (a null removes one) on one node: every update's write. */
export const UPDATE_PROPS = defineQuery<{ id: string; props: Record<string, unknown> }, { id: string }>('write/updateProps', ['id', 'props']);

/** A new node of one kind (write/create<Type>, see query-templates.ts). */
export const createNode = (name: string) => defineQuery<{ props: Record<string, unknown> }, { id: string }>(name, ['props']);

export const dateProps = partialDateProps;

/** The id a reference resolves to now (a merged actor's id resolves to its survivor). */
export const current = (found: Map<string, GraphNode>, id: string): string => found.get(id)?.id ?? id;

/** Only the fields that changed, before and after. */
export function diff(before: Record<string, unknown>, after: Record<string, unknown>): { before: Record<string, unknown>; after: Record<string, unknown> } {
  const b: Record<string, unknown> = {};
  const a: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(after)) {
    if (v === undefined || JSON.stringify(before[k] ?? null) === JSON.stringify(v)) continue;
    b[k] = before[k] ?? null;
    a[k] = v;
  }
  return { before: b, after: a };
}

/** Drops undefined values so `SET n += $props` leaves unmentioned fields alone. */
export const defined = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
