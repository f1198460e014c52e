import { attributionProps } from '../domain/attribution';
import { checkClaimLink } from '../domain/claim-rules';
import { DomainError } from '../domain/errors';
import { dateRange, partialDateProps } from '../domain/partial-date';
import { occurrencesOf } from '../domain/quote-span';
import { sha256 } from '../domain/sha256';
import { formatProblem, type Problem } from './import-problems';
import type { RawSeed } from './seed-files';
import { parseShared, parseSourceDoc, type SchemaIssue } from './seed-parse';
import type { SharedDoc, SourceDoc } from './seed-schema';
import type { GraphRows } from '../graph/rows';
import { emptyRows } from '../graph/rows';

export class SeedValidationError extends Error {
  /** Each problem as one line: file: entry: field: reason. */
  readonly problems: string[];
  constructor(readonly details: Problem[]) {
    const lines = details.map(formatProblem);
    super(`The seed annotations have ${lines.length} problem(s); nothing was written:\n  - ${lines.join('\n  - ')}`);
    this.name = 'SeedValidationError';
    this.problems = lines;
  }
}

/** Where an entry is: its file, how a reader names it, its id and (for entries without one) its YAML path. */
interface Where {
  file: string;
  entry: string;
  id?: string;
  path?: PropertyKey[];
}

export type Kind = 'actor' | 'person' | 'organisation' | 'event' | 'source' | 'claim' | 'attribution';

export interface PlanOptions {
  /** Ids already in the database, with their kinds: an import may refer to them. */
  known?: ReadonlyMap<string, Kind>;
  /** The seed needs shared.yaml; an import of further articles may do without. */
  requireShared?: boolean;
  /** Where source.file names are looked for, for messages. */
  textsDir?: string;
  /** Ids or names an unknown id may have meant, nearest first. */
  suggest?: (id: string, kinds: Kind[]) => string[];
}

/** Word boundaries in any script: the surface must not continue a longer word ("ENRI" in "ENRICH"). */
const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

/** Date properties as the writes store them; a bad date becomes a reported problem, not a throw. */
function dateFields(prefix: string, value: string | null | undefined, where: Where, problems: Problem[]): Record<string, string | null> {
  if (value == null) return { [prefix]: null, [`${prefix}From`]: null, [`${prefix}To`]: null };
  try {
    return partialDateProps(prefix, value);
  } catch (e) {
    problems.push({ ...where, field: prefix, message: (e as Error).message });
    return {};
  }
}

/**
 * Validates the whole seed and turns it into rows to write. Every problem is collected
 * (file, entry, reason) and reported together; on any problem nothing is returned.
 */
