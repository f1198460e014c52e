import {
  getNamedType,
  isAbstractType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  parse,
  validate,
  type GraphQLArgument,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { MAX_BODY_BYTES } from '../src/domain/inputs';
import { LUCENE, PAGE_SIZES, PARTIAL_DATES, UNICODE, hugeString, randomId, randomText, type KnownIds, type Rng } from './fuzz-values';

/** One generated operation; `valid` means it parses and validates against the schema with well-typed variables. */
export interface FuzzDocument {
  query: string;
  variables: Record<string, unknown>;
  valid: boolean;
  kind: string;
}

/** Enum values in literals are bare names; in variables they are strings. */
class EnumValue {
  constructor(readonly name: string) {}
}

function literal(v: unknown): string {
  if (v instanceof EnumValue) return v.name;
  if (v === null || v === undefined) return 'null';
  if (Array.isArray(v)) return `[${v.map(literal).join(', ')}]`;
  if (typeof v === 'object') return `{${Object.entries(v).map(([k, x]) => `${k}: ${literal(x)}`).join(', ')}}`;
  return JSON.stringify(v);
}

const toJson = (v: unknown): unknown =>
  v instanceof EnumValue ? v.name : Array.isArray(v) ? v.map(toJson) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, toJson(x)])) : v;

const WRONG_VALUES: unknown[] = [{}, [], 1.5, 'a string', true, -1, [[1]], { nested: { deeper: 'x' } }, 'x'.repeat(300)];

type Corruption = 'none' | 'unknownField' | 'missingArg' | 'wrongLiteral' | 'wrongVariable' | 'unknownArg' | 'syntax' | 'undefinedVariable' | 'unknownFragment' | 'unknownType';
const CORRUPTIONS: Corruption[] = ['unknownField', 'missingArg', 'wrongLiteral', 'wrongVariable', 'unknownArg', 'syntax', 'undefinedVariable', 'unknownFragment', 'unknownType'];

