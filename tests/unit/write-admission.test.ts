import { Overloaded, WriteAdmission } from '../../src/graph/writes/admission';

/** A write that finishes when the test says so. */
function gate() {
  let open!: () => void;
  const done = new Promise<void>((r) => (open = r));
  return { open, done };
}

describe('WriteAdmission', () => {
  it('runs at most `concurrency` writes at once and starts the waiting ones in arrival order', async () => {
    const a = new WriteAdmission({ concurrency: 2, queue: 10, maxWaitMs: 60_000 });
    const gates = [gate(), gate(), gate(), gate()];
    const started: number[] = [];
    const runs = gates.map((g, i) => a.run(async () => {
      started.push(i);
      await g.done;
      return i;
    }));
    await new Promise((r) => setImmediate(r));
    expect(started).toEqual([0, 1]);
    expect(a.load).toEqual({ running: 2, waiting: 2 });
    gates[1].open();
    await runs[1];
    await new Promise((r) => setImmediate(r));
    expect(started).toEqual([0, 1, 2]);
    gates.forEach((g) => g.open());
    expect(await Promise.all(runs)).toEqual([0, 1, 2, 3]);
    expect(a.load).toEqual({ running: 0, waiting: 0 });
  });

  it('refuses at once, with a Retry-After of at least one second, when the queue is full; the refused work never runs', async () => {
    const a = new WriteAdmission({ concurrency: 1, queue: 1, maxWaitMs: 60_000 });
    const g = gate();
    const first = a.run(() => g.done);
    const second = a.run(() => g.done);
    let ran = false;
    const third = a.run(async () => {
      ran = true;
    });
    await expect(third).rejects.toBeInstanceOf(Overloaded);
    const refusal = (await third.catch((e: unknown) => e)) as Overloaded;
    expect(refusal.code).toBe('OVERLOADED');
    expect(refusal.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(refusal.details).toEqual({ retryAfterSeconds: refusal.retryAfterSeconds });
    g.open();
    await Promise.all([first, second]);
    expect(ran).toBe(false);
    expect(a.refused).toBe(1);
  });

  it('keeps a waiter past maxWaitMs, up to maxQueuedMs (3 × maxWaitMs by default)', async () => {
    // The first write's expected time is the initial mean (100 ms), within maxWaitMs: the waiter is let in.
    const a = new WriteAdmission({ concurrency: 1, queue: 5, maxWaitMs: 150 });
    const g = gate();
    const first = a.run(() => g.done);
    const waiter = a.run(async () => 'served');
    await new Promise((r) => setTimeout(r, 250));
    expect(a.load).toEqual({ running: 1, waiting: 1 });
    g.open();
    await first;
    await expect(waiter).resolves.toBe('served');
  });

  it('refuses a waiter that got no turn within maxQueuedMs, and frees its place', async () => {
    const a = new WriteAdmission({ concurrency: 1, queue: 5, maxWaitMs: 30, maxQueuedMs: 30 });
    const g = gate();
    const first = a.run(() => g.done);
    const waiter = a.run(async () => 'late');
    await expect(waiter).rejects.toMatchObject({ code: 'OVERLOADED' });
    expect(a.load).toEqual({ running: 1, waiting: 0 });
    g.open();
    await first;
    // The slot is free again: the next write runs at once.
    await expect(a.run(async () => 'now')).resolves.toBe('now');
  });

  it('refuses a newcomer whose expected wait is longer than maxWaitMs, however short the queue', async () => {
    const a = new WriteAdmission({ concurrency: 1, queue: 100, maxWaitMs: 50 });
    // Writes that take 80 ms: one waiting behind a running one would wait longer than 50 ms.
    for (let i = 0; i < 40; i++) await a.run(() => new Promise((r) => setTimeout(r, 80)));
    const slow = gate();
    const held = a.run(async () => {
      await slow.done;
    });
    await expect(a.run(async () => undefined)).rejects.toMatchObject({ code: 'OVERLOADED', retryAfterSeconds: 1 });
    expect(a.load.waiting).toBe(0);
    slow.open();
    await held;
  });

  it('a failing write frees its slot', async () => {
    const a = new WriteAdmission({ concurrency: 1, queue: 0, maxWaitMs: 1_000 });
    await expect(a.run(async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(a.run(async () => 'next')).resolves.toBe('next');
  });
});
