import fs from 'node:fs';
import path from 'node:path';
import { projectPath } from '../paths';
import { checkStatement, fillTemplate, type TemplateTable } from './cypher-template';
import { QUERY_TEMPLATES } from './query-templates';
import type { QueryDef, Statement } from './query';
import { checkDeclaration } from './statement-checks';

const TEMPLATE = '.template';

/** Each template file's instances; a template without a table entry, or an entry without its file, is refused. */
function instancesOf(files: ReadonlyMap<string, string>, templates: TemplateTable): Map<string, string> {
  const out = new Map<string, string>();
  const fileNames = [...files.keys()].filter((n) => n.endsWith(TEMPLATE)).map((n) => n.slice(0, -TEMPLATE.length));
  for (const t of Object.keys(templates)) if (!fileNames.includes(t)) throw new Error(`the template table names ${t}, but ${t}${TEMPLATE}.cypher does not exist`);
  for (const t of fileNames) {
    const instances = templates[t];
    if (!instances?.length) throw new Error(`${t}${TEMPLATE}.cypher has no instances in the template table`);
    for (const instance of instances) {
      if (out.has(instance.name)) throw new Error(`template instance ${instance.name} is named twice`);
      out.set(instance.name, fillTemplate(files.get(t + TEMPLATE)!, instance));
    }
  }
  return out;
}

/**
 * Named Cypher statements from cypher/queries/<area>/<name>.cypher, loaded once.
 * Repositories ask for their queries in their constructors, so a missing file fails
 * start-up instead of a request. A line `// :include area/_fragment` is replaced by that
 * fragment's text (files whose name starts with _ are fragments, not queries), so shared
 * filters and projections are written once. A file `<name>.template.cypher` becomes the
 * statements its entry in the template table names (see cypher-template.ts), so a family
 * that differs by a label, a type or a number is written once. The result is fixed text,
 * checked at load: no placeholder left, and every `$` a parameter.
 */
export class QueryCatalogue {
  private readonly queries: ReadonlyMap<string, string>;
  private readonly bound = new WeakMap<QueryDef<object, object>, Statement<object, object>>();

  constructor(root = projectPath('cypher', 'queries'), templates: TemplateTable = QUERY_TEMPLATES) {
    const files = new Map<string, string>();
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (entry.name.endsWith('.cypher')) {
          const name = path.relative(root, full).replace(/\\/g, '/').replace(/\.cypher$/, '');
          files.set(name, fs.readFileSync(full, 'utf8').trim());
        }
      }
    };
    walk(root);
    const found = new Map<string, string>();
    for (const [name, text] of files) if (!name.endsWith(TEMPLATE)) found.set(name, text);
    for (const [name, text] of instancesOf(files, templates)) {
      if (found.has(name)) throw new Error(`template instance ${name} would replace ${name}.cypher`);
      found.set(name, text);
    }
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
      const statement = expand(name, text, [name]);
      checkStatement(name, statement);
      queries.set(name, statement);
    }
    this.queries = queries;
  }

  get(name: string): string {
    const text = this.queries.get(name);
    if (text === undefined) throw new Error(`Cypher query "${name}" is not in the catalogue (cypher/queries/${name}.cypher)`);
    return text;
  }

  /** A declared statement with its text, after checking the declaration against the statement. */
  bind<P extends object, R extends object>(def: QueryDef<P, R>): Statement<P, R> {
    let statement = this.bound.get(def);
    if (!statement) {
      const text = this.get(def.name);
      checkDeclaration(def, text);
      statement = Object.freeze({ ...def, text });
      this.bound.set(def, statement);
    }
    return statement as Statement<P, R>;
  }

  /** Checks every declaration at once; start-up calls this with all the declared statements. */
  checkAll(defs: readonly QueryDef<object, object>[]): void {
    const problems: string[] = [];
    for (const def of defs) {
      try {
        this.bind(def);
      } catch (e) {
        problems.push((e as Error).message);
      }
    }
    if (problems.length) throw new Error(`The Cypher catalogue does not match its declarations:\n  ${problems.join('\n  ')}`);
  }

  names(): string[] {
    return [...this.queries.keys()].sort();
  }
}

type Bound<T> = { readonly [K in keyof T]: T[K] extends QueryDef<infer P, infer R> ? Statement<P, R> : never };

/** Binds a table of declarations: repositories call it in their constructors, so a mismatch fails start-up. */
export function bindAll<T extends Record<string, QueryDef<object, object>>>(catalogue: QueryCatalogue, defs: T): Bound<T> {
  const out: Record<string, Statement<object, object>> = {};
  for (const [key, def] of Object.entries(defs)) out[key] = catalogue.bind(def);
  // Each entry was bound from the declaration under the same key.
  return Object.freeze(out) as Bound<T>;
}
