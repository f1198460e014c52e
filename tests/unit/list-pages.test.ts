import { buildSchema, getNamedType, getNullableType, isInterfaceType, isListType, isObjectType, type GraphQLField, type GraphQLNamedType } from 'graphql';
import { PAGED_LISTS, pageAfter, pageOf, type PageWindow } from '../../src/api/paging/list-pages';
import { decodeCursor } from '../../src/api/paging/cursor';
import { buildResolvers, loadTypeDefs } from '../../src/api/schema';
import { priceOperation } from '../../src/api/limits/cost';
import { parse } from 'graphql';

const schema = buildSchema(loadTypeDefs());

/** Ranked top-k answers: the best k matches, not a listing of the graph; their own caps are documented on each field. */
const ALWAYS_RANKED = ['Claim.similar', 'Query.similarClaims', 'Query.actorCandidates', 'Query.duplicateActors'];
/** The curation desk's combobox (schema/desk.graphql): the first few actors whose names start with the typed words; once that schema is served. */
const served = (name: string) => Boolean(schema.getQueryType()?.getFields()[name.split('.')[1]]);
const RANKED = [...ALWAYS_RANKED, ...['Query.lookupActors'].filter(served)];

/** Every list field of an object type that takes `first`: a cap (MAX_PAGE_SIZE) bounds it. */
function cappedLists(): { type: string; field: GraphQLField<unknown, unknown> }[] {
  const out: { type: string; field: GraphQLField<unknown, unknown> }[] = [];
  for (const t of Object.values(schema.getTypeMap()) as GraphQLNamedType[]) {
    if (!isObjectType(t) || t.name.startsWith('__')) continue;
    for (const f of Object.values(t.getFields())) {
      if (isListType(getNullableType(f.type)) && f.args.some((a) => a.name === 'first')) out.push({ type: t.name, field: f });
    }
  }
  return out;
}

describe('lists read to the end: every capped list pages with a cursor', () => {
  const lists = cappedLists();
  const unpaged = lists.filter(({ field }) => !field.args.some((a) => a.name === 'after')).map(({ type, field }) => `${type}.${field.name}`);

  it('finds the 34 bounded lists of the issue and the desk’s DeskSource.attributions, plus the ranked answers', () => {
    expect(unpaged.filter((n) => !RANKED.includes(n))).toHaveLength(34 + (served('Query.deskSource') ? 1 : 0));
    expect(unpaged).toEqual(expect.arrayContaining(RANKED));
    expect(unpaged).toEqual(expect.arrayContaining(['Claim.attributions', 'Query.history', 'Attribution.via', 'Source.mentions']));
  });

  it('gives each of them a <field>Page twin: same arguments plus after, answering items and a PageInfo', () => {
    const missing: string[] = [];
    for (const name of unpaged.filter((n) => !RANKED.includes(n))) {
      const [type, fieldName] = name.split('.');
      const t = schema.getType(type);
      const list = isObjectType(t) ? t.getFields()[fieldName] : undefined;
      const twin = isObjectType(t) ? t.getFields()[`${fieldName}Page`] : undefined;
      if (!list || !twin) {
        missing.push(name);
        continue;
      }
      expect(twin.args.map((a) => a.name).sort()).toEqual([...list.args.map((a) => a.name), 'after'].sort());
      expect(twin.args.find((a) => a.name === 'first')?.defaultValue).toBe(list.args.find((a) => a.name === 'first')?.defaultValue);
      const page = getNamedType(twin.type);
      if (!isObjectType(page)) throw new Error(`${name}Page is not an object`);
      expect(String(page.getFields().items.type)).toBe(`[${getNamedType(list.type).name}!]!`);
      expect(String(page.getFields().pageInfo.type)).toBe('PageInfo!');
    }
    expect(missing).toEqual([]);
  });

  it('has a resolver for every twin, and no twin the schema lacks', () => {
    const twins = Object.entries(PAGED_LISTS).flatMap(([type, fields]) => fields.map((f) => `${type}.${f}`));
    expect(twins.sort()).toEqual(unpaged.filter((n) => !RANKED.includes(n)).sort());
    const resolvers = buildResolvers() as Record<string, Record<string, unknown>>;
    for (const name of twins) {
      const [type, field] = name.split('.');
      expect(typeof resolvers[type][`${field}Page`]).toBe('function');
    }
    // Interfaces declare the twin where they declare the list.
    for (const t of Object.values(schema.getTypeMap())) {
      if (!isInterfaceType(t)) continue;
      for (const f of Object.values(t.getFields())) if (isListType(getNullableType(f.type)) && f.args.some((a) => a.name === 'first') && !f.args.some((a) => a.name === 'after')) expect(t.getFields()[`${f.name}Page`]).toBeDefined();
    }
  });

  it('prices a page twin like a connection: first × what each item selects', () => {
    const price = (q: string) => priceOperation(schema, parse(q), {}, undefined, { budget: 1e9, maxPageSize: 100 }).requested;
    expect(price('{ claim(id: "c") { attributionsPage(first: 50) { items { speaker { name } } pageInfo { endCursor } } } }')).toBe(
      1 + 1 + 50 * (1 + 1 + 1),
    );
    expect(() => price('{ claim(id: "c") { attributionsPage(first: 101) { items { id } } } }')).toThrow(/at most 100/);
  });
});

