import { DomainError, conflict } from '../../domain/errors';
import { allFieldChanges, type FieldChange } from '../../domain/history/field-changes';
import { newId } from '../../domain/kinds';
import { sha256 } from '../../domain/sha256';
import type { Executor, Tx } from '../Executor';
import type { QueryCatalogue } from '../QueryCatalogue';
import { defineQuery, type QueryDef, type Statement } from '../query';
import { WriteTx } from './WriteTx';
import { WriteAdmission } from './admission';
import { KeyedFlights } from './keyed-flights';
import type { LockPlanner } from './lock-plan';

/** The Change each mutation records in its own transaction; $fields and $details are JSON. */
export const RECORD_CHANGE = defineQuery<
  { id: string; at: string; by: string; operation: string; details: string; fields: string; changedIds: string[] },
  { id: string }
>('write/recordChange', ['id', 'at', 'by', 'operation', 'details', 'fields', 'changedIds']);
/** An idempotency key's earlier request and result (JSON). */
export const IDEMPOTENCY_GET = defineQuery<{ key: string }, { operation: string; inputHash: string; result: string }>('write/idempotencyGet', ['key']);
export const IDEMPOTENCY_PUT = defineQuery<{ key: string; operation: string; inputHash: string; result: string; at: string }, { key: string }>(
  'write/idempotencyPut',
  ['key', 'operation', 'inputHash', 'result', 'at'],
);

/** What a mutation's work returns: the ids to hand back, what it changed, and what to record. */
export interface WorkResult<Ids extends Record<string, string>> {
  ids: Ids;
  changedIds: string[];
  details: Record<string, unknown>;
  /** Changes that are not node properties (links such as aboutIds), added to the compared fields. */
  fields?: FieldChange[];
}

export interface MutationResult<Ids extends Record<string, string>> {
  ids: Ids;
  changeId: string;
  /** True when an idempotency key matched an earlier call: nothing new was written. */
  replayed: boolean;
}

const hashOf = (value: unknown) => sha256(JSON.stringify(value));

/**
 * Runs each mutation as one write transaction that also records its Change, and
 * honours client idempotency keys: a retry with the same key and input returns the
 * first result without writing again.
 */
export class WriteService {
  /** Test seam: called after each statement of a mutation; throwing aborts the transaction. */
  afterStatement: ((query: string) => void) | null = null;
  /** Runs after each mutation commits, with the ids it changed (claim matching embeds new claims here); never after a replay. */
  afterCommit: ((changedIds: string[]) => Promise<void>) | null = null;
  /** Bounds the writes open and waiting at once (see admission.ts); the app sets its configured limits. */
  admission = new WriteAdmission();
  /** Names, before the work takes any lock, the nodes a mutation will change, so they are locked at once in id order (lock-plan.ts). */
  lockPlanner: LockPlanner | null = null;
  private readonly flights = new KeyedFlights<MutationResult<Record<string, string>>>();

  constructor(
    private readonly executor: Executor,
    catalogue: QueryCatalogue,
  ) {
    // Bound now, so a statement missing from the catalogue fails start-up (the others are checked with every declaration).
    catalogue.checkAll([RECORD_CHANGE, IDEMPOTENCY_GET, IDEMPOTENCY_PUT]);
    this.bind = (query) => catalogue.bind(query);
  }

  private readonly bind: <P extends object, R extends object>(query: QueryDef<P, R>) => Statement<P, R>;

  run<Ids extends Record<string, string>>(
    operation: string,
    by: string,
    input: Record<string, unknown> & { idempotencyKey?: string | null },
    work: (w: WriteTx) => Promise<WorkResult<Ids>>,
  ): Promise<MutationResult<Ids>> {
    const key = input.idempotencyKey ? `${by}:${input.idempotencyKey}` : null;
    const { idempotencyKey: _k, ...rest } = input;
    const first = () => this.runOnce(operation, by, input, work);
    return this.flights.run(key, hashOf({ operation, rest }), first, (r) => ({ ...r, replayed: true })) as Promise<MutationResult<Ids>>;
  }