export function planSeed(raw: RawSeed, options: PlanOptions = {}): { rows: GraphRows; digest: string } {
  const problems: Problem[] = [];
  // Schema problems are collected entry by entry; the valid entries go on to be checked too.
  // An entry refused by the schema (and the entries around it) still has its id: what follows from its refusal is not reported again.
  const broken = new Set<string>();
  const schemaProblems = (file: string, root: unknown) => (issues: SchemaIssue[]) => {
    for (const i of issues) {
      const { enclosing, ...where } = describePath(root, i.path);
      enclosing.forEach((id) => broken.add(id));
      problems.push({ file, ...where, path: i.path, message: i.message });
    }
  };

  const sharedRaw = raw.annotations.get('shared.yaml');
  if (sharedRaw === undefined && options.requireShared !== false) problems.push({ file: 'shared.yaml', entry: null, message: 'missing' });
  const shared: SharedDoc = parseShared(sharedRaw ?? {}, schemaProblems('shared.yaml', sharedRaw));
  const docs: { file: string; doc: SourceDoc }[] = [];
  for (const [file, value] of raw.annotations) {
    if (file === 'shared.yaml') continue;
    const doc = parseSourceDoc(value, schemaProblems(file, value));
    if (doc) docs.push({ file, doc });
  }

  // Every id, once, with its kind and where it was declared.
  const ids = new Map<string, { kind: Kind; where: Where }>();
  const declare = (id: string, kind: Kind, where: Where) => {
    const prev = ids.get(id);
    if (prev) problems.push({ ...where, field: 'id', message: `duplicate id "${id}" (already declared in ${prev.where.file}: ${prev.where.entry})` });
    else ids.set(id, { kind, where });
  };
  const at_ = (file: string, word: string, id: string): Where => ({ file, entry: `${word} ${id}`, id });
  for (const a of shared.actors) declare(a.id, a.type === 'PERSON' ? 'person' : 'organisation', at_('shared.yaml', 'actor', a.id));
  for (const e of shared.events) declare(e.id, 'event', at_('shared.yaml', 'event', e.id));
  for (const s of shared.sources) declare(s.id, 'source', at_('shared.yaml', 'source', s.id));
  for (const { file, doc } of docs) {
    declare(doc.source.id, 'source', at_(file, 'source', doc.source.id));
    for (const c of doc.claims) {
      declare(c.id, 'claim', at_(file, 'claim', c.id));
      for (const a of c.attributions) declare(a.id, 'attribution', at_(file, 'attribution', a.id));
    }
  }
  const expect = (id: string | null | undefined, kinds: Kind[], where: Where, field: string) => {
    if (id == null) return;
    const found = ids.get(id) ?? (options.known?.has(id) ? { kind: options.known.get(id)! } : undefined);
    if (!found && !broken.has(id)) problems.push({ ...where, field, message: `"${id}" does not exist`, suggestions: options.suggest?.(id, kinds) });
    else if (found && !kinds.includes(found.kind)) problems.push({ ...where, field, message: `"${id}" is a ${found.kind}, expected ${kinds.join(' or ')}` });
  };
  const ACTOR: Kind[] = ['person', 'organisation'];

  const rows = emptyRows();
  const at = new Date().toISOString();
  const audit = { createdBy: 'seed', createdAt: at };

  const sourceRow = (s: SharedDoc['sources'][number], where: Where, text: string | null) => {
    expect(s.publisherId, ['organisation'], where, 'publisherId');
    s.authorIds.forEach((a) => expect(a, ['person'], where, 'authorIds'));
    s.cites.forEach((c) => expect(c, ['source'], where, 'cites'));
    rows.sources.push({
      id: s.id,
      props: {
        title: s.title, kind: s.kind, url: s.url ?? null, language: s.language ?? 'en', description: s.description ?? null,
        text, textSha256: text === null ? null : sha256(text),
        ...dateFields('publishedAt', s.publishedAt, where, problems),
      },
      audit,
    });
    if (s.publisherId) rows.publishedBy.push({ from: s.id, to: s.publisherId });
    for (const a of s.authorIds) rows.authoredBy.push({ from: s.id, to: a });
    for (const c of s.cites) rows.cites.push({ from: s.id, to: c });
  };

  for (const a of shared.actors) {
    const target = a.type === 'PERSON' ? rows.persons : rows.organisations;
    target.push({
      id: a.id,
      props: {
        name: a.name, aliases: a.aliases, description: a.description ?? null, wikidataId: a.wikidataId ?? null,
        ...(a.type === 'ORGANISATION' ? { acronym: a.acronym ?? null, orgKind: a.orgKind ?? 'OTHER', country: a.country ?? null } : {}),
      },
      audit,
    });
  }
  for (const e of shared.events) {
    const where = at_('shared.yaml', 'event', e.id);
    rows.events.push({ id: e.id, props: { name: e.name, place: e.place ?? null, description: e.description ?? null, ...dateFields('date', e.date, where, problems) }, audit });
  }
  for (const s of shared.sources) sourceRow(s, at_('shared.yaml', 'source', s.id), null);
  shared.positions.forEach((p, i) => {
    const where = { file: 'shared.yaml', entry: `positions[${i}] (${p.personId} at ${p.orgId})`, path: ['positions', i] };
    expect(p.personId, ['person'], where, 'personId');
    expect(p.orgId, ['organisation'], where, 'orgId');
    rows.positions.push({ from: p.personId, to: p.orgId, props: { title: p.title, ...datesOf(p, where, problems) } });
  });
  shared.memberships.forEach((m, i) => {
    const where = { file: 'shared.yaml', entry: `memberships[${i}] (${m.memberId} in ${m.orgId})`, path: ['memberships', i] };
    expect(m.memberId, ['organisation'], where, 'memberId');
    expect(m.orgId, ['organisation'], where, 'orgId');
    rows.memberships.push({ from: m.memberId, to: m.orgId, props: datesOf(m, where, problems) });
  });

  const relations = [
    ...shared.relations.map((r, i) => ({ r, file: 'shared.yaml', i })),
    ...docs.flatMap(({ file, doc }) => doc.relations.map((r, i) => ({ r, file, i }))),
  ];

  for (const { file, doc } of docs) {
    const text = raw.texts.get(doc.source.file);
    if (text === undefined) {
      problems.push({ ...at_(file, 'source', doc.source.id), field: 'file', message: `"${doc.source.file}" is not in ${options.textsDir ?? 'seeds/sources/'}` });
      continue;
    }
    sourceRow(doc.source, at_(file, 'source', doc.source.id), text);
    // Longest spellings first, so "Moskalkova" inside "Tatyana Moskalkova" is not a second mention.
    const taken: [number, number][] = [];
    for (const m of [...doc.mentions].sort((a, b) => b.surface.length - a.surface.length)) {
      const where = { file, entry: `mention "${m.surface}" of ${m.actorId}`, path: ['mentions', doc.mentions.indexOf(m)] };
      expect(m.actorId, ACTOR, where, 'actorId');
      const starts = occurrencesOf(text, m.surface).filter((s) => !isWordChar(text[s - 1]) && !isWordChar(text[s + m.surface.length]));
      if (starts.length === 0) problems.push({ ...where, field: 'surface', message: `does not occur in ${doc.source.file} as a whole word` });
      for (const start of starts) {
        const end = start + m.surface.length;
        if (taken.some(([s, e]) => start < e && end > s)) continue;
        taken.push([start, end]);
        rows.mentions.push({ from: m.actorId, to: doc.source.id, props: { surface: m.surface, start, end } });
      }
    }
    for (const c of doc.claims) {
      const where = at_(file, 'claim', c.id);
      if (c.attributions.length === 0 && !broken.has(c.id)) problems.push({ ...where, field: 'attributions', message: 'has no attribution (every claim needs at least one)' });
      c.about.forEach((x) => expect(x, [...ACTOR, 'event'], where, 'about'));
      rows.claims.push({ id: c.id, props: { text: c.text, status: 'ACTIVE' }, audit });
      for (const x of c.about) rows.about.push({ from: c.id, to: x });
      for (const a of c.attributions) {
        const aw = at_(file, 'attribution', a.id);
        expect(a.speakerId, ACTOR, aw, 'speakerId');
        expect(a.onBehalfOfId, ['organisation'], aw, 'onBehalfOfId');
        a.viaIds.forEach((v) => expect(v, ['source'], aw, 'viaIds'));
        const props = reported(aw, problems, () => attributionProps(a, { id: doc.source.id, text }));
        if (!props) continue;
        rows.attributions.push({ id: a.id, props, audit });
        rows.of.push({ from: a.id, to: c.id });
        rows.by.push({ from: a.id, to: a.speakerId });
        rows.in.push({ from: a.id, to: doc.source.id });
        if (a.onBehalfOfId) rows.onBehalfOf.push({ from: a.id, to: a.onBehalfOfId });
        for (const v of a.viaIds) rows.via.push({ from: a.id, to: v });
      }
    }
  }
  for (const { r, file, i } of relations) {
    const where = { file, entry: `relation ${r.from} ${r.kind} ${r.to}`, path: ['relations', i] };
    expect(r.from, ['claim'], where, 'from');
    expect(r.to, ['claim'], where, 'to');
    reported(where, problems, () => checkClaimLink(r.from, r.to));
    const target = r.kind === 'CONTRADICTS' ? rows.contradicts : rows.supports;
    target.push({ from: r.from, to: r.to, props: { id: `${r.kind.toLowerCase()}-${r.from}-${r.to}`, basis: r.basis, createdBy: 'seed', createdAt: at } });
  }
  if (problems.length > 0) throw new SeedValidationError(problems);
  const digest = sha256(JSON.stringify({ a: [...raw.annotations.entries()], t: [...raw.texts.entries()] }));
  return { rows, digest };
}

