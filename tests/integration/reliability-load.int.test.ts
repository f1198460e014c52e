import { cypher, openHarness, resetToSeed, serve, type Harness, type Served } from '../support/harness';
import { checkInvariants } from '../../reliability/invariants';
import { codeCounts, loadFailures, runLoad } from '../../reliability/load-check';
import { LOAD_API_KEYS } from '../../reliability/service-process';

/** The short form of the reliability suite's Load part (the long form: npm run reliability -- --only load). */
describe('reliability: load', () => {
  let h: Harness;
  let s: Served;
  beforeAll(async () => {
    // Timeouts on a shared 2-core machine measure the machine, not the races; the long form keeps the 15 s default.
    h = await openHarness({ API_KEYS: LOAD_API_KEYS, DB_TX_TIMEOUT_MS: '60000' });
    await resetToSeed(h);
    s = await serve(h);
  });
  afterAll(async () => {
    await s?.close();
    await h?.close();
  });

  it('holds every invariant on the seed graph (the baseline)', async () => {
    const broken = (await checkInvariants(h.driver, h.config.neo4j.database)).filter((i) => i.violations > 0);
    expect(broken).toEqual([]);
  });

  it('20 clients racing merges, links, retractions and keyed retries for 10 s: no leaked error, exactly once, every invariant holds', async () => {
    const o = await runLoad(s.url, h.driver, h.config.neo4j.database, { clients: 20, durationMs: 8_000, seed: 7, tag: `short${process.pid}`, log: () => undefined });
    process.stderr.write(`\nload (short): ${o.tally.ops} operations in ${o.seconds.toFixed(1)} s, ${o.groups.length} keyed groups; codes: ${codeCounts(o.tally)}; p50/p99 ms: ${JSON.stringify(o.tally.summary())}\n`);
    expect(loadFailures(o)).toEqual([]);
    // Every client finished at least one operation (a goal, not a rate: the machine is shared).
    expect(o.tally.ops).toBeGreaterThanOrEqual(20);
    expect(o.tally.summary('write').count).toBeGreaterThan(0);
    expect(o.groups.length).toBeGreaterThan(0);
    // The races happened: some writes were refused as the business rules say.
    expect([...o.tally.codes.keys()].some((c) => c === 'BAD_USER_INPUT' || c === 'CONFLICT' || c === 'NOT_FOUND')).toBe(true);
  }, 120_000);

  it('notices a broken invariant (control): a quote that no longer matches its span', async () => {
    await cypher(h, "MATCH (a:Attribution)-[:IN]->(s:Source) WHERE s.text IS NOT NULL WITH a LIMIT 1 SET a.quote = a.quote + ' (edited)'");
    const broken = (await checkInvariants(h.driver, h.config.neo4j.database)).filter((i) => i.violations > 0).map((i) => i.name);
    expect(broken).toEqual(['quote = Source.text[start:end] for every source with text']);
    await resetToSeed(h);
  });
});