  private async runOnce<Ids extends Record<string, string>>(
    operation: string,
    by: string,
    input: Record<string, unknown> & { idempotencyKey?: string | null },
    work: (w: WriteTx) => Promise<WorkResult<Ids>>,
  ): Promise<MutationResult<Ids>> {
    const { idempotencyKey, ...rest } = input;
    const key = idempotencyKey ? `${by}:${idempotencyKey}` : null;
    const inputHash = hashOf({ operation, rest });
    let changedIds: string[] = [];
    try {
      // A retry of a write already made is answered from a read: it needs no turn in the write queue.
      const done = key ? await this.executor.readTx((tx) => this.replay<Ids>(new WriteTx(tx, by, '', this.bind), key, operation, inputHash)) : null;
      if (done) return done;
      const result = await this.admission.run(() => this.executor.writeTx(async (tx) => {
        const w = new WriteTx(this.observed(tx), by, new Date().toISOString(), this.bind);
        const lockIds = (await this.lockPlanner?.(operation, rest, w)) ?? [];
        if (lockIds.length) await w.lock(lockIds);
        if (key) {
          const earlier = await this.replay<Ids>(w, key, operation, inputHash);
          if (earlier) return earlier;
        }
        const result = await work(w);
        changedIds = result.changedIds;
        const changeId = newId('CHANGE');
        const fields = [...allFieldChanges(result.changedIds, w.before, await w.propsOf(result.changedIds)), ...(result.fields ?? [])];
        await w.run(RECORD_CHANGE, {
          fields: JSON.stringify(fields),
          id: changeId,
          at: w.at,
          by,
          operation,
          details: JSON.stringify({ input: redactText(rest), ...result.details }),
          changedIds: result.changedIds,
        });
        if (key) await w.run(IDEMPOTENCY_PUT, { key, operation, inputHash, result: JSON.stringify({ ids: result.ids, changeId }), at: w.at });
        return { ids: result.ids, changeId, replayed: false };
      }));
      if (!result.replayed && this.afterCommit) await this.afterCommit(changedIds);
      return result;
    } catch (e) {
      // Two retries racing with one key: the loser hits the key's constraint (or, for an actor, sees the
      // winner's actor as a duplicate); answer with the winner's result.
      if (key && e instanceof DomainError && (e.code === 'CONFLICT' || e.code === 'DUPLICATE_SUSPECTED')) {
        const earlier = await this.executor.readTx((tx) => this.replay<Ids>(new WriteTx(tx, by, '', this.bind), key, operation, inputHash));
        if (earlier) return earlier;
      }
      throw e;
    }
  }

  private async replay<Ids extends Record<string, string>>(w: WriteTx, key: string, operation: string, inputHash: string): Promise<MutationResult<Ids> | null> {
    const [row] = await w.run(IDEMPOTENCY_GET, { key });
    if (!row) return null;
    if (row.operation !== operation || row.inputHash !== inputHash) {
      throw conflict('This idempotency key was already used for a different request; use a new key', {}, { entity: 'request', field: 'idempotencyKey' });
    }
    const stored = JSON.parse(row.result) as { ids: Ids; changeId: string };
    return { ...stored, replayed: true };
  }

  private observed(tx: Tx): Tx {
    return {
      run: async (query, params) => {
        const rows = await tx.run(query, params);
        this.afterStatement?.(query.name);
        return rows;
      },
    };
  }
}

/** Source texts can be megabytes: the Change records their hash and length, not the text. */
function redactText(input: Record<string, unknown>): Record<string, unknown> {
  if (typeof input.text !== 'string' || input.text.length < 500) return input;
  return { ...input, text: { length: input.text.length, sha256: sha256(input.text) } };
}
