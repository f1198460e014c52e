import { LineCounter, parseDocument, isMap, isScalar, isSeq, type Node as YamlNode } from 'yaml';

/** One thing wrong with an entry: where (file, entry, field, YAML path), what, and what may have been meant. */
export interface Problem {
  file: string;
  /** The entry as a reader finds it: "claim claim-1", "positions[2] (person-x at org-y)"; null: the file as a whole. */
  entry: string | null;
  /** The entry's id, when it has one: lines are found by it. */
  id?: string;
  /** The path in the parsed YAML, when known (schema problems). */
  path?: PropertyKey[];
  field?: string | null;
  message: string;
  /** "Did you mean" suggestions. */
  suggestions?: string[];
  /** 1-based line, filled in by locateProblems when the file's text is at hand. */
  line?: number;
}

/** file[:line]: entry: field: message (did you mean …?) */
export function formatProblem(p: Problem): string {
  const where = [p.line ? `${p.file}:${p.line}` : p.file, p.entry, p.field].filter(Boolean).join(': ');
  const hint = p.suggestions?.length ? ` (did you mean ${p.suggestions.map((s) => JSON.stringify(s)).join(' or ')}?)` : '';
  return `${where}: ${p.message}${hint}`;
}

/** The YAML node at a path, walking maps by key and sequences by index. */
function nodeAt(root: YamlNode | null, path: PropertyKey[]): YamlNode | null {
  let node: YamlNode | null = root;
  for (const key of path) {
    if (isMap(node)) node = (node.items.find((p) => isScalar(p.key) && p.key.value === key)?.value as YamlNode | undefined) ?? null;
    else if (isSeq(node) && typeof key === 'number') node = (node.items[key] as YamlNode | undefined) ?? null;
    else return null;
    if (!node) return null;
  }
  return node;
}

/** The first map anywhere in the document whose `id` is the given one. */
function mapWithId(node: unknown, id: string): YamlNode | null {
  if (isMap(node)) {
    if (node.items.some((p) => isScalar(p.key) && p.key.value === 'id' && isScalar(p.value) && p.value.value === id)) return node as YamlNode;
    for (const p of node.items) {
      const found = mapWithId(p.value, id);
      if (found) return found;
    }
  } else if (isSeq(node)) {
    for (const item of node.items) {
      const found = mapWithId(item, id);
      if (found) return found;
    }
  }
  return null;
}

/** Fills in each problem's line from its file's text: the field's value, else the entry, else the path. */
export function locateProblems(problems: Problem[], sources: ReadonlyMap<string, string>): Problem[] {
  const docs = new Map<string, { doc: ReturnType<typeof parseDocument>; lines: LineCounter }>();
  const docOf = (file: string) => {
    if (!docs.has(file)) {
      const src = sources.get(file);
      if (src === undefined) return null;
      const lines = new LineCounter();
      docs.set(file, { doc: parseDocument(src, { lineCounter: lines }), lines });
    }
    return docs.get(file)!;
  };
  return problems.map((p) => {
    const d = docOf(p.file);
    if (!d || p.line) return p;
    const root = d.doc.contents as YamlNode | null;
    let node = p.path ? nodeAt(root, p.path) ?? nodeAt(root, p.path.slice(0, -1)) : null;
    if (!node && p.id) {
      const entry = mapWithId(root, p.id);
      node = (entry && p.field ? nodeAt(entry, [p.field.split(/[.[]/)[0]]) : null) ?? entry;
    }
    const offset = node?.range?.[0];
    return offset === undefined ? p : { ...p, line: d.lines.linePos(offset).line };
  });
}
