import type { Driver } from 'neo4j-driver';
import pino from 'pino';
import { KINDS } from '../../src/domain/kinds';
import { Executor, type Tx } from '../../src/graph/Executor';
import type { Params, Row, Statement } from '../../src/graph/query';

/** What the recorder needs of a statement: its catalogue name and text. */
type NamedQuery = Pick<Statement, 'name' | 'text'>;

/** One statement sent: which catalogue entry, with which parameter names, in which kind of transaction. */
export interface Sent {
  statement: string;
  params: string[];
  via: 'read' | 'readTx' | 'writeTx';
  /** How many keys a batch statement ($ids) carried. */
  batch?: number;
}

/**
 * An Executor that talks to no database: it records every statement the resolvers send
 * (each run is one round trip, as on Bolt) and answers with fake rows shaped from the
 * statement's own RETURN clause, enough for resolvers to go on to their next fields.
 */
export class RecordingExecutor extends Executor {
  readonly sent: Sent[] = [];

  /**
   * splitBatches sends a batch statement once per id, as a loader that stopped batching
   * would (an N+1): for the control test that shows a recording can fail.
   */
  constructor(private readonly options: { splitBatches?: boolean } = {}) {
    // The driver is never touched: every method that would use it is overridden below.
    super({} as Driver, 'neo4j', 1_000, pino({ level: 'silent' }));
  }

  // Fake rows stand in for whatever shape a statement declares: the recorder checks statements, not rows.
  override async read<P extends object, R extends object>(query: Statement<P, R>, params: P): Promise<R[]> {
    return this.answer('read', query, params as Params) as unknown as R[];
  }

  override async write<P extends object, R extends object>(query: Statement<P, R>, params: P): Promise<R[]> {
    return this.answer('writeTx', query, params as Params) as unknown as R[];
  }

  override async readTx<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return work(this.recordingTx('readTx'));
  }

  override async writeTx<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return work(this.recordingTx('writeTx'));
  }

  private recordingTx(via: Sent['via']): Tx {
    return { run: async <P extends object, R extends object>(query: Statement<P, R>, params: P) => this.answer(via, query, params as Params) as unknown as R[] };
  }

  override async runSchemaStatement(): Promise<void> {
    throw new Error('the recording executor runs no schema statements');
  }

  private answer(via: Sent['via'], query: NamedQuery, params: Params): Row[] {
    const ids = Array.isArray(params.ids) ? params.ids : null;
    if (this.options.splitBatches && ids && ids.length > 1) return ids.flatMap((id) => this.answer(via, query, { ...params, ids: [id] }));
    this.sent.push({ statement: query.name, params: Object.keys(params).sort(), via, ...(ids ? { batch: ids.length } : {}) });
    return fakeRows(query, params);
  }
}

const KIND_BY_AREA: Record<string, keyof typeof KINDS> = {
  attribution: 'ATTRIBUTION', claim: 'CLAIM', source: 'SOURCE', actor: 'ORGANISATION', review: 'REVIEW',
  history: 'CHANGE', event: 'EVENT', factcheck: 'CLAIM', search: 'ORGANISATION', explorer: 'ORGANISATION',
  analysis: 'CLAIM', node: 'CLAIM', matching: 'CLAIM', resolution: 'PERSON',
};

/** A node as a `n {.*, labels: labels(n)}` projection returns it, with the ids the shared field lists add. */
export function fakeNode(kindName: keyof typeof KINDS, id: string): Row {
  const kind = KINDS[kindName];
  return {
    id,
    labels: [kind.label, ...kind.extraLabels],
    status: 'ACTIVE',
    name: `${kind.word} ${id}`,
    text: `text of ${id}`,
    title: `title of ${id}`,
    quote: 'quote',
    surface: 'surface',
    ratingLabel: 'Unproven',
    url: 'https://factcheck.example.org/fake',
    start: 0,
    end: 5,
    mode: 'DIRECT_QUOTE',
    claimId: 'claim-fake-1',
    speakerId: 'person-fake-1',
    sourceId: 'src-fake-1',
    viaIds: [],
    viaCount: 0,
    claimText: `text of ${id}`,
    ...(kindName === 'ATTRIBUTION' ? { speakerNode: fakeNode('PERSON', 'person-fake-1'), sourceNode: fakeNode('SOURCE', 'src-fake-1') } : {}),
    createdAt: '2024-01-01T00:00:00Z',
    createdBy: 'tck',
  };
}

/** The names a statement's last RETURN gives its columns (aliases, or the bare variable). */
export function returnColumns(text: string): string[] {
  const code = text.replace(/\/\/.*$/gm, '');
  // The statement's own last RETURN: those inside subqueries ({ … RETURN … }) name no columns.
  let at = -1;
  let level = 0;
  for (let i = 0; i < code.length; i++) {
    const ch = code[i]!;
    if (ch === '{') level++;
    else if (ch === '}') level--;
    else if (level === 0 && /^RETURN\b/i.test(code.slice(i, i + 7)) && !/\w/.test(code[i - 1] ?? ' ')) at = i;
  }
  if (at < 0) return [];
  let clause = code.slice(at + 'RETURN'.length).replace(/^\s*DISTINCT\b/i, '');
  const items: string[] = [];
  let depth = 0;
  let item = '';
  for (const ch of clause) {
    if ('([{'.includes(ch)) depth++;
    if (')]}'.includes(ch)) depth--;
    if (ch === ',' && depth === 0) {
      items.push(item);
      item = '';
    } else item += ch;
  }
  items.push(item);
  clause = '';
  const flat = (i: string): string => {
    // Nested maps, lists and calls are one token here, so their own LIMIT or AS are not the column's.
    let prev = '';
    while (prev !== i) [prev, i] = [i, i.replace(/\([^()]*\)|\[[^[\]]*\]|\{[^{}]*\}/g, '_')];
    return i;
  };
  return items
    .map(flat)
    .map((i) => i.replace(/\b(ORDER\s+BY|SKIP|LIMIT|UNION)\b[\s\S]*$/i, '').trim())
    .map((i) => /\bAS\s+`?(\w+)`?\s*$/i.exec(i)?.[1] ?? (/^\w+$/.test(i) ? i : /^\w+\.(\w+)$/.exec(i)?.[1] ?? ''))
    .filter(Boolean);
}