/** Builds one random operation from the schema: fields, arguments, aliases, fragments, variables. */
class Builder {
  private vars: string[] = [];
  private fragments: string[] = [];
  readonly variables: Record<string, unknown> = {};
  private n = 0;
  private pending: Corruption;
  /** Whether the corruption asked for found a place to go. */
  get applied(): boolean {
    return this.pending === 'none';
  }

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly rng: Rng,
    private readonly ids: KnownIds,
    corruption: Corruption,
    private readonly maxDepth: number,
  ) {
    this.pending = corruption;
  }

  /** Applies the pending corruption once, where it fits. */
  private take(c: Corruption): boolean {
    if (this.pending !== c) return false;
    this.pending = 'none';
    return true;
  }

  operation(): string {
    const root = this.schema.getQueryType()!;
    const fields = Object.values(root.getFields());
    const picked = Array.from({ length: this.rng.int(1, 3) }, () => this.field(this.rng.pick(fields), 0));
    if (this.rng.chance(0.05)) picked.push('__typename');
    if (this.take('unknownField')) picked.push(`nope${this.rng.int(0, 99)} { id }`);
    if (this.take('undefinedVariable')) picked.push('node(id: $neverDeclared) { id }');
    if (this.take('unknownFragment')) picked.push('...NoSuchFragment');
    if (this.take('unknownType')) picked.push('node(id: "x") { ... on NoSuchType { id } }');
    const head = this.vars.length ? `query Fuzz(${this.vars.join(', ')})` : this.rng.chance(0.5) ? 'query Fuzz' : '';
    return [`${head} { ${picked.join(' ')} }`, ...this.fragments].join('\n');
  }

  private field(f: GraphQLField<unknown, unknown>, depth: number): string {
    const alias = this.rng.chance(0.15) ? `a${++this.n}: ` : '';
    const args = this.args(f.args);
    const type = getNamedType(f.type);
    const sub = isCompositeType(type) ? ` { ${this.selection(type, depth + 1)} }` : '';
    return `${alias}${f.name}${args}${sub}`;
  }

  private args(defs: readonly GraphQLArgument[]): string {
    const out: string[] = [];
    for (const a of defs) {
      const required = isNonNullType(a.type) && a.defaultValue === undefined;
      if (required && this.take('missingArg')) continue;
      if (!required && !this.rng.chance(0.5)) continue;
      const value = this.value(a.type, a.name, 0);
      if (this.rng.chance(0.25) || this.pending === 'wrongVariable') {
        const name = `v${++this.n}`;
        this.vars.push(`$${name}: ${String(a.type)}`);
        this.variables[name] = this.take('wrongVariable') ? this.rng.pick(WRONG_VALUES) : toJson(value);
        out.push(`${a.name}: $${name}`);
      } else {
        out.push(`${a.name}: ${literal(value)}`);
      }
    }
    if (this.take('unknownArg')) out.push('bogus: 1');
    return out.length ? `(${out.join(', ')})` : '';
  }

  private selection(type: GraphQLCompositeType, depth: number): string {
    const parts: string[] = [];
    if (isAbstractType(type)) {
      if (this.rng.chance(0.5)) parts.push('__typename');
      const possible = this.schema.getPossibleTypes(type);
      for (let i = this.rng.int(1, 2); i > 0; i--) {
        const target = this.rng.pick(possible);
        const sel = this.selection(target, depth);
        if (this.rng.chance(0.5)) parts.push(`... on ${target.name} { ${sel} }`);
        else {
          const name = `F${++this.n}`;
          this.fragments.push(`fragment ${name} on ${target.name} { ${sel} }`);
          parts.push(`...${name}`);
        }
      }
      if (!isInterfaceType(type)) return parts.join(' ');
    }
    const fields = Object.values((type as { getFields(): Record<string, GraphQLField<unknown, unknown>> }).getFields());
    const leaves = fields.filter((f) => isLeafType(getNamedType(f.type)));
    const pool = depth >= this.maxDepth ? leaves : fields;
    const count = depth > 2 ? this.rng.int(1, 2) : this.rng.int(1, 4);
    for (let i = 0; i < count && pool.length; i++) parts.push(this.field(this.rng.pick(pool), depth));
    if (parts.length === 0) parts.push('__typename');
    if (isObjectType(type) && this.rng.chance(0.1)) parts.push(`... on ${type.name} { __typename }`);
    return parts.join(' ');
  }

  private value(type: GraphQLInputType, argName: string, depth: number): unknown {
    if (isNonNullType(type)) return this.value(type.ofType, argName, depth);
    if (this.rng.chance(0.03) && depth === 0) return null;
    if (isListType(type)) return Array.from({ length: this.rng.int(0, 3) }, () => this.value(type.ofType, argName, depth + 1));
    if (isEnumType(type)) return new EnumValue(this.rng.pick(type.getValues()).name);
    if (isInputObjectType(type)) {
      const out: Record<string, unknown> = {};
      for (const f of Object.values(type.getFields())) {
        if (isNonNullType(f.type) || this.rng.chance(0.4)) out[f.name] = this.value(f.type, f.name, depth + 1);
      }
      return out;
    }
    if (this.take('wrongLiteral')) return this.rng.pick([1.5, 'str', true, -3, { x: 1 }].filter((w) => typeof w !== typeof this.scalar(type.name, argName)));
    return this.scalar(type.name, argName);
  }

  private scalar(name: string, argName: string): unknown {
    const rng = this.rng;
    switch (name) {
      case 'ID':
        return randomId(rng, this.ids);
      case 'Int':
      case 'NonNegativeInt':
        return /first|depth|maxHops|occurrence/.test(argName) ? rng.pick(PAGE_SIZES) : rng.int(-5, 1000);
      case 'Float':
        return rng.pick([0, 1.5, -2.25, 1e308]);
      case 'Boolean':
        return rng.chance(0.5);
      case 'PartialDate':
        return rng.pick(PARTIAL_DATES);
      case 'DateTime':
        return rng.pick(['2023-04-11T10:00:00Z', '2023-04-11', 'not a date', '2023-04-11T25:00:00+00:00']);
      case 'URL':
        return rng.pick(['https://example.org/a', 'javascript:alert(1)', 'not a url', '']);
      default:
        return argName === 'query' && rng.chance(0.5) ? rng.pick(LUCENE) : argName === 'after' && rng.chance(0.5) ? rng.pick(['', 'YWJj', '%%%', rng.pick(UNICODE)]) : randomText(rng);
    }
  }
}