describe('pageOf: a page of a list fetched from its start', () => {
  const list = Array.from({ length: 10 }, (_, i) => ({ id: `x${String(i).padStart(2, '0')}` }));
  const window = (limit: number, after?: { o: number; k?: string }): PageWindow => ({ offset: after?.o ?? 0, limit, key: after?.k, fetch: (after?.o ?? 0) + 2 * limit + 1 });
  const cursor = (c: string | null) => decodeCursor(c, (v): v is { o: number; k?: string } => typeof v.o === 'number');

  it('walks the whole list in order at any page size', () => {
    for (const size of [1, 3, 7, 10]) {
      const seen: string[] = [];
      let after: { o: number; k?: string } | undefined;
      for (;;) {
        const p = pageOf(list, window(size, after));
        seen.push(...p.items.map((x) => x.id));
        if (!p.pageInfo.hasNextPage) break;
        after = cursor(p.pageInfo.endCursor)!;
      }
      expect(seen).toEqual(list.map((x) => x.id));
    }
  });

  it('starts after the cursor’s item when items were added or removed before it', () => {
    const first = pageOf(list, window(3));
    const after = cursor(first.pageInfo.endCursor)!;
    expect(after).toEqual({ o: 3, k: 'x02' });
    const grown = [{ id: 'a' }, ...list];
    expect(pageOf(grown, window(3, after)).items.map((x) => x.id)).toEqual(['x03', 'x04', 'x05']);
    const shrunk = list.filter((x) => x.id !== 'x00');
    expect(pageOf(shrunk, window(3, after)).items.map((x) => x.id)).toEqual(['x03', 'x04', 'x05']);
  });

  it('counts items without ids', () => {
    const plain = ['a', 'b', 'c', 'd'].map((s) => ({ s }));
    const p = pageOf(plain, window(2));
    expect(p.items).toEqual([{ s: 'a' }, { s: 'b' }]);
    expect(pageOf(plain, window(2, cursor(p.pageInfo.endCursor)!)).items).toEqual([{ s: 'c' }, { s: 'd' }]);
  });
});

describe('pageAfter: a keyset page (items fetched after the cursor’s id)', () => {
  it('cuts limit + 1 fetched items to the page, says there is more, and carries the count and last id on', () => {
    const fetched = [{ id: 'b' }, { id: 'c' }, { id: 'd' }];
    const p = pageAfter(fetched, { offset: 4, limit: 2, key: 'a', fetch: 0 });
    expect(p.items).toEqual([{ id: 'b' }, { id: 'c' }]);
    expect(p.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
    expect(decodeCursor(p.pageInfo.endCursor, (v): v is { o: number; k: string } => typeof v.o === 'number')).toEqual({ o: 6, k: 'c' });
    const last = pageAfter([{ id: 'e' }], { offset: 0, limit: 2, key: undefined, fetch: 0 });
    expect(last.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false });
  });
});
