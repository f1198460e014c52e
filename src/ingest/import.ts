import type { Executor } from '../graph/Executor';
import { type QueryCatalogue, bindAll } from '../graph/QueryCatalogue';
import { defineQuery } from '../graph/query';
import { RECORD_CHANGE } from '../graph/repositories/bulk-queries';
import { NODE_PROPS, NODES_BY_IDS, type StoredProps } from '../graph/repositories/shared-batches';
import { BulkWriter, ROW_KEYS, type RowKey } from '../graph/repositories/BulkWriter';
import { LINKS } from '../graph/query-templates';
import type { GraphRows, LinkRow } from '../graph/rows';
import { ReadRepository } from '../graph/repositories/ReadRepository';
import { toGraphNode } from '../graph/records';
import { sha256 } from '../domain/sha256';
import { ImportRefused, idLikeStrings, readArticles } from './article-files';
import { NODE_KEYS, attributionLinkConflicts, entryOrigins, mergeImport, type HeldAttribution, type NodeKey } from './import-merge';
import { locateProblems, type Problem } from './import-problems';
import { suggester, type KnownEntry } from './import-suggest';
import { LINK_WORDS, describeImport } from './import-summary';
import { leftTodos } from './draft-todos';
import { SeedValidationError, planSeed, type Kind } from './seed-plan';
import { declaredActors, notDuplicateProblems, suspectedDuplicates, writeDifferentPairs } from './actor-duplicates';

export interface ImportResult {
  changeId: string | null;
  /** False when nothing was written: a dry run, or everything is already in the database. */
  written: boolean;
  /** What the import adds, links and updates, in words; null when it changes nothing. */
  summary: string | null;
  counts: Record<string, number>;
  files: string[];
}

export interface ImportOptions {
  by?: string;
  /** Take the file's value where it differs from the database's. */
  update?: boolean;
  /** Plan and check everything, write nothing. */
  dryRun?: boolean;
  step?: (label: string) => void;
}

const KIND: Record<string, Kind | undefined> = {
  PERSON: 'person', ORGANISATION: 'organisation', SOURCE: 'source', CLAIM: 'claim', ATTRIBUTION: 'attribution', EVENT: 'event',
};
const KIND_OF_LABEL: Record<string, Kind> = { Person: 'person', Organisation: 'organisation', Source: 'source', Claim: 'claim', Attribution: 'attribution', Event: 'event' };
const KIND_OF_KEY: Record<NodeKey, Kind> = { persons: 'person', organisations: 'organisation', sources: 'source', events: 'event', claims: 'claim', attributions: 'attribution' };
const kindOf = (labels: string[] | undefined): Kind | undefined => (labels ?? []).map((l) => KIND_OF_LABEL[l]).find(Boolean);
const typeOf = (key: RowKey) => LINKS.find((l) => l.suffix.toLowerCase() === key.toLowerCase())?.type;
type LinkKey = { from: string; to: string; type: string | undefined };
const IDS_AND_NAMES = defineQuery<{ limit: number }, { id: string; labels: string[]; name: string | null; aliases: string[] | null }>('bulk/importIdsAndNames', ['limit']);
const EXISTING_LINKS = defineQuery<{ rows: LinkKey[] }, LinkKey>('bulk/importExistingLinks', ['rows']);
const SOURCE_DUPLICATES = defineQuery<
  { rows: { id: string; url: unknown; sha: unknown }[] },
  { id: string; field: 'url' | 'sha'; existingId: string }
>('bulk/importSourceDuplicates', ['rows']);
/** "Did you mean" looks through at most this many ids. */
const SUGGEST_LIMIT = 200_000;

/**
 * Imports articles in the seed format: every problem of every file reported at once (with
 * file:line, entry and field), what the database holds merged rather than overwritten,
 * everything in one transaction with one Change that records each changed field.
 */
