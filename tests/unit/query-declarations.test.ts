import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { QueryCatalogue } from '../../src/graph/QueryCatalogue';
import { declaredQueries, defineBatch, defineQuery } from '../../src/graph/query';
import { checkDeclaration } from '../../src/graph/statement-checks';
// Importing the app pulls in every module that declares a statement.
import '../../src/api/http/app';
import '../../src/ingest/export';
import '../../src/cli/match-commands';
import '../../src/ingest/seed';
import '../../src/ingest/import';
import '../../src/graph/migrate';

/** A catalogue holding the given statements (name → text). */
function catalogueOf(statements: Record<string, string>): QueryCatalogue {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'decl-'));
  for (const [name, text] of Object.entries(statements)) {
    fs.mkdirSync(path.dirname(path.join(dir, `${name}.cypher`)), { recursive: true });
    fs.writeFileSync(path.join(dir, `${name}.cypher`), text);
  }
  return new QueryCatalogue(dir, {});
}

type Ids = { ids: readonly string[] };

describe('typed statements: the catalogue checks each declaration at load', () => {
  it('binds a statement whose parameters match its declaration', () => {
    const q = defineQuery<{ id: string }, { name: string }>('t/ok', ['id']);
    const c = catalogueOf({ 't/ok': 'MATCH (n {id: $id}) RETURN n.name AS name' });
    expect(c.bind(q)).toMatchObject({ name: 't/ok', params: ['id'], text: 'MATCH (n {id: $id}) RETURN n.name AS name' });
  });

  it('refuses a declared $param the statement does not use', () => {
    const q = defineQuery<{ id: string; limit: number }, object>('t/missingParam', ['id', 'limit']);
    const c = catalogueOf({ 't/missingParam': 'MATCH (n {id: $id}) RETURN n' });
    expect(() => c.bind(q)).toThrow('t/missingParam declares $limit, which the statement does not use');
  });

  it('refuses a statement that uses a $param its declaration does not list', () => {
    const q = defineQuery<{ id: string }, object>('t/undeclared', ['id']);
    const c = catalogueOf({ 't/undeclared': 'MATCH (n {id: $id}) RETURN n LIMIT $limit' });
    expect(() => c.bind(q)).toThrow('t/undeclared uses $limit, which its declaration does not list');
  });

  it('does not count a $word inside a comment as a parameter', () => {
    const q = defineQuery<{ id: string }, object>('t/comment', ['id']);
    const c = catalogueOf({ 't/comment': '// callers pass $limit elsewhere\nMATCH (n {id: $id}) RETURN n' });
    expect(() => c.bind(q)).not.toThrow();
  });

  it('refuses a batch statement that does not take $ids', () => {
    const q = defineBatch<Ids, { id: string }>('t/noIds');
    expect(() => checkDeclaration({ ...q, params: [] }, 'MATCH (n) RETURN n.id AS id')).toThrow('t/noIds is a batch statement but does not take $ids');
    const c = catalogueOf({ 't/noIds': 'MATCH (n) WHERE n.id IN $keys RETURN n.id AS id' });
    expect(() => c.bind(q)).toThrow(/t\/noIds declares \$ids, which the statement does not use/);
  });

  it('refuses a batch statement that does not return id', () => {
    const q = defineBatch<Ids, { id: string }>('t/noId');
    const c = catalogueOf({ 't/noId': 'UNWIND $ids AS key MATCH (n {id: key}) RETURN n {.*, id: key} AS node' });
    expect(() => c.bind(q)).toThrow('t/noId is a batch statement but does not return id');
  });

  it('accepts a batch statement returning id, whether as `id`, `x AS id` or among other columns', () => {
    const texts = [
      'UNWIND $ids AS id OPTIONAL MATCH (n {id: id}) RETURN id, n AS node',
      'UNWIND $ids AS key MATCH (n {id: key}) RETURN n.id AS id',
      'UNWIND $ids AS id MATCH (n {id: id}) RETURN n AS node, id',
    ];
    texts.forEach((text, i) => {
      const q = defineBatch<Ids, { id: string }>(`t/batch${i}`);
      expect(() => catalogueOf({ [`t/batch${i}`]: text }).bind(q)).not.toThrow();
    });
  });

  it('reads only the outer RETURN: an id returned inside a subquery does not count', () => {
    const q = defineBatch<Ids, { id: string }>('t/inner');
    const c = catalogueOf({ 't/inner': 'UNWIND $ids AS key CALL { WITH key MATCH (n {id: key}) RETURN n.id AS id } RETURN collect(id) AS found' });
    expect(() => c.bind(q)).toThrow('t/inner is a batch statement but does not return id');
  });

  it('lists every mismatch at once at start-up', () => {
    const a = defineQuery<{ x: string }, object>('t/a', ['x']);
    const b = defineBatch<Ids, { id: string }>('t/b');
    const c = catalogueOf({ 't/a': 'RETURN 1', 't/b': 'UNWIND $ids AS k RETURN k' });
    expect(() => c.checkAll([a, b])).toThrow(/t\/a declares \$x[\s\S]*t\/b is a batch statement but does not return id/);
  });

  it('fails start-up when a declaration names a statement the catalogue lacks', () => {
    const q = defineQuery<object, object>('t/absent', []);
    expect(() => catalogueOf({}).checkAll([q])).toThrow(/t\/absent.*not in the catalogue/);
  });

  it('finds every statement the code declares in the real catalogue, each matching its declaration', () => {
    const declared = declaredQueries().filter((d) => !d.name.startsWith('t/'));
    expect(declared.length).toBeGreaterThan(40);
    expect(() => new QueryCatalogue().checkAll(declared)).not.toThrow();
  });

  it('has a typed declaration for every statement of the catalogue: none is run by a bare name', () => {
    const declared = new Set(declaredQueries().map((d) => d.name));
    expect(new QueryCatalogue().names().filter((n) => !declared.has(n))).toEqual([]);
  });
});
