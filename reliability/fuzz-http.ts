import { MAX_BODY_BYTES } from '../src/domain/inputs';
import type { RawRequest } from './fuzz-check';

const JSON_HEADERS = { 'content-type': 'application/json', accept: 'application/json' };
const post = (body: Buffer | string, headers: Record<string, string> = JSON_HEADERS): RawRequest => ({ method: 'POST', path: '/graphql', headers, body });
const get = (query: string, headers: Record<string, string> = { accept: 'application/json' }): RawRequest => ({ method: 'GET', path: `/graphql${query}`, headers });
const good = JSON.stringify({ query: '{ claims(first: 1) { totalCount } }' });

/** Malformed HTTP requests of every kind the issue names; each must get a JSON refusal with a code. */
export function malformedRequests(): { name: string; req: RawRequest }[] {
  const list: [string, RawRequest][] = [
    ['empty body', post('')],
    ['empty body, no content type', post('', {})],
    ['truncated JSON', post(good.slice(0, good.length - 3))],
    ['truncated after one byte', post('{')],
    ['JSON with a trailing comma', post('{"query": "{ __typename }",}')],
    ['JSON then garbage', post(`${good}garbage`)],
    ['text/plain', post(good, { 'content-type': 'text/plain' })],
    ['form-urlencoded', post('query=%7B__typename%7D', { 'content-type': 'application/x-www-form-urlencoded' })],
    ['multipart', post('--b\r\nContent-Disposition: form-data; name="operations"\r\n\r\n{}\r\n--b--', { 'content-type': 'multipart/form-data; boundary=b' })],
    ['xml', post('<query>{ __typename }</query>', { 'content-type': 'application/xml' })],
    ['application/graphql', post('{ __typename }', { 'content-type': 'application/graphql' })],
    ['json, charset latin1', post(good, { 'content-type': 'application/json; charset=latin1' })],
    ['json, unknown charset', post(good, { 'content-type': 'application/json; charset=klingon' })],
    ['json, gzip that is not gzip', post(good, { ...JSON_HEADERS, 'content-encoding': 'gzip' })],
    ['json, unknown content encoding', post(good, { ...JSON_HEADERS, 'content-encoding': 'br2' })],
    ['batch of two', post(JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]))],
    ['empty batch', post('[]')],
    ['JSON string', post('"{ __typename }"')],
    ['JSON number', post('42')],
    ['JSON null', post('null')],
    ['JSON true', post('true')],
    ['empty object', post('{}')],
    ['query is a number', post('{"query": 42}')],
    ['query is an object', post('{"query": {"a": 1}}')],
    ['query is null', post('{"query": null}')],
    ['variables is a string', post(JSON.stringify({ query: 'query($n: Int) { claims(first: $n) { totalCount } }', variables: '{"n":1}' }))],
    ['variables is an array', post(JSON.stringify({ query: '{ __typename }', variables: [1] }))],
    ['extensions is a string', post(JSON.stringify({ query: '{ __typename }', extensions: 'x' }))],
    ['persisted query hash unknown', post(JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } }))],
    ['operationName not in document', post(JSON.stringify({ query: 'query A { __typename }', operationName: 'B' }))],
    ['two operations, no name', post(JSON.stringify({ query: 'query A { __typename } query B { __typename }' }))],
    ['invalid UTF-8 bytes', post(Buffer.concat([Buffer.from('{"query": "{ search(query: \\"'), Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xa0]), Buffer.from('\\") { totalCount } }"}')]))],
    ['UTF-16 body', post(Buffer.from(good, 'utf16le'))],
    ['NUL bytes', post(Buffer.alloc(64, 0))],
    ['deeply nested JSON', post(`${'['.repeat(5000)}${']'.repeat(5000)}`)],
    ['deeply nested variables', post(`{"query": "{ __typename }", "variables": {"a": ${'{"a":'.repeat(3000)}1${'}'.repeat(3000)}}}`)],
    ['over the body limit', post(JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(MAX_BODY_BYTES + 10) } }))],
    ['PUT', { method: 'PUT', path: '/graphql', headers: JSON_HEADERS, body: good }],
    ['GET without a query', get('')],
    ['GET with a broken percent escape', get('?query=%7B%ZZ')],
    ['GET with a broken document', get('?query=%7B')],
    ['GET with variables that are not JSON', get('?query=%7B__typename%7D&variables=%7Bnot')],
    ['GET with extensions that are not JSON', get('?query=%7B__typename%7D&extensions=%5B')],
    ['GET with a mutation', get(`?query=${encodeURIComponent('mutation { retractClaim(input: {id: "x", reason: "y"}) { change { id } } }')}`, { accept: 'application/json', 'apollo-require-preflight': '1' })],
    ['GET with the query twice', get('?query=%7B__typename%7D&query=%7B__typename%7D', { accept: 'application/json', 'apollo-require-preflight': '1' })],
    ['GET with a huge query string', get(`?query=${'%7B'.repeat(20_000)}`, { accept: 'application/json', 'apollo-require-preflight': '1' })],
    ['GET with a preflight header and a valid query', get('?query=%7B__typename%7D', { accept: 'application/json', 'apollo-require-preflight': '1' })],
    ['unknown path', get('/../../etc/passwd')],
  ];
  return list.map(([name, req]) => ({ name, req }));
}
