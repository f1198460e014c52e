import { emptyRows } from '../../src/graph/rows';
import { attributionLinkConflicts, entryOrigins, mergeImport } from '../../src/ingest/import-merge';
import { describeImport } from '../../src/ingest/import-summary';

const AT = '2025-01-02T00:00:00.000Z';
const audit = { createdBy: 'cli', createdAt: AT };

function plan(raw: Record<string, unknown>, props: Record<string, unknown>) {
  const rows = emptyRows();
  rows.organisations.push({ id: 'org-x', props, audit });
  const origins = entryOrigins(new Map([['shared.yaml', { actors: [{ id: 'org-x', type: 'ORGANISATION', ...raw }] }]]));
  return { rows, origins };
}
const held = { name: 'X Org', aliases: ['XO'], description: 'Kept.', orgKind: 'NETWORK', country: 'FR', updatedAt: '2024-01-01' };

describe('import merge: never nulls, never silently overwrites', () => {
  it('keeps what the file leaves out, even a default the plan filled in', () => {
    const { rows, origins } = plan({ name: 'X Org' }, { name: 'X Org', aliases: [], description: null, orgKind: 'OTHER', country: null });
    const m = mergeImport(rows, origins, new Map([['org-x', held]]), { update: false, at: AT });
    expect(m.conflicts).toEqual([]);
    expect(m.rows.organisations).toEqual([]);
    expect(m.fields).toEqual([]);
  });

  it('adds new aliases and fills an empty field, moving updatedAt', () => {
    const { rows, origins } = plan({ name: 'X Org', aliases: ['X.O.'], wikidataId: 'Q1' }, { name: 'X Org', aliases: ['X.O.'], wikidataId: 'Q1' });
    const m = mergeImport(rows, origins, new Map([['org-x', held]]), { update: false, at: AT });
    expect(m.rows.organisations[0].props).toEqual({ aliases: ['XO', 'X.O.'], wikidataId: 'Q1', updatedAt: AT });
    expect(m.updated).toEqual({ aliases: 1, wikidataId: 1 });
    expect(describeImport(m.created, {}, m.updated)).toBe('updates 1 alias and 1 wikidataId');
  });

  it('refuses a differing value naming file, entry, field and both values; update takes the file’s and keeps the old name as an alias', () => {
    const { rows, origins } = plan({ name: 'X Organisation', description: 'New.' }, { name: 'X Organisation', description: 'New.' });
    const refused = mergeImport(rows, origins, new Map([['org-x', held]]), { update: false, at: AT });
    expect(refused.conflicts.map((c) => [c.file, c.entry, c.field, c.message])).toEqual([
      ['shared.yaml', 'actor org-x', 'name', 'the database has "X Org", the file has "X Organisation"; run with --update to take the file\'s value'],
      ['shared.yaml', 'actor org-x', 'description', 'the database has "Kept.", the file has "New."; run with --update to take the file\'s value'],
    ]);
    const taken = mergeImport(rows, origins, new Map([['org-x', held]]), { update: true, at: AT });
    expect(taken.conflicts).toEqual([]);
    expect(taken.rows.organisations[0].props).toEqual({ name: 'X Organisation', description: 'New.', aliases: ['XO', 'X Org'], updatedAt: AT });
  });

  it('never replaces a stored text, even with update', () => {
    const rows = emptyRows();
    rows.sources.push({ id: 'src-x', props: { title: 'T', text: 'new text', textSha256: 'bbb' }, audit });
    const origins = entryOrigins(new Map([['a.yaml', { source: { id: 'src-x', title: 'T', file: 'a.txt' } }]]));
    const m = mergeImport(rows, origins, new Map([['src-x', { title: 'T', text: 'old text', textSha256: 'aaa' }]]), { update: true, at: AT });
    expect(m.conflicts[0]).toMatchObject({ file: 'a.yaml', entry: 'source src-x', field: 'text' });
    expect(m.conflicts[0].message).toMatch(/a stored text is never replaced: add a new version with addSourceVersion/);
  });

  it('counts new nodes and words the summary', () => {
    const { rows, origins } = plan({ name: 'X Org' }, { name: 'X Org' });
    const m = mergeImport(rows, origins, new Map(), { update: false, at: AT });
    expect(m.created.organisations).toBe(1);
    expect(describeImport(m.created, { contradicts: 1, mentions: 2 }, {})).toBe('adds 1 organisation (new); links 1 counterclaim and 2 mentions');
    expect(describeImport(m.created, {}, {})).toBe('adds 1 organisation (new)');
    expect(describeImport({ ...m.created, organisations: 0 }, {}, {})).toBeNull();
  });
});

describe('import merge: an attribution keeps its speaker', () => {
  const origins = entryOrigins(new Map([['a.yaml', { claims: [{ id: 'claim-1', attributions: [{ id: 'attr-1', speakerId: 'person-b' }] }] }]]));
  const rows = emptyRows();
  rows.by.push({ from: 'attr-1', to: 'person-b' });

  it('refuses another speaker for an attribution the database holds', () => {
    const [p] = attributionLinkConflicts(rows, origins, new Map([['attr-1', { speakerId: 'person-a', onBehalfOfId: null }]]), (id) => id);
    expect(p).toMatchObject({ file: 'a.yaml', entry: 'attribution attr-1', field: 'speakerId' });
    expect(p.message).toMatch(/^the database has "person-a", the file has "person-b"/);
  });
  it('accepts the same speaker under a merged id, and any speaker for a new attribution', () => {
    expect(attributionLinkConflicts(rows, origins, new Map([['attr-1', { speakerId: 'person-a', onBehalfOfId: null }]]), () => 'person-a')).toEqual([]);
    expect(attributionLinkConflicts(rows, origins, new Map(), (id) => id)).toEqual([]);
  });
});
