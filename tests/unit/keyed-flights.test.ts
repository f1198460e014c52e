import { KeyedFlights } from '../../src/graph/writes/keyed-flights';

describe('KeyedFlights', () => {
  it('runs one copy of a keyed write and answers the copies that arrive meanwhile with its result, marked', async () => {
    const f = new KeyedFlights<{ id: number; replayed: boolean }>();
    let runs = 0;
    let open!: () => void;
    const gate = new Promise<void>((r) => (open = r));
    const first = async () => {
      runs += 1;
      await gate;
      return { id: runs, replayed: false };
    };
    const copies = [1, 2, 3].map(() => f.run('k', 'same input', first, (r) => ({ ...r, replayed: true })));
    open();
    expect(await Promise.all(copies)).toEqual([{ id: 1, replayed: false }, { id: 1, replayed: true }, { id: 1, replayed: true }]);
    expect(runs).toBe(1);
  });

  it('runs a copy on its own when its input differs, when the first failed, or when no write is in flight', async () => {
    const f = new KeyedFlights<string>();
    let fail!: (e: Error) => void;
    const failing = f.run('k', 'a', () => new Promise<string>((_, reject) => (fail = reject)), (r) => r);
    const other = f.run('k', 'b', async () => 'own run for other input', (r) => `replayed ${r}`);
    const waiting = f.run('k', 'a', async () => 'own run after failure', (r) => `replayed ${r}`);
    fail(new Error('refused'));
    await expect(failing).rejects.toThrow('refused');
    expect(await other).toBe('own run for other input');
    expect(await waiting).toBe('own run after failure');
    expect(await f.run('k', 'a', async () => 'later', (r) => `replayed ${r}`)).toBe('later');
    expect(await f.run(null, 'a', async () => 'no key', (r) => `replayed ${r}`)).toBe('no key');
  });
});
