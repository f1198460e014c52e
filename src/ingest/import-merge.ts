import { uniqueNames } from '../domain/actor-names';
import { fieldChanges, type FieldChange } from '../domain/history/field-changes';
import type { GraphRows, NodeRow } from '../graph/rows';
import type { Problem } from './import-problems';

export const NODE_KEYS = ['persons', 'organisations', 'sources', 'events', 'claims', 'attributions'] as const;
export type NodeKey = (typeof NODE_KEYS)[number];

/** Where an entry was declared, and the keys its YAML gives. */
export interface EntryOrigin {
  file: string;
  entry: string;
  raw: Record<string, unknown>;
}

/** The stored properties a YAML key stands for (the first compared); keys not listed stand for themselves. */
const GROUPS: Record<string, string[]> = {
  date: ['date', 'dateFrom', 'dateTo'],
  publishedAt: ['publishedAt', 'publishedAtFrom', 'publishedAtTo'],
  saidAt: ['saidAt', 'saidAtFrom', 'saidAtTo'],
  file: ['textSha256', 'text'],
  quote: ['quote', 'start', 'end', 'prefix', 'suffix'],
  occurrence: ['quote', 'start', 'end', 'prefix', 'suffix'],
};
/** How a group is named in a conflict. */
const GROUP_FIELD: Record<string, string> = { file: 'text', occurrence: 'quote' };
/** YAML keys that are links or ids, not properties of the node. */
const NOT_PROPS = new Set(['id', 'type', 'publisherId', 'authorIds', 'cites', 'about', 'attributions', 'speakerId', 'onBehalfOfId', 'viaIds']);