export async function importArticles(executor: Executor, catalogue: QueryCatalogue, target: string, options: ImportOptions = {}): Promise<ImportResult> {
  const q = bindAll(catalogue, { change: RECORD_CHANGE, props: NODE_PROPS, names: IDS_AND_NAMES, links: EXISTING_LINKS, dups: SOURCE_DUPLICATES });
  const raw = readArticles(target);
  // A draft from `claimgraph suggest` is refused while any TODO is left in it.
  const todos = leftTodos(raw.annotations);
  if (todos.length > 0) throw new ImportRefused(todos);
  options.step?.('read');
  const problems: Problem[] = [...raw.problems];
  const files = [...raw.annotations.keys()];

  // Ids the files mention: as stored (to merge into), and as they resolve (a merged actor's id gives its survivor's kind).
  const candidates = [...idLikeStrings([...raw.annotations.values()])];
  const existing = new Map<string, StoredProps>();
  for (const r of await executor.read(q.props, { ids: candidates })) existing.set(r.id, r.props);
  const known = new Map<string, Kind>();
  const survivors = new Map<string, string>();
  const heldAttributions = new Map<string, HeldAttribution>();
  const resolved = await new ReadRepository(executor, catalogue).batch(NODES_BY_IDS, candidates, 'node', {});
  candidates.forEach((id, i) => {
    const node = toGraphNode(resolved[i]);
    const kind = KIND[node?.kind ?? ''];
    if (kind) known.set(id, kind);
    if (node) survivors.set(id, node.id);
    if (node?.kind === 'ATTRIBUTION') {
      heldAttributions.set(id, { speakerId: (node.speakerId as string | null) ?? null, onBehalfOfId: (node.onBehalfOfId as string | null) ?? null });
    }
  });
  const entries: KnownEntry[] = (await executor.read(q.names, { limit: SUGGEST_LIMIT })).flatMap((r) => {
    const kind = kindOf(r.labels);
    return kind ? [{ id: r.id, kind, names: [r.name, ...(r.aliases ?? [])].filter((n): n is string => typeof n === 'string') }] : [];
  });

  let rows: GraphRows | null = null;
  let digest = '';
  try {
    ({ rows, digest } = planSeed(raw, { known, requireShared: false, textsDir: raw.textsDir, suggest: suggester(entries) }));
  } catch (e) {
    if (!(e instanceof SeedValidationError)) throw e;
    problems.push(...e.details);
  }
  // New actors that look like actors already held (or like each other) are refused unless notDuplicateOf says otherwise.
  const actors = declaredActors(raw);
  const knownActors = new Set([...known].filter(([, k]) => k === 'person' || k === 'organisation').map(([id]) => id));
  problems.push(...notDuplicateProblems(actors, knownActors), ...(await suspectedDuplicates(executor, catalogue, actors, knownActors)));
  options.step?.('validated');
  if (!rows) throw refused(problems, raw.yaml);

  const at = new Date().toISOString();
  const origins = entryOrigins(raw.annotations);
  for (const key of NODE_KEYS) {
    for (const row of rows[key]) {
      row.audit = { createdBy: options.by ?? 'cli', createdAt: at };
      const held = existing.get(row.id);
      const heldKind = held ? kindOf(held.labels) : undefined;
      if (held && heldKind !== KIND_OF_KEY[key]) {
        const o = origins.get(row.id);
        problems.push({ file: o?.file ?? '?', entry: o?.entry ?? row.id, id: row.id, field: 'id', message: `"${row.id}" already belongs to a ${heldKind ?? (held.labels ?? []).join('/')} in the database` });
      }
    }
  }
  const sourceRows = rows.sources.filter((s) => s.props.url != null || s.props.textSha256 != null);
  for (const d of await executor.read(q.dups, { rows: sourceRows.map((s) => ({ id: s.id, url: s.props.url ?? null, sha: s.props.textSha256 ?? null })) })) {
    const o = origins.get(d.id);
    problems.push({
      file: o?.file ?? '?', entry: o?.entry ?? d.id, id: d.id, field: d.field === 'url' ? 'url' : 'file',
      message: `source "${d.existingId}" already holds this ${d.field === 'url' ? 'URL' : 'text'}`,
    });
  }
  const merged = mergeImport(rows, origins, existing, { update: options.update ?? false, at });
  problems.push(...merged.conflicts, ...attributionLinkConflicts(rows, origins, heldAttributions, (id) => survivors.get(id) ?? id));
  if (problems.length) throw refused(problems, raw.yaml);

  const linkRows = ROW_KEYS.filter((k) => LINK_WORDS[k] && rows![k].length).flatMap((k) => (rows![k] as LinkRow[]).map((r) => ({ from: r.from, to: r.to, type: typeOf(k), key: k })));
  const held = new Set((await executor.read(q.links, { rows: linkRows.map(({ from, to, type }) => ({ from, to, type })) })).map((r) => `${r.from} ${r.to} ${r.type}`));
  const links: Partial<Record<RowKey, number>> = {};
  for (const l of linkRows) if (!held.has(`${l.from} ${l.to} ${l.type}`)) links[l.key] = (links[l.key] ?? 0) + 1;
  const summary = describeImport(merged.created, links, merged.updated);
  const counts = Object.fromEntries(ROW_KEYS.map((k) => [k, merged.rows[k].length]));
  if (options.dryRun || summary === null) return { changeId: null, written: false, summary, counts, files };

  // The same content imported again with changes in between gets a Change of its own.
  const first = `change-import-${digest.slice(0, 16)}`;
  const taken = (await executor.read(q.props, { ids: [first] })).length > 0;
  const changeId = taken ? `change-import-${sha256(digest + at).slice(0, 16)}` : first;
  const nodeIds = NODE_KEYS.flatMap((k) => merged.rows[k].map((r) => r.id));
  const details = JSON.stringify({ digest, counts, files, summary, update: options.update ?? false });
  await new BulkWriter(executor, catalogue).writeAll(merged.rows, 1000, async (tx) => {
    await writeDifferentPairs(tx, catalogue, actors, at, options.by ?? 'cli');
    await tx.run(q.change, { changeId, at, by: options.by ?? 'cli', operation: 'import', ids: nodeIds, details, fields: JSON.stringify(merged.fields) });
  });
  options.step?.('written');
  return { changeId, written: true, summary, counts, files };
}

function refused(problems: Problem[], yaml: ReadonlyMap<string, string>): ImportRefused {
  const located = locateProblems(problems, yaml);
  return new ImportRefused(located.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0)));
}
