import { APPROVED_VARIABLE, approvalOf, assertApproved, decideTestDatabase } from '../support/test-database-guard';

const target = { uri: 'neo4j+s://prod.example:7687', database: 'neo4j', optIn: undefined as string | undefined, marked: false };

describe('test database guard: which external database the tests may wipe', () => {
  it('refuses a database that is neither named by the opt-in nor marked, and says how to opt in', () => {
    const d = decideTestDatabase(target);
    expect(d.allowed).toBe(false);
    if (d.allowed) return;
    expect(d.message).toContain('Refusing to run the tests on database "neo4j" at neo4j+s://prod.example:7687');
    expect(d.message).toContain('CLAIMGRAPH_TEST_DISPOSABLE_DB=neo4j');
    expect(d.message).toContain('ClaimGraphTestMarker');
    expect(d.message).toContain('Nothing has been written');
  });

  it('accepts CLAIMGRAPH_TEST_DISPOSABLE_DB naming the database', () => {
    expect(decideTestDatabase({ ...target, optIn: 'neo4j' })).toEqual({ allowed: true, because: 'CLAIMGRAPH_TEST_DISPOSABLE_DB=neo4j' });
  });

  it('refuses an opt-in that names another database, or says only "true"', () => {
    for (const optIn of ['scratch', 'true', '1', '', 'NEO4J']) {
      const d = decideTestDatabase({ ...target, optIn });
      expect(d.allowed).toBe(false);
    }
    const d = decideTestDatabase({ ...target, optIn: 'scratch' });
    expect(!d.allowed && d.message).toContain('CLAIMGRAPH_TEST_DISPOSABLE_DB is "scratch", which is not the database "neo4j"');
  });

  it('accepts a database holding the disposable marker node', () => {
    expect(decideTestDatabase({ ...target, marked: true }).allowed).toBe(true);
  });
});

describe('test database guard: the harness wipes only the approved database', () => {
  it('throws for any database but the one the global setup approved', () => {
    const env = { [APPROVED_VARIABLE]: approvalOf('bolt://127.0.0.1:7000', 'neo4j') };
    expect(() => assertApproved('bolt://127.0.0.1:7000', 'neo4j', env)).not.toThrow();
    expect(() => assertApproved('bolt://127.0.0.1:7687', 'neo4j', env)).toThrow(/Refusing to write to database "neo4j" at bolt:\/\/127.0.0.1:7687/);
    expect(() => assertApproved('bolt://127.0.0.1:7000', 'other', env)).toThrow(/Refusing/);
    expect(() => assertApproved('bolt://127.0.0.1:7000', 'neo4j', {})).toThrow(/approved no database/);
  });
});
