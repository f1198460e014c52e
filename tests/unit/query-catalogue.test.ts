import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { QueryCatalogue, queriesOf } from '../../src/graph/QueryCatalogue';

describe('the Cypher query catalogue', () => {
  it('loads every named query and expands fragments', () => {
    const c = new QueryCatalogue();
    expect(c.names()).toContain('node/byIds');
    expect(c.get('claim/pageAll')).toContain('c.status IN $statuses');
    expect(c.names().some((n) => n.split('/').pop()!.startsWith('_'))).toBe(false);
  });

  it('fails fast when code names a query the catalogue lacks', () => {
    expect(() => queriesOf(new QueryCatalogue(), { x: 'no/such' })).toThrow(/no\/such.*not in the catalogue/);
  });

  it('refuses an include of a missing fragment', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cat-'));
    fs.mkdirSync(path.join(dir, 'a'));
    fs.writeFileSync(path.join(dir, 'a', 'q.cypher'), '// :include a/_missing\nRETURN 1');
    expect(() => new QueryCatalogue(dir)).toThrow(/includes a\/_missing/);
  });

  it('never interpolates: no query text holds a ${ } placeholder', () => {
    const c = new QueryCatalogue();
    for (const n of c.names()) expect(c.get(n)).not.toMatch(/\$\{/);
  });
});
