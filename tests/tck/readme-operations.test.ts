import type { IncomingMessage } from 'node:http';
import pino from 'pino';
import { loadConfig } from '../../src/config';
import { ApiKeys } from '../../src/domain/auth';
import { buildApollo } from '../../src/api/http/apollo';
import { contextFactory } from '../../src/api/request-context';
import { MatchingService } from '../../src/graph/matching/MatchingService';
import { QueryCatalogue } from '../../src/graph/QueryCatalogue';
import { ReadRepository } from '../../src/graph/repositories/ReadRepository';
import { WriteService } from '../../src/graph/writes/WriteService';
import { explorerOperations, readmeExamples } from '../support/examples';
import { EXPLORER_VARIABLES } from '../support/explorer-variables';
import { RecordingExecutor, type Sent } from '../support/recording-executor';

/**
 * The tier between unit and integration (like neo4j/graphql's tck tests): each documented
 * operation runs through the real Apollo server, plugins and resolvers, against an
 * executor that records what it would send to Neo4j. The snapshot is the statements, their
 * parameter names and the round trips; an N+1 or an extra round trip changes it.
 */
const catalogue = new QueryCatalogue();
const log = pino({ level: process.env.TCK_LOG ?? 'silent' });
const config = loadConfig({ NEO4J_PASSWORD: 'unused' } as NodeJS.ProcessEnv);

export interface Recording {
  roundTrips: number;
  statements: string[];
  errors: string[];
}

/** Runs one operation with no database and returns what it sent. */
export async function record(query: string, variables: Record<string, unknown> = {}, splitBatches = false): Promise<Recording> {
  const executor = new RecordingExecutor({ splitBatches });
  const reads = new ReadRepository(executor, catalogue);
  const writes = new WriteService(executor, catalogue);
  const matching = new MatchingService(executor, catalogue, null, log);
  const context = contextFactory({ config, log, reads, writes, keys: new ApiKeys(config.apiKeys), matching });
  const apollo = await apolloOnce();
  const answer = await apollo.executeOperation({ query, variables }, { contextValue: await context({ headers: {} } as IncomingMessage) });
  const body = answer.body.kind === 'single' ? answer.body.singleResult : null;
  return {
    roundTrips: executor.sent.length,
    statements: executor.sent.map(line),
    errors: (body?.errors ?? []).map((e) => `${e.extensions?.code ?? ''}: ${e.message}`),
  };
}

const line = (s: Sent): string => `${s.via} ${s.statement}(${s.params.join(', ')})${s.batch === undefined ? '' : ` × ${s.batch} ids`}`;

let apollo: ReturnType<typeof buildApollo> | undefined;
const apolloOnce = () => (apollo ??= buildApollo(config, log, 'jit'));
afterAll(async () => {
  if (apollo) await (await apollo).stop();
});

describe('documented operations: statements, parameters and round trips (no database)', () => {
  const examples = readmeExamples();
  it('finds the documented examples', () => expect(examples.length).toBeGreaterThanOrEqual(10));

  const seen = new Map<string, number>();
  const named = examples.map((e) => {
    const n = (seen.get(e.name) ?? 0) + 1;
    seen.set(e.name, n);
    return { ...e, name: n > 1 ? `${e.name} (${n})` : e.name };
  });
  it.each(named.map((e) => [e.name, e.query] as const))('%s', async (_name, query) => {
    const r = await record(query);
    expect(r.roundTrips).toBeGreaterThan(0);
    expect(r).toMatchSnapshot();
  });
});

describe("the explorer's operations: statements, parameters and round trips (no database)", () => {
  const ops = explorerOperations();
  it('has variables for every operation the explorer sends', () => {
    expect(ops.map((o) => o.name).sort()).toEqual(Object.keys(EXPLORER_VARIABLES).sort());
  });
  it.each(ops.map((o) => [o.name, o.query] as const))('%s', async (name, query) => {
    const r = await record(query, EXPLORER_VARIABLES[name]);
    expect(r.roundTrips).toBeGreaterThan(0);
    expect(r).toMatchSnapshot();
  });
});

describe('the recording can fail', () => {
  /** The first documented operation whose loaders batch several keys into one statement. */
  async function batchingExample() {
    for (const e of readmeExamples()) {
      const r = await record(e.query);
      if (r.statements.some((s) => /× [2-9]\d* ids$/.test(s))) return { query: e.query, batched: r };
    }
    throw new Error('no documented operation batches several keys');
  }

  it('is the same on every run, so a snapshot of it is stable', async () => {
    const { query, batched } = await batchingExample();
    expect(await record(query)).toEqual(batched);
  });

  it('changes when a batch turns into one statement per id (an N+1)', async () => {
    const { query, batched } = await batchingExample();
    const nPlusOne = await record(query, {}, true);
    expect(nPlusOne.errors).toEqual(batched.errors);
    expect(nPlusOne.roundTrips).toBeGreaterThan(batched.roundTrips);
    expect(nPlusOne).not.toEqual(batched);
  });
});
