import { ApolloServer } from '@apollo/server';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { GraphQLError } from 'graphql';
import { jitGateway } from '../../src/api/jit-gateway';

class Refusal extends Error {}

const schema = makeExecutableSchema({
  typeDefs: 'type Query { hello(name: String!): String!, refuse: String, typed: String }',
  resolvers: {
    Query: {
      hello: (_: unknown, a: { name: string }) => `hello ${a.name}`,
      refuse: () => {
        throw new Refusal('no');
      },
      typed: () => {
        throw new GraphQLError('typed no', { extensions: { code: 'BAD_USER_INPUT' } });
      },
    },
  },
});

async function started(maxCompiled?: number) {
  const gateway = jitGateway(schema, maxCompiled);
  const apollo = new ApolloServer({ gateway });
  await apollo.start();
  const run = async (query: string, variables?: Record<string, unknown>, operationName?: string) => {
    const r = await apollo.executeOperation({ query, variables, operationName });
    if (r.body.kind !== 'single') throw new Error('expected a single result');
    return { status: r.http.status, ...r.body.singleResult };
  };
  return { apollo, gateway, run };
}

describe('jit gateway: graphql-jit behind Apollo Server', () => {
  it('answers like graphql-js, variables included', async () => {
    const { apollo, run } = await started();
    expect((await run('query Q($n: String!) { hello(name: $n) }', { n: 'jit' })).data).toEqual({ hello: 'hello jit' });
    await apollo.stop();
  });

  it('compiles a document once and runs it again from the cache', async () => {
    const { apollo, gateway, run } = await started();
    await run('query Q($n: String!) { hello(name: $n) }', { n: 'a' });
    await run('query Q($n: String!) { hello(name: $n) }', { n: 'b' });
    expect(gateway.compiledCount()).toBe(1);
    await run('{ hello(name: "c") }');
    expect(gateway.compiledCount()).toBe(2);
    await apollo.stop();
  });

  it('keeps at most the configured number of compiled documents', async () => {
    const { apollo, gateway, run } = await started(2);
    for (const n of ['a', 'b', 'c', 'd']) await run(`{ hello(name: "${n}") }`);
    expect(gateway.compiledCount()).toBe(2);
    await apollo.stop();
  });

  it('refuses an operation name the document does not have, instead of running its only operation', async () => {
    const { apollo, run } = await started();
    const r = await run('query X { hello(name: "x") }', undefined, 'Y');
    expect(r.data).toBeUndefined();
    expect(r.errors?.[0].extensions?.code).toBe('OPERATION_RESOLUTION_FAILURE');
    await apollo.stop();
  });

  it('hands Apollo graphql-js errors: an untyped cause becomes INTERNAL_SERVER_ERROR, a typed one keeps its code', async () => {
    const { apollo, run } = await started();
    const untyped = await run('{ refuse }');
    expect(untyped.errors?.[0]).toMatchObject({ message: 'no', path: ['refuse'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    const typed = await run('{ typed }');
    expect(typed.errors?.[0]).toMatchObject({ message: 'typed no', path: ['typed'], extensions: { code: 'BAD_USER_INPUT' } });
    expect(typed.errors?.[0].locations).toEqual([{ line: 1, column: 3 }]);
    await apollo.stop();
  });

  it('refuses a bad variable as BAD_USER_INPUT with status 400', async () => {
    const { apollo, run } = await started();
    const r = await run('query Q($n: String!) { hello(name: $n) }', { n: 5 });
    expect(r.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.status).toBe(400);
    await apollo.stop();
  });
});
