import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { QueryCatalogue } from '../../src/graph/QueryCatalogue';
import type { TemplateTable } from '../../src/graph/cypher-template';
import { labelOf, labelsOf, NODE_KINDS } from '../../src/domain/kinds';

/** A catalogue root holding the given files (path → text). */
function catalogueDir(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cat-'));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const LINK = 'MATCH (a:{{from}} {id: $id})-[r:{{type}}*..{{hops}}]->(b) RETURN b';
const linkTable = (values: Record<string, unknown>): TemplateTable => ({ 'a/link': [{ name: 'a/linkX', values: values as never }] });
const load = (files: Record<string, string>, templates: TemplateTable = {}) => () => new QueryCatalogue(catalogueDir(files), templates);

describe('the Cypher query catalogue', () => {
  it('loads every named query and expands fragments', () => {
    const c = new QueryCatalogue();
    expect(c.names()).toContain('node/byIds');
    expect(c.get('claim/pageAll')).toContain('c.status IN $statuses');
    expect(c.names().some((n) => n.split('/').pop()!.startsWith('_'))).toBe(false);
  });

  it('fails fast when code names a query the catalogue lacks', () => {
    expect(() => new QueryCatalogue().bind({ name: 'no/such', params: [], batch: false })).toThrow(/no\/such.*not in the catalogue/);
  });

  it('refuses an include of a missing fragment', () => {
    expect(load({ 'a/q.cypher': '// :include a/_missing\nRETURN 1' })).toThrow(/includes a\/_missing/);
  });

  it('gives every statement only $parameters: no placeholder, no ${…}, no stray $', () => {
    const c = new QueryCatalogue();
    for (const n of c.names()) {
      const text = c.get(n);
      expect([n, text.match(/\{\{|\$(?![A-Za-z_(])/g)]).toEqual([n, null]);
    }
  });

  it('refuses a statement with ${…} or a stray $', () => {
    expect(load({ 'a/q.cypher': 'MATCH (n {id: ${id}}) RETURN n' })).toThrow(/a\/q.cypher has a "\$" that is not a \$parameter/);
    expect(load({ 'a/q.cypher': 'RETURN $ 1' })).toThrow(/not a \$parameter/);
  });
});

describe('the Cypher query catalogue: templates', () => {
  it('writes each template instance as its own statement', () => {
    const c = new QueryCatalogue(catalogueDir({ 'a/link.template.cypher': LINK }), linkTable({ from: 'Claim', type: 'ABOUT', hops: 3 }));
    expect(c.names()).toEqual(['a/linkX']);
    expect(c.get('a/linkX')).toBe('MATCH (a:Claim {id: $id})-[r:ABOUT*..3]->(b) RETURN b');
  });

  it('refuses a value that is not a label, a type or a whole number', () => {
    const files = { 'a/link.template.cypher': LINK };
    expect(load(files, linkTable({ from: 'Claim) DETACH DELETE (a', type: 'ABOUT', hops: 3 }))).toThrow(/\{\{from\}\} = "Claim\) DETACH DELETE \(a" is not a label/);
    expect(load(files, linkTable({ from: 'Claim', type: 'ABOUT', hops: -1 }))).toThrow(/\{\{hops\}\} = -1/);
    expect(load(files, linkTable({ from: 'Claim', type: "A'B", hops: 1 }))).toThrow(/\{\{type\}\}/);
  });

  it('refuses a placeholder without a value, and a value without a placeholder', () => {
    const files = { 'a/link.template.cypher': LINK };
    expect(load(files, linkTable({ from: 'Claim', type: 'ABOUT' }))).toThrow(/a\/linkX: no value for \{\{hops\}\}/);
    expect(load(files, linkTable({ from: 'Claim', type: 'ABOUT', hops: 1, to: 'Source' }))).toThrow(/no placeholder for to/);
  });

  it('refuses a template without instances, instances without a template, and a name given twice', () => {
    expect(load({ 'a/link.template.cypher': LINK })).toThrow(/a\/link.template.cypher has no instances/);
    expect(load({ 'a/q.cypher': 'RETURN 1' }, linkTable({}))).toThrow(/names a\/link, but a\/link.template.cypher does not exist/);
    expect(load({ 'a/linkX.cypher': 'RETURN 1', 'a/link.template.cypher': LINK }, linkTable({ from: 'C', type: 'T', hops: 1 }))).toThrow(/would replace a\/linkX.cypher/);
  });

  it('refuses a placeholder that survives expansion (one left in a fragment)', () => {
    expect(load({ 'a/_frag.cypher': 'MATCH (n:{{label}})', 'a/q.cypher': '// :include a/_frag\nRETURN n' })).toThrow(/a\/q.cypher keeps a template placeholder: \{\{label\}\}/);
  });

  it('fills the explorer with the kind table’s labels, and the bulk links with their labels and types', () => {
    const c = new QueryCatalogue();
    expect(c.get('explorer/expand')).toContain(`l IN [${NODE_KINDS.map((k) => `'${labelOf(k)}'`).join(', ')}]`);
    expect(c.get('bulk/linkOf')).toMatch(/MATCH \(a:Attribution \{id: row.from\}\)\nMATCH \(b:Claim \{id: row.to\}\)\nMERGE \(a\)-\[r:OF\]->\(b\)/);
    expect(c.get('bulk/linkPositions')).toContain('MERGE (a)-[r:HOLDS_POSITION {title: row.props.title}]->(b)');
    expect(c.get('explorer/paths4')).toContain('*..4]-(b)');
    expect(labelsOf('ORGANISATION')).toEqual(['Actor', 'Organisation']);
  });

  it('includes the explorer node projection instead of pasting it', () => {
    const fields = fs.readFileSync(path.join('cypher', 'queries', 'explorer', '_nodeFields.cypher'), 'utf8').trim();
    const raw = fs.readdirSync(path.join('cypher', 'queries'), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.cypher') && !f.endsWith('_nodeFields.cypher'))
      .filter((f) => fs.readFileSync(path.join('cypher', 'queries', f), 'utf8').includes('claimText: CASE'));
    expect(raw).toEqual([]);
    expect(new QueryCatalogue().get('explorer/expand').split(fields).length - 1).toBe(2);
  });
});