export interface MergePlan {
  rows: GraphRows;
  conflicts: Problem[];
  fields: FieldChange[];
  /** New nodes by kind. */
  created: Record<NodeKey, number>;
  /** Existing nodes whose stored fields change, by field ("aliases" counts names added). */
  updated: Record<string, number>;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
const shown = (v: unknown) => (typeof v === 'string' && v.length > 200 ? `${JSON.stringify(v.slice(0, 200))}… (${v.length} characters)` : JSON.stringify(v));

/**
 * Merges what an import declares into what the database holds. A field the file leaves
 * out is kept; aliases are added to; a field the database lacks is filled; a field whose
 * value differs is a conflict, unless update takes the file's value. A stored text is
 * never replaced. Nodes left as they are drop out of the rows; changed ones get updatedAt.
 */
export function mergeImport(
  planned: GraphRows,
  origins: ReadonlyMap<string, EntryOrigin>,
  existing: ReadonlyMap<string, Record<string, unknown>>,
  options: { update: boolean; at: string },
): MergePlan {
  const rows: GraphRows = { ...planned };
  const conflicts: Problem[] = [];
  const fields: FieldChange[] = [];
  const created = Object.fromEntries(NODE_KEYS.map((k) => [k, 0])) as Record<NodeKey, number>;
  const updated: Record<string, number> = {};
  for (const key of NODE_KEYS) {
    rows[key] = planned[key].flatMap((row): NodeRow[] => {
      const before = existing.get(row.id);
      if (!before) {
        created[key]++;
        fields.push(...fieldChanges(row.id, null, row.props));
        return [row];
      }
      const origin = origins.get(row.id);
      const change = mergeNode(row, before, origin, options.update, conflicts);
      if (Object.keys(change).length === 0) return [];
      for (const f of fieldChanges(row.id, before, { ...before, ...change })) {
        const added = f.field === 'aliases' ? (f.after as string[]).length - ((f.before as string[] | null) ?? []).length : 1;
        updated[f.field] = (updated[f.field] ?? 0) + added;
        fields.push(f);
      }
      return [{ ...row, props: { ...change, updatedAt: options.at } }];
    });
  }
  return { rows, conflicts, fields, created, updated };
}

/** The properties to set on an existing node; conflicts are reported, not set (unless update). */
function mergeNode(row: NodeRow, before: Record<string, unknown>, origin: EntryOrigin | undefined, update: boolean, conflicts: Problem[]): Record<string, unknown> {
  const change: Record<string, unknown> = {};
  const given = Object.keys(origin?.raw ?? {}).filter((k) => !NOT_PROPS.has(k) && origin!.raw[k] != null);
  const conflict = (field: string, message: string) =>
    conflicts.push({ file: origin?.file ?? '?', entry: origin?.entry ?? row.id, id: row.id, field, message });
  for (const key of given) {
    const group = GROUPS[key] ?? [key];
    const field = GROUP_FIELD[key] ?? key;
    if (!(group[0] in row.props)) continue;
    if (key === 'aliases') {
      const aliases = uniqueNames([...((before.aliases as string[] | undefined) ?? []), ...((row.props.aliases as string[]) ?? [])], String(change.name ?? before.name));
      if (!same(aliases, before.aliases ?? [])) change.aliases = aliases;
      continue;
    }
    const differs = group.slice(0, key === 'quote' || key === 'occurrence' ? 2 : 1).some((k) => !same(row.props[k], before[k]));
    if (!differs) continue;
    const held = before[group[0]];
    if (held != null && key === 'file') {
      conflict(field, `the database holds another text (${String(before.text ?? '').length} characters, sha256 ${String(held).slice(0, 12)}…) than the file ` +
        `(${String(row.props.text).length} characters, sha256 ${String(row.props.textSha256).slice(0, 12)}…); a stored text is never replaced: add a new version with addSourceVersion`);
      continue;
    }
    if (held != null && !update) {
      const what = key === 'quote' || key === 'occurrence' ? (p: Record<string, unknown>) => `${shown(p.quote)} at ${String(p.start)}` : (p: Record<string, unknown>) => shown(p[group[0]]);
      conflict(field, `the database has ${what(before)}, the file has ${what(row.props)}; run with --update to take the file's value`);
      continue;
    }
    for (const k of group) change[k] = row.props[k];
    if (key === 'name' && typeof before.name === 'string') {
      change.aliases = uniqueNames([...((change.aliases ?? before.aliases ?? []) as string[]), before.name], String(row.props.name));
    }
  }
  return change;
}

/** Every declared entry's origin: its file, how a reader names it, and its YAML mapping. */
export function entryOrigins(annotations: ReadonlyMap<string, unknown>): Map<string, EntryOrigin> {
  const out = new Map<string, EntryOrigin>();
  const add = (file: string, word: string, raw: unknown) => {
    if (raw && typeof raw === 'object' && typeof (raw as { id?: unknown }).id === 'string') {
      const id = (raw as { id: string }).id;
      if (!out.has(id)) out.set(id, { file, entry: `${word} ${id}`, raw: raw as Record<string, unknown> });
    }
  };
  const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
  for (const [file, doc] of annotations) {
    const d = (doc ?? {}) as Record<string, unknown>;
    list(d.actors).forEach((a) => add(file, 'actor', a));
    list(d.events).forEach((e) => add(file, 'event', e));
    list(d.sources).forEach((s) => add(file, 'source', s));
    add(file, 'source', d.source);
    for (const c of list(d.claims)) {
      add(file, 'claim', c);
      list((c as Record<string, unknown> | null)?.attributions).forEach((a) => add(file, 'attribution', a));
    }
  }
  return out;
}

/** One-valued links an attribution holds, as the database has them (ids resolved through merges). */
export interface HeldAttribution {
  speakerId: string | null;
  onBehalfOfId: string | null;
}

/**
 * An existing attribution re-declared with another speaker or office: links add up in a
 * bulk write, so this would give it two speakers. It is refused, even with --update:
 * the way to change who said something is to retract the attribution and add another.
 */
export function attributionLinkConflicts(
  rows: GraphRows,
  origins: ReadonlyMap<string, EntryOrigin>,
  held: ReadonlyMap<string, HeldAttribution>,
  resolve: (id: string) => string,
): Problem[] {
  const out: Problem[] = [];
  const check = (key: 'by' | 'onBehalfOf', field: 'speakerId' | 'onBehalfOfId') => {
    for (const link of rows[key]) {
      const h = held.get(link.from);
      if (!h || h[field] === null || resolve(link.to) === h[field]) continue;
      const o = origins.get(link.from);
      out.push({
        file: o?.file ?? '?', entry: o?.entry ?? link.from, id: link.from, field,
        message: `the database has "${h[field]}", the file has "${link.to}"; an import does not change who said something: retract the attribution and add another`,
      });
    }
  };
  check('by', 'speakerId');
  check('onBehalfOf', 'onBehalfOfId');
  return out;
}
