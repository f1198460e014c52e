/**
 * Cypher templates: a file `area/name.template.cypher` holds `{{placeholder}}`s that the
 * catalogue fills from a fixed table in code (src/graph/query-templates.ts), once, at load.
 * Only labels, relationship types, small integers and label lists can be filled in, each
 * checked here, so a template can vary a statement's shape but never carry free text.
 */

/** A label, type or name piece (or labels joined by `:`); a whole number; or a list of labels (rendered as string literals). */
export type TemplateValue = string | number | readonly string[];

export interface TemplateInstance {
  /** The catalogue name of the statement this instance becomes, e.g. `bulk/linkOf`. */
  readonly name: string;
  readonly values: Readonly<Record<string, TemplateValue>>;
}

export type TemplateTable = Readonly<Record<string, readonly TemplateInstance[]>>;

const PLACEHOLDER = /\{\{(\w+)\}\}/g;
const IDENTIFIER = /^[A-Za-z][A-Za-z0-9_]*$/;
/** A node's labels written as one pattern piece, e.g. Actor:Person. */
const LABEL_CHAIN = /^[A-Za-z][A-Za-z0-9_]*(:[A-Za-z][A-Za-z0-9_]*)*$/;

function render(where: string, key: string, value: TemplateValue): string {
  if (typeof value === 'number') {
    if (Number.isInteger(value) && value >= 0) return String(value);
  } else if (typeof value === 'string') {
    if (LABEL_CHAIN.test(value)) return value;
  } else if (Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string' && IDENTIFIER.test(v))) {
    return value.map((v) => `'${v}'`).join(', ');
  }
  throw new Error(`${where}: {{${key}}} = ${JSON.stringify(value)} is not a label, a type, a whole number or a list of labels`);
}

/** Fills every placeholder; a placeholder without a value, or a value without a placeholder, is refused. */
export function fillTemplate(template: string, instance: TemplateInstance): string {
  const where = `template instance ${instance.name}`;
  const used = new Set<string>();
  const text = template.replace(PLACEHOLDER, (_, key: string) => {
    if (!Object.hasOwn(instance.values, key)) throw new Error(`${where}: no value for {{${key}}}`);
    used.add(key);
    return render(where, key, instance.values[key]);
  });
  const unused = Object.keys(instance.values).filter((k) => !used.has(k));
  if (unused.length > 0) throw new Error(`${where}: the template has no placeholder for ${unused.join(', ')}`);
  return text;
}

/**
 * What every finished statement must satisfy: no placeholder survives, and every `$` starts
 * a parameter (`$name`) or a dynamic label or type (`$(expression)`), so `${…}` interpolation
 * and stray dollars are refused at load.
 */
export function checkStatement(name: string, text: string): void {
  const left = /\{\{\w*\}*/.exec(text);
  if (left) throw new Error(`${name}.cypher keeps a template placeholder: ${left[0]}`);
  const stray = /\$(?![A-Za-z_(])/.exec(text);
  if (stray) throw new Error(`${name}.cypher has a "$" that is not a $parameter: …${text.slice(stray.index, stray.index + 12)}…`);
}
