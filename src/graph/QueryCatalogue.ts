import fs from 'node:fs';
import path from 'node:path';
import { projectPath } from '../paths';

/**
 * Named Cypher statements from cypher/queries/<area>/<name>.cypher, loaded once.
 * Repositories ask for their queries in their constructors, so a missing file fails
 * start-up instead of a request. A line `// :include area/_fragment` is replaced by that
 * fragment's text (files whose name starts with _ are fragments, not queries), so shared
 * filters and projections are written once; the result is still fixed text.
 */
export class QueryCatalogue {
  private readonly queries: ReadonlyMap<string, string>;

  constructor(root = projectPath('cypher', 'queries')) {
    const found = new Map<string, string>();
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (entry.name.endsWith('.cypher')) {
          const name = path.relative(root, full).replace(/\\/g, '/').replace(/\.cypher$/, '');
          found.set(name, fs.readFileSync(full, 'utf8').trim());
        }
      }
    };
    walk(root);
    const expand = (name: string, text: string, seen: string[]): string =>
      text.replace(/^\s*\/\/ :include (\S+)\s*$/gm, (_, inc: string) => {
        const fragment = found.get(inc);
        if (fragment === undefined) throw new Error(`${name}.cypher includes ${inc}, which does not exist`);
        if (seen.includes(inc)) throw new Error(`${name}.cypher includes ${inc} recursively`);
        return expand(inc, fragment, [...seen, inc]);
      });
    const queries = new Map<string, string>();
    for (const [name, text] of found) {
      if (name.split('/').pop()!.startsWith('_')) continue;
      queries.set(name, expand(name, text, [name]));
    }
    this.queries = queries;
    Object.freeze(this);
  }

  get(name: string): string {
    const text = this.queries.get(name);
    if (text === undefined) throw new Error(`Cypher query "${name}" is not in the catalogue (cypher/queries/${name}.cypher)`);
    return text;
  }

  names(): string[] {
    return [...this.queries.keys()].sort();
  }
}

/** A resolved query: its name for logs and stats, and its text. */
export interface NamedQuery {
  readonly name: string;
  readonly text: string;
}

export function queriesOf<K extends string>(catalogue: QueryCatalogue, names: Record<K, string>): Record<K, NamedQuery> {
  const out = {} as Record<K, NamedQuery>;
  for (const key of Object.keys(names) as K[]) out[key] = { name: names[key], text: catalogue.get(names[key]) };
  return Object.freeze(out);
}
