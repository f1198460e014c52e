import { sha256 } from '../sha256';

/** One field of one node as a write changed it; null before: the node (or field) was new. */
export interface FieldChange {
  nodeId: string;
  field: string;
  before: unknown;
  after: unknown;
}

/** Bookkeeping every write moves, which the Change itself records (who, when) or which is derived. */
const SKIPPED = new Set(['updatedAt', 'createdAt', 'createdBy', 'searchNames', 'id']);
/** Source texts can be megabytes: history records their length and hash instead. */
const LONG = 500;

/** A value as history keeps it: long strings become their length and hash. */
export function recorded(value: unknown): unknown {
  if (typeof value === 'string' && value.length >= LONG) return { length: value.length, sha256: sha256(value) };
  return value ?? null;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * The fields that differ between two states of a node (null: it did not exist), in name
 * order. Labels count as a field, so a merge that turns an actor into a merged one shows.
 */
export function fieldChanges(nodeId: string, before: Record<string, unknown> | null, after: Record<string, unknown> | null): FieldChange[] {
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])].filter((k) => !SKIPPED.has(k)).sort();
  const out: FieldChange[] = [];
  for (const field of keys) {
    const b = before?.[field] ?? null;
    const a = after?.[field] ?? null;
    if (same(b, a)) continue;
    out.push({ nodeId, field, before: recorded(b), after: recorded(a) });
  }
  return out;
}

/** Every node's field changes, nodes in the order given. */
export function allFieldChanges(ids: string[], before: ReadonlyMap<string, Record<string, unknown>>, after: ReadonlyMap<string, Record<string, unknown>>): FieldChange[] {
  return [...new Set(ids)].flatMap((id) => fieldChanges(id, before.get(id) ?? null, after.get(id) ?? null));
}
