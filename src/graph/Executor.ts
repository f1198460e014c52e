import neo4j, { type Driver, type ManagedTransaction, type QueryResult, Neo4jError } from 'neo4j-driver';
import type { Logger } from 'pino';
import { DomainError, badInput, conflict, unavailable } from '../domain/errors';
import type { DatabaseHealth } from './DatabaseSupervisor';
import type { Params, Statement } from './query';
import { currentRequestStats } from './request-stats';
import { toDriverParams, toPlain } from './values';

/** Auto-commit reads retry transient failures this many times, within READ_RETRY_BUDGET_MS. */
export const READ_ATTEMPTS = 3;
const READ_RETRY_BUDGET_MS = 3_000;

export type { Params, Row } from './query';

/** A transaction handed to a unit of work: every run is one counted round trip. */
export interface Tx {
  run<P extends object, R extends object>(query: Statement<P, R>, params: P): Promise<R[]>;
}

/** A write's COMMIT failed in transit: it may or may not have been applied. */
class CommitUnknown extends DomainError {
  constructor() {
    super(
      'UNAVAILABLE',
      'The connection to the database was lost while committing this write, so whether it was applied is unknown; retry with the same idempotency key to apply it exactly once',
    );
  }
}

const driverParams = (params: object): Params => toDriverParams(params) as Params;

const lostConnection = (e: unknown) => e instanceof Neo4jError && (e.code === 'ServiceUnavailable' || e.code === 'SessionExpired');

/**
 * The only code that talks to the driver: picks read or write, bounds each transaction
 * by a timeout, converts values once, counts round trips and database time per request,
 * and turns driver errors into domain errors.
 */
export class Executor {
  /** Statements sent since start, across all requests: for metrics and tests. */
  statementsSent = 0;

  constructor(
    readonly driver: Driver,
    readonly database: string,
    private readonly txTimeoutMs: number,
    private readonly log: Logger,
    /** While the database is known to be down, work is refused at once rather than after connection timeouts. */
    private readonly health: () => DatabaseHealth = () => ({ up: true }),
    /** Reads take connections from their own pool, so writes waiting on locks never hold the connections reads need. */
    readonly readDriver: Driver = driver,
  ) {}

  /** Throws UNAVAILABLE, with the reason, while the database is known to be down. */
  private refuseWhileDown(): void {
    const h = this.health();
    if (!h.up) throw unavailable(`The database is unavailable (${h.reason}); try again shortly`);
  }

  /**
   * One read statement as an auto-commit transaction: RUN and PULL only, without the
   * BEGIN and COMMIT a managed transaction adds — half the Bolt messages on the hot path.
   * The driver retries managed transactions only, so transient failures are retried here,
   * a few times and well within the transaction timeout; a read has no effect to repeat.
   */
  async read<P extends object, R extends object>(query: Statement<P, R>, params: P): Promise<R[]> {
    const started = Date.now();
    for (let attempt = 1; ; attempt++) {
      this.refuseWhileDown();
      try {
        return await this.readOnce(query, params);
      } catch (e) {
        const budget = Math.min(READ_RETRY_BUDGET_MS, this.txTimeoutMs / 2);
        const delayMs = 100 * 3 ** (attempt - 1);
        if (attempt >= READ_ATTEMPTS || !Neo4jError.isRetryable(e) || Date.now() - started + delayMs > budget) throw this.translate(e);
        this.log.debug({ query: query.name, attempt, code: (e as Neo4jError).code }, 'retrying a read after a transient error');
        await new Promise((r) => setTimeout(r, delayMs));
      }
    }
  }

  /**
   * Sessions wait for the request's bookmarks, so a read on any cluster member sees the
   * writes the client (or this request) already made; one database needs no waiting.
   */
  private openSession(mode: 'READ' | 'WRITE') {
    const bookmarks = currentRequestStats()?.bookmarks;
    return (mode === 'READ' ? this.readDriver : this.driver).session({
      database: this.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      ...(bookmarks?.length ? { bookmarks } : {}),
    });
  }

  private async readOnce<R extends object>(query: Statement<object, R>, params: object): Promise<R[]> {
    const session = this.openSession('READ');
    try {
      return await this.measured(query, () => session.run(query.text, driverParams(params), { timeout: this.txTimeoutMs }));
    } finally {
      await session.close();
    }
  }

  async write<P extends object, R extends object>(query: Statement<P, R>, params: P): Promise<R[]> {
    return this.writeTx((tx) => tx.run(query, params));
  }

