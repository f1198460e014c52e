import { seededServer } from '../support/harness';

const t = seededServer();

describe('GET /metrics', () => {
  it("gives this process's memory, event-loop delay and the Cypher statements it sent, as JSON", async () => {
    const read = async () => (await (await fetch(`${t.s.url}/metrics`)).json()) as Record<string, any>;
    const before = await read();
    expect(before.pid).toBe(process.pid);
    expect(before.rssBytes).toBeGreaterThan(before.heapUsedBytes);
    expect(before.heapUsedBytes).toBeGreaterThan(0);
    expect(Object.keys(before.eventLoopDelayMs).sort()).toEqual(['max', 'p50', 'p99', 'samples']);
    expect((await t.s.gql('{ claim(id: "claim-ennhri-board-hostility-violations") { id } }')).errors).toBeUndefined();
    expect((await read()).statementsSent).toBeGreaterThan(before.statementsSent);
  });
});
