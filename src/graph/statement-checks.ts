import type { QueryDef } from './query';

/** The $parameters a statement uses ($name; not $(expression), which is a dynamic label). */
export function parametersOf(text: string): Set<string> {
  return new Set([...withoutComments(text).matchAll(/\$([A-Za-z_]\w*)/g)].map((m) => m[1]));
}

const withoutComments = (text: string) => text.replace(/(^|\s)\/\/.*$/gm, '$1');

/** The statement's own last RETURN clause, with every {…} block (subqueries, map projections, COUNT) removed. */
function outerReturn(text: string): string {
  let flat = withoutComments(text);
  for (let before = ''; before !== flat; ) {
    before = flat;
    flat = flat.replace(/\{[^{}]*\}/g, ' ');
  }
  const at = flat.search(/\bRETURN\b(?![\s\S]*\bRETURN\b)/i);
  return at < 0 ? '' : flat.slice(at);
}

/**
 * A declaration must match its statement: the same $parameters, both ways, and a batch
 * takes $ids and returns `id`, so rows can be put back in key order with null for a missing key.
 */
export function checkDeclaration(def: QueryDef<object, object>, text: string): void {
  const used = parametersOf(text);
  const missing = def.params.filter((p) => !used.has(p));
  if (missing.length) throw new Error(`${def.name} declares ${missing.map((p) => `$${p}`).join(', ')}, which the statement does not use`);
  const undeclared = [...used].filter((p) => !def.params.includes(p));
  if (undeclared.length) throw new Error(`${def.name} uses ${undeclared.map((p) => `$${p}`).join(', ')}, which its declaration does not list`);
  if (def.batch) {
    if (!used.has('ids')) throw new Error(`${def.name} is a batch statement but does not take $ids`);
    if (!/^RETURN\s+(DISTINCT\s+)?id\b|[\s,]id\s*(,|$)|\bAS\s+id\b/i.test(outerReturn(text).trim())) {
      throw new Error(`${def.name} is a batch statement but does not return id`);
    }
  }
}
