import { kindOfLabels, type AnyKind } from '../domain/kinds';

/** A node as the API layer sees it: its kind plus its stored properties. */
export interface GraphNode {
  kind: AnyKind;
  id: string;
  [property: string]: unknown;
}

/** Maps a `n {.*, labels: labels(n)}` projection to a GraphNode; null for nodes outside the model. */
export function toGraphNode(value: unknown): GraphNode | null {
  if (value === null || typeof value !== 'object') return null;
  const { labels, kind: storedKind, ...props } = value as { labels?: string[]; id?: string; kind?: unknown };
  const kind = kindOfLabels(labels ?? []);
  if (!kind || typeof props.id !== 'string') return null;
  // `kind` names the node's kind here; a source's own stored kind (ARTICLE, …) moves to sourceKind.
  return { ...props, ...(storedKind !== undefined ? { sourceKind: storedKind } : {}), kind, id: props.id };
}

export function toGraphNodes(values: unknown): GraphNode[] {
  return Array.isArray(values) ? values.map(toGraphNode).filter((n): n is GraphNode => n !== null) : [];
}

/** Statuses visible to a read: retracted and superseded items only when asked. */
export const visibleStatuses = (includeRetracted: boolean | null | undefined): string[] =>
  includeRetracted ? ['ACTIVE', 'RETRACTED', 'SUPERSEDED'] : ['ACTIVE'];