/** Fake rows for a statement: one per id for a batch ($ids), two otherwise, so list fields have items to resolve. */
export function fakeRows(query: NamedQuery, params: Params): Row[] {
  const area = query.name.split('/')[0]!;
  const kind = KIND_BY_AREA[area] ?? 'CLAIM';
  const columns = returnColumns(query.text);
  const ids = Array.isArray(params.ids) ? params.ids.map(String) : null;
  const keys = ids ?? [`${KINDS[kind].idPrefix}-fake-1`, `${KINDS[kind].idPrefix}-fake-2`];
  const countOnly = columns.length > 0 && columns.every((c) => /count|total/i.test(c));
  return (countOnly && !ids ? keys.slice(0, 1) : keys).map((id) => {
    const row: Row = {};
    for (const c of columns) row[c] = fakeColumn(query.name, c, id, kind);
    return row;
  });
}

/** The kind an id's prefix names (org-…, claim-…), so a batch's fake node is of the kind asked for. */
function kindOfId(id: string, fallback: keyof typeof KINDS): keyof typeof KINDS {
  const kinds = Object.keys(KINDS) as (keyof typeof KINDS)[];
  return kinds.find((k) => id.startsWith(`${KINDS[k].idPrefix}-`)) ?? fallback;
}

/** Columns whose value is nested deeper than a node or a list of nodes, by statement. */
const NESTED: Record<string, (column: string, id: string) => unknown> = {
  'factcheck/provenance': (column) =>
    column === 'entries' ? [{ sourceId: 'src-fake-1', chains: [['src-fake-1', 'src-fake-2']], attribution: fakeNode('ATTRIBUTION', 'attr-fake-1') }] : undefined,
  'analysis/impact': (column) =>
    column === 'claims' ? [{ id: 'claim-fake-1', active: [], supports: ['claim-fake-2'], disputes: [] }]
    : column === 'labels' ? ['Attribution'] : column === 'affected' ? ['attr-fake-1'] : undefined,
  'matching/gather': (column) =>
    column === 'exact' ? [{ id: 'claim-fake-1', text: 'text of claim-fake-1' }]
    : column === 'bm25' ? [{ id: 'claim-fake-2', text: 'text of claim-fake-2' }]
    : column === 'nearest' ? [{ id: 'claim-fake-1', text: 'text of claim-fake-1', cosine: 0.9 }]
    : column === 'cosines' ? [{ id: 'claim-fake-2', cosine: 0.5 }] : undefined,
  'desk/lookupActors': (column, id) => (column === 'node' ? fakeNode('PERSON', `person-${id}`) : undefined),
  // The bounded search proves its page: the exact statement is not needed.
  'search/bounded': (column) =>
    column === 'exact' ? true
    : column === 'page' ? ['claim-fake-1', 'claim-fake-2'].map((id) => ({ node: fakeNode('CLAIM', id), score: 0.5, matchedOn: 'text' })) : undefined,
  'explorer/expand': (column, id) =>
    column === 'kind' ? 'Claim' : column === 'rows' ? [{ node: fakeNode('CLAIM', `claim-${id}-a`) }, { node: fakeNode('CLAIM', `claim-${id}-b`) }] : undefined,
};

/** A column named after a kind (claim, counterclaim, sources…) holds nodes of that kind. */
function kindOfColumn(column: string): keyof typeof KINDS | undefined {
  const word = column.toLowerCase().replace(/^counter/, '').replace(/s$/, '');
  return (Object.keys(KINDS) as (keyof typeof KINDS)[]).find((k) => KINDS[k].word === word);
}

function fakeColumn(statement: string, column: string, id: string, areaKind: keyof typeof KINDS): unknown {
  const nested = NESTED[statement]?.(column, id);
  if (nested !== undefined) return nested;
  const kind = kindOfId(id, areaKind);
  if (column === 'id') return id;
  const named = kindOfColumn(column);
  if (named) return column.endsWith('s') ? [fakeNode(named, `${KINDS[named].idPrefix}-fake-1`), fakeNode(named, `${KINDS[named].idPrefix}-fake-2`)] : fakeNode(named, `${KINDS[named].idPrefix}-${id}`);
  if (/count|total/i.test(column)) return 2;
  // Typed rows (graph/query.ts) are read as declared: a score is a number, matchedOn a field name.
  if (/score|similarity|cosine/i.test(column)) return 0.5;
  if (column === 'matchedOn') return 'name';
  if (/(Id|name|date|At|quote|text|title|label|surface)$/i.test(column)) return `${column}-${id}`;
  if (/^(node|n|a|c|s|item|claim|actor|source|attribution|review|change|target|survivor)$/i.test(column)) return fakeNode(kind, id);
  const prefix = KINDS[areaKind].idPrefix;
  if (/(items|nodes|list|rows|entries)$/i.test(column)) return [fakeNode(areaKind, `${prefix}-${id}-a`), fakeNode(areaKind, `${prefix}-${id}-b`)];
  if (/ids$/i.test(column)) return [];
  if (/(s)$/.test(column)) return [];
  return null;
}
