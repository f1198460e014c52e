/**
 * Copies of one keyed write arriving together (a client that retried before its first
 * attempt was answered) wait for the first copy in this process instead of each taking a
 * turn in the write queue, running the whole write and losing on the key's constraint. Other
 * replicas still meet at the constraint; this only saves the work.
 */
export class KeyedFlights<T> {
  private readonly flights = new Map<string, { fingerprint: string; result: Promise<T> }>();

  /**
   * Runs `first` unless a write with this key is in flight; then waits for it and returns
   * `replay(result)` when its fingerprint (operation and input) is the same. A different
   * fingerprint, or a failed first copy, runs this copy on its own: the key's record decides.
   */
  async run(key: string | null, fingerprint: string, first: () => Promise<T>, replay: (result: T) => T): Promise<T> {
    if (!key) return first();
    const flight = this.flights.get(key);
    if (flight && flight.fingerprint === fingerprint) {
      const result = await flight.result.then(
        (r) => ({ ok: true as const, r }),
        () => ({ ok: false as const }),
      );
      if (result.ok) return replay(result.r);
    }
    if (flight) return first();
    const result = first();
    this.flights.set(key, { fingerprint, result });
    try {
      return await result;
    } finally {
      this.flights.delete(key);
    }
  }
}