  readTx<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.transact('READ', work);
  }

  /** timeoutMs overrides the request timeout: bulk loads legitimately take longer than any request should. */
  writeTx<T>(work: (tx: Tx) => Promise<T>, timeoutMs?: number): Promise<T> {
    return this.transact('WRITE', work, timeoutMs);
  }

  /**
   * The driver retries transient failures of a managed transaction by running the work
   * again. That is safe until the work has finished: a failure before COMMIT rolls back.
   * A write whose COMMIT failed may have committed, so it is not run again here: the
   * caller gets UNAVAILABLE and retries with its idempotency key, which is recorded in the
   * same transaction as the write and so answers with the first result.
   */
  private async transact<T>(mode: 'READ' | 'WRITE', work: (tx: Tx) => Promise<T>, timeoutMs = this.txTimeoutMs): Promise<T> {
    this.refuseWhileDown();
    const session = this.openSession(mode);
    const config = { timeout: timeoutMs };
    let commitSent = false;
    try {
      const body = async (mtx: ManagedTransaction) => {
        if (commitSent) throw new CommitUnknown();
        const result = await work(this.wrap(mtx));
        commitSent = mode === 'WRITE';
        return result;
      };
      if (mode === 'READ') return await session.executeRead(body, config);
      const result = await session.executeWrite(body, config);
      this.recordWriteBookmark(session.lastBookmarks());
      return result;
    } catch (e) {
      if (e instanceof CommitUnknown || (commitSent && lostConnection(e))) {
        this.log.warn('a write lost its connection at commit: outcome unknown, not repeated');
        throw e instanceof CommitUnknown ? e : new CommitUnknown();
      }
      throw this.translate(e);
    } finally {
      await session.close();
    }
  }

  /** The client gets this bookmark back; later reads in the same request wait for it too. */
  private recordWriteBookmark(bookmarks: string[]): void {
    const stats = currentRequestStats();
    if (!stats || bookmarks.length === 0) return;
    stats.writeBookmarks = bookmarks;
    stats.bookmarks = bookmarks;
  }

  private wrap(mtx: ManagedTransaction): Tx {
    return { run: (query, params) => this.measured(query, () => mtx.run(query.text, driverParams(params))) };
  }

  /** Runs one statement, converts its records, and counts it against the request's stats. */
  private async measured<R extends object>(query: Statement<object, R>, send: () => Promise<QueryResult>): Promise<R[]> {
    const stats = currentRequestStats();
    const started = performance.now();
    this.statementsSent += 1;
    try {
      const result = await send();
      // The one place rows take their declared type: the catalogue checked the statement against its declaration.
      return result.records.map((r) => toPlain(r.toObject()) as R);
    } finally {
      const ms = performance.now() - started;
      if (stats) {
        stats.roundTrips += 1;
        stats.dbTimeMs += ms;
      }
      if (this.log.isLevelEnabled('debug')) this.log.debug({ query: query.name, ms: Math.round(ms * 10) / 10 }, 'cypher');
    }
  }

  private translate(e: unknown): Error {
    if (e instanceof DomainError) return e;
    if (e instanceof Neo4jError) {
      if (e.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
        return conflict('That id or key is already taken');
      }
      // A bookmark the client sent that this database never issued (or of another database).
      if (e.code === 'Neo.ClientError.Transaction.InvalidBookmark' || e.code === 'Neo.ClientError.Transaction.InvalidBookmarkMixture') {
        return badInput('The Neo4j-Bookmark header is not a bookmark this database issued', { field: 'Neo4j-Bookmark' });
      }
      // Every pooled connection stayed busy for the whole acquisition timeout: overload, not a bug.
      if (e.message.startsWith('Connection acquisition timed out')) {
        return unavailable('Every database connection is busy; try again shortly');
      }
      // A transaction stopped by its timeout while it waited for a lock says LockClientStopped.
      if (e.code.includes('TransactionTimedOut') || e.code === 'Neo.ClientError.Transaction.LockClientStopped') {
        return new DomainError('TIMEOUT', 'The database took too long to answer this request');
      }
      // Connection loss, leader switch, deadlock… that outlasted the retries.
      if (Neo4jError.isRetryable(e)) {
        const h = this.health();
        return h.up ? unavailable() : unavailable(`The database is unavailable (${h.reason}); try again shortly`);
      }
    }
    return e instanceof Error ? e : new Error(String(e));
  }

  /** Runs one statement outside the catalogue: only for schema migrations read from files. */
  async runSchemaStatement(text: string): Promise<void> {
    this.refuseWhileDown();
    const session = this.driver.session({ database: this.database });
    try {
      await session.run(text);
    } catch (e) {
      throw this.translate(e);
    } finally {
      await session.close();
    }
  }
}
