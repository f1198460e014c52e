import neo4j, { type Driver, type ManagedTransaction, type QueryResult, Neo4jError } from 'neo4j-driver';
import type { Logger } from 'pino';
import { DomainError, conflict, unavailable } from '../domain/errors';
import type { NamedQuery } from './QueryCatalogue';
import { currentRequestStats } from './request-stats';
import { toDriverParams, toPlain } from './values';

export type Row = Record<string, unknown>;
export type Params = Record<string, unknown>;

/** A transaction handed to a unit of work: every run is one counted round trip. */
export interface Tx {
  run(query: NamedQuery, params?: Params): Promise<Row[]>;
}

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
  ) {}

  /**
   * One read statement as an auto-commit transaction: RUN and PULL only, without the
   * BEGIN and COMMIT a managed transaction adds — half the Bolt messages on the hot path.
   */
  async read(query: NamedQuery, params: Params = {}): Promise<Row[]> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    try {
      return await this.measured(query, () => session.run(query.text, toDriverParams(params) as Params, { timeout: this.txTimeoutMs }));
    } catch (e) {
      throw this.translate(e);
    } finally {
      await session.close();
    }
  }

  async write(query: NamedQuery, params: Params = {}): Promise<Row[]> {
    return this.writeTx((tx) => tx.run(query, params));
  }

  readTx<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.transact('READ', work);
  }

  /** timeoutMs overrides the request timeout: bulk loads legitimately take longer than any request should. */
  writeTx<T>(work: (tx: Tx) => Promise<T>, timeoutMs?: number): Promise<T> {
    return this.transact('WRITE', work, timeoutMs);
  }

  private async transact<T>(mode: 'READ' | 'WRITE', work: (tx: Tx) => Promise<T>, timeoutMs = this.txTimeoutMs): Promise<T> {
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    const config = { timeout: timeoutMs };
    try {
      const body = (mtx: ManagedTransaction) => work(this.wrap(mtx));
      return mode === 'READ' ? await session.executeRead(body, config) : await session.executeWrite(body, config);
    } catch (e) {
      throw this.translate(e);
    } finally {
      await session.close();
    }
  }

  private wrap(mtx: ManagedTransaction): Tx {
    return { run: (query, params = {}) => this.measured(query, () => mtx.run(query.text, toDriverParams(params) as Params)) };
  }

  /** Runs one statement, converts its records, and counts it against the request's stats. */
  private async measured(query: NamedQuery, send: () => Promise<QueryResult>): Promise<Row[]> {
    const stats = currentRequestStats();
    const started = performance.now();
    this.statementsSent += 1;
    try {
      const result = await send();
      return result.records.map((r) => toPlain(r.toObject()) as Row);
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
      if (e.code === 'ServiceUnavailable' || e.code === 'SessionExpired' || e.code === 'Neo.TransientError.General.DatabaseUnavailable') {
        return unavailable();
      }
      if (e.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
        return conflict('That id or key is already taken');
      }
      if (e.code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut') || e.code.includes('TransactionTimedOut')) {
        return new DomainError('TIMEOUT', 'The database took too long to answer this request');
      }
    }
    return e instanceof Error ? e : new Error(String(e));
  }

  /** Runs one statement outside the catalogue: only for schema migrations read from files. */
  async runSchemaStatement(text: string): Promise<void> {
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