/** Operations the random builder rarely reaches: nesting past the depth limit, too many aliases, huge strings. */
function special(rng: Rng, ids: KnownIds, long: boolean): FuzzDocument {
  const claim = rng.pick(ids.claims);
  switch (rng.int(0, 3)) {
    case 0: {
      const depth = rng.int(10, 16);
      const inner = Array.from({ length: depth }).reduce<string>((s) => `counterclaims { id ${s} }`, 'text');
      return { query: `{ claim(id: ${JSON.stringify(claim)}) { ${inner} } }`, variables: {}, valid: true, kind: 'deep' };
    }
    case 1: {
      const n = rng.int(10, 40);
      return { query: `{ ${Array.from({ length: n }, (_, i) => `a${i}: node(id: ${JSON.stringify(rng.pick(ids.all))}) { id }`).join(' ')} }`, variables: {}, valid: true, kind: 'aliases' };
    }
    case 2: {
      // Up to the body limit (JSON adds a few bytes; the largest one is refused at the HTTP layer).
      const sizes = long ? [10_000, 100_000, 1_000_000, 3_000_000, MAX_BODY_BYTES - 200, MAX_BODY_BYTES + 10] : [10_000, 100_000, 1_000_000];
      const q = hugeString(rng.pick(sizes));
      return rng.chance(0.5)
        ? { query: 'query($q: String!) { search(query: $q, first: 3) { edges { score node { id } } } }', variables: { q }, valid: true, kind: 'huge-variable' }
        : { query: `{ claims(filter: { text: ${JSON.stringify(q.slice(0, 200_000))} }, first: 3) { edges { node { id } } } }`, variables: {}, valid: true, kind: 'huge-literal' };
    }
    default: {
      const q = rng.pick([...LUCENE, ...UNICODE]);
      return { query: 'query($q: String!, $k: [NodeKind!]) { search(query: $q, kinds: $k, first: 5) { edges { score matchedOn node { id __typename } } pageInfo { endCursor hasNextPage } } }', variables: { q, k: null }, valid: true, kind: 'lucene' };
    }
  }
}

/** One document: mostly random selections from the schema, 40% with one deliberate corruption, some special shapes. */
export function generateDocument(schema: GraphQLSchema, rng: Rng, ids: KnownIds, long: boolean): FuzzDocument {
  if (rng.chance(0.12)) return withValidity(schema, special(rng, ids, long), true);
  const corruption: Corruption = rng.chance(0.4) ? rng.pick(CORRUPTIONS) : 'none';
  const b = new Builder(schema, rng, ids, corruption, rng.int(1, 5));
  let query = b.operation();
  if (corruption === 'syntax') query = rng.chance(0.5) ? query.slice(0, rng.int(1, query.length - 1)) : query.replace('{', rng.pick(['{{', '{ @', '{ "', '{ 😀', '{ \u0000']));
  const kind = corruption === 'syntax' ? 'syntax' : corruption === 'none' || !b.applied ? 'random' : corruption;
  return withValidity(schema, { query, variables: b.variables, valid: true, kind }, kind !== 'wrongVariable');
}

/** Whether graphql-js itself accepts the document (variables cannot be checked without executing). */
function withValidity(schema: GraphQLSchema, d: FuzzDocument, variablesOk: boolean): FuzzDocument {
  let valid = variablesOk;
  try {
    valid &&= validate(schema, parse(d.query)).length === 0;
  } catch {
    valid = false;
  }
  return { ...d, valid };
}
