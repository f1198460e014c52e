import { DomainError } from '../../domain/errors';

export interface AdmissionLimits {
  /** Write transactions open at once; the rest wait in the queue. */
  concurrency: number;
  /** Writes that may wait; one more is refused at once. */
  queue: number;
  /**
   * The longest a write should wait for its turn: a newcomer whose expected wait (the queue
   * ahead × the recent mean write time ÷ concurrency) is longer is refused at once.
   */
  maxWaitMs: number;
  /**
   * A waiter that was let into the queue keeps its place this long (default 3 × maxWaitMs)
   * before it is refused. Refusing it at maxWaitMs wasted the wait it had already done and
   * sent it to the back after its Retry-After: the slowest writes of the load test.
   */
  maxQueuedMs?: number;
}

/**
 * Defaults measured with the reliability suite's load mix, 50 clients, on 2 cores (RELIABILITY.md,
 * Load). The entry bound of 5 s, not 2 s: with 50 clients and no think time the expected wait
 * is ~1.5 s and spikes past 2 s, and each refused write's Retry-After wait made the slowest
 * writes (write p99 5.0 s with 2 s; 3.9–4.2 s with 5 s and 0–3 refusals). 4 open instead of 8 was
 * no better within the runs' noise (3.5–5.5 s).
 */
export const DEFAULT_ADMISSION: AdmissionLimits = { concurrency: 8, queue: 64, maxWaitMs: 5_000 };

/** The refusal: answered as HTTP 503 with Retry-After (see api/http-status-plugin.ts); nothing was written. */
export class Overloaded extends DomainError {
  constructor(readonly retryAfterSeconds: number, why: string) {
    super('OVERLOADED', `Too many writes are waiting (${why}); nothing was written. Retry after ${retryAfterSeconds} s, with the same idempotency key if you sent one`, {
      retryAfterSeconds,
    });
  }
}

interface Waiter {
  admit(): void;
  timer: NodeJS.Timeout;
}

/**
 * A bounded queue in front of write transactions. Each open write holds a database
 * connection and its locks; past a few, more writers only queue on the same locks inside
 * Neo4j (holding connections reads need) until the transaction timeout ends them. Here
 * they wait in order, in memory, for a bounded time, and a full queue is refused at once
 * with a time to come back: an honest "busy" instead of a 15-second TIMEOUT.
 */
export class WriteAdmission {
  private running = 0;
  private readonly waiting: Waiter[] = [];
  /** Refusals since start, for /metrics and tests. */
  refused = 0;

  constructor(readonly limits: AdmissionLimits = DEFAULT_ADMISSION) {}

  private get maxQueuedMs(): number {
    return this.limits.maxQueuedMs ?? 3 * this.limits.maxWaitMs;
  }

  /** Writes running and waiting now. */
  get load(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }

  /** Mean time a write holds its slot, smoothed (exponentially weighted, recent writes count most). */
  private meanMs = 100;

  async run<T>(work: () => Promise<T>): Promise<T> {
    await this.admit();
    const started = performance.now();
    try {
      return await work();
    } finally {
      this.meanMs = 0.9 * this.meanMs + 0.1 * (performance.now() - started);
      this.release();
    }
  }

  /** How long a newcomer would wait for its turn now. */
  private expectedWaitMs(): number {
    return ((this.waiting.length + 1) * this.meanMs) / this.limits.concurrency;
  }

  /** Seconds a refused writer should wait: about the time the queue ahead takes to drain, at least 1 (Retry-After counts whole seconds). */
  private retryAfter(): number {
    return Math.max(1, Math.ceil(this.expectedWaitMs() / 1000));
  }

  private admit(): Promise<void> {
    if (this.running < this.limits.concurrency && this.waiting.length === 0) {
      this.running += 1;
      return Promise.resolve();
    }
    if (this.waiting.length >= this.limits.queue || this.expectedWaitMs() > this.limits.maxWaitMs) {
      this.refused += 1;
      return Promise.reject(new Overloaded(this.retryAfter(), `${this.waiting.length} queued, ${this.running} running`));
    }
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = {
        admit: () => {
          clearTimeout(waiter.timer);
          resolve();
        },
        timer: setTimeout(() => {
          const i = this.waiting.indexOf(waiter);
          if (i >= 0) this.waiting.splice(i, 1);
          this.refused += 1;
          reject(new Overloaded(this.retryAfter(), `no turn within ${this.maxQueuedMs} ms`));
        }, this.maxQueuedMs),
      };
      this.waiting.push(waiter);
    });
  }

  private release(): void {
    const next = this.waiting.shift();
    // The slot passes straight to the next waiter, so a newcomer cannot jump the queue.
    if (next) next.admit();
    else this.running -= 1;
  }
}
