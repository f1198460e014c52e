import { run } from '../../reliability/faults';
import type { PartResult } from '../../reliability/types';

/**
 * The short form of the Faults part: the real service's Neo4j SIGKILLed once under a bulk
 * ingest and once under concurrent writers, and one TCP-proxy outage under a second service.
 * It runs its own service and database (not the suite's), and stops them when done.
 */
describe('reliability: faults (short form)', () => {
  let result: PartResult;
  const figure = (label: string) => result.figures[label];

  beforeAll(async () => {
    result = await run({ long: false, seed: 11, log: (l) => process.stderr.write(`${l}\n`) });
  }, 900_000); // a few minutes on a busy machine: each kill waits for a JVM to start again

  it('meets every goal it checks', () => {
    expect(result.failures).toEqual([]);
  });

  it('kills the database under the ingest and under the writers', () => {
    expect(figure('database kills (SIGKILL)')).toMatch(/^2 \(1 during bulk ingest, 1 of them mid-ingest; 1 under 3 concurrent writers\)/);
  });

  it('leaves no half-written claim and no torn attribution', () => {
    expect(figure('half-written claims (goal 0)')).toBe(0);
    expect(figure('attributions without exactly one OF, BY, IN (goal 0)')).toBe(0);
  });

  it('loses no acknowledged write and applies each idempotency key exactly once', () => {
    expect(Number(figure('acknowledged writes'))).toBeGreaterThan(0);
    expect(figure('acknowledged writes lost (goal 0)')).toBe(0);
    expect(figure('idempotency keys applied other than exactly once (goal 0)')).toBe(0);
  });

  it('resumes an interrupted ingest to the fingerprint of an uninterrupted one', () => {
    expect(figure('interrupted ingest reaches the uninterrupted fingerprint (goal yes)')).toBe('yes (1 of 1)');
  });

  it('answers UNAVAILABLE, never hanging, while the proxy is cut, and serves again once it is restored', () => {
    const [, unavailable, probes, slowest] = /^(\d+) of (\d+), slowest (\d+) ms/.exec(String(figure('requests during a proxy outage answered UNAVAILABLE')))!.map(Number);
    expect(probes).toBeGreaterThan(0);
    expect(unavailable).toBe(probes);
    expect(slowest).toBeLessThan(10_000);
    expect(String(figure('proxy restored → serving again, max'))).toMatch(/^\d+ ms$/);
  });
});