/** dateRange, with a bad date reported instead of thrown. */
function datesOf(r: { from?: string | null; to?: string | null }, where: Where, problems: Problem[]) {
  return reported(where, problems, () => dateRange(r)) ?? { from: null, to: null };
}

/** Runs a domain rule; a refusal becomes a reported problem (entry, reason) instead of a throw. */
function reported<T>(where: Where, problems: Problem[], rule: () => T): T | null {
  try {
    return rule();
  } catch (e) {
    if (!(e instanceof DomainError)) throw e;
    problems.push({ ...where, field: e.subject?.field ?? null, message: e.message });
    return null;
  }
}

/** A schema problem's entry ("claims[3].attributions[0] (entry attr-x)") and field ("quote"), so a reader can find it. */
function describePath(root: unknown, path: PropertyKey[]): { entry: string | null; id?: string; field: string | null; enclosing: string[] } {
  let node: unknown = root;
  let label = '';
  let lastId: string | undefined;
  const enclosing: string[] = [];
  const last = path.length > 0 && typeof path[path.length - 1] === 'string' ? String(path[path.length - 1]) : null;
  for (const p of last ? path.slice(0, -1) : path) {
    label += typeof p === 'number' ? `[${p}]` : `${label ? '.' : ''}${String(p)}`;
    node = node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[p] : undefined;
    if (node && typeof node === 'object' && typeof (node as { id?: unknown }).id === 'string') enclosing.push((lastId = (node as { id: string }).id));
  }
  const entry = lastId ? `${label} (entry ${lastId})` : label || null;
  return { entry, id: lastId, field: last, enclosing };
}
