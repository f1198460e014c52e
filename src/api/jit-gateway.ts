import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import { GraphQLError, printSchema, type GraphQLSchema } from 'graphql';
import { getVariableValues } from 'graphql/execution/values';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

/** Distinct documents kept compiled; clients send a handful of fixed operations, so this is generous. */
export const MAX_COMPILED_OPERATIONS = 1000;

/**
 * Runs operations through graphql-jit instead of graphql-js's interpreter. Apollo Server 5's
 * only hook for a different executor is its gateway interface: Apollo still parses,
 * validates, prices (costPlugin) and formats; only execution is replaced. Each document is
 * compiled once and kept (least recently compiled dropped first).
 */
export function jitGateway(schema: GraphQLSchema, maxCompiled = MAX_COMPILED_OPERATIONS): GatewayInterface & { compiledCount(): number } {
  const compiled = new Map<string, CompiledQuery>();
  const executor: GatewayExecutor = async (rc) => {
    // The name the client asked for: rc.operationName is null when it names no operation, and
    // compiling with null would run the document's only operation instead of refusing.
    const operationName = rc.request.operationName ?? undefined;
    const key = `${operationName ?? ''}\n${rc.queryHash}`;
    let query = compiled.get(key);
    if (!query) {
      const result = compileQuery(schema, rc.document, operationName);
      if (!isCompiledQuery(result)) return result;
      if (compiled.size >= maxCompiled) compiled.delete(compiled.keys().next().value as string);
      compiled.set(key, result);
      query = result;
    }
    const result = await query.query(undefined, rc.context, rc.request.variables ?? {});
    if (!result.errors) return result;
    // Refused before execution: graphql-js words variable errors the way Apollo recognises as
    // BAD_USER_INPUT (status 400); asked only on this path, so answers pay nothing for it.
    if (result.data === undefined && rc.operation) {
      const coerced = getVariableValues(schema, rc.operation.variableDefinitions ?? [], rc.request.variables ?? {});
      if (coerced.errors) return { errors: coerced.errors };
    }
    return { ...result, errors: result.errors.map(asGraphQLError) };
  };
  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => undefined;
    },
    load: async () => ({ executor }),
    stop: async () => undefined,
    compiledCount: () => compiled.size,
  };
}

/**
 * graphql-jit's errors leave `extensions` undefined when the cause has none, and Apollo
 * reads `extensions.code` of every error; rebuilt as graphql-js errors, they format alike.
 */
function asGraphQLError(e: GraphQLError): GraphQLError {
  const error = new GraphQLError(e.message, { path: e.path, originalError: e.originalError ?? undefined, extensions: e.extensions ?? undefined });
  (error as { locations?: GraphQLError['locations'] }).locations = e.locations;
  return error;
}
