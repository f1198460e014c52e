import type { IncomingMessage } from 'node:http';
import { GraphQLError } from 'graphql';
import pino from 'pino';
import { contextFactory, type ContextDeps } from '../../src/api/request-context';
import { loadConfig } from '../../src/config';
import { ApiKeys, requireRole, type Principal } from '../../src/domain/auth';
import { DomainError } from '../../src/domain/errors';

const SPEC = 'ed:editor:editor-key-0001, ad:admin:admin-key:with:colons ,,';
const editor: Principal = { name: 'ed', role: 'editor' };
const admin: Principal = { name: 'ad', role: 'admin' };

/** The error a call throws, so its type, code and message can be checked. */
async function thrown(f: () => unknown): Promise<unknown> {
  try {
    await f();
  } catch (e) {
    return e;
  }
  throw new Error('expected an error, nothing was thrown');
}

describe('auth: API keys', () => {
  const keys = new ApiKeys(SPEC);

  it('reads every principal:role:key entry, skipping blanks and spaces around entries', () => {
    expect(keys.size).toBe(2);
  });

  it('finds the principal of each key, a key with colons included', () => {
    expect(keys.authenticate('editor-key-0001')).toEqual(editor);
    expect(keys.authenticate('admin-key:with:colons')).toEqual(admin);
  });

  it.each(['', 'editor-key-000', 'editor-key-00011', 'EDITOR-KEY-0001', 'admin-key'])('knows no principal for the key "%s"', (key) => {
    expect(keys.authenticate(key)).toBeNull();
  });

  it('accepts an empty spec: no keys, nobody authenticates', () => {
    const none = new ApiKeys('');
    expect(none.size).toBe(0);
    expect(none.authenticate('editor-key-0001')).toBeNull();
  });

  it.each([
    ['a missing key', 'ed:editor', /entry 1 must be principal:role:key/],
    ['an unknown role', 'ok:editor:sEcReT-00001,ed:owner:sEcReT-00002', /entry 2 must be principal:role:key with role editor or admin/],
    ['a missing principal', ':admin:sEcReT-00001', /entry 1 must be principal:role:key/],
    ['a key shorter than 8 characters', 'ed:editor:sEcReT', /entry 1 \(ed\): the key must be at least 8 characters/],
  ])('refuses %s, naming the entry and never echoing a key', async (_what, spec, message) => {
    const e = (await thrown(() => new ApiKeys(spec))) as Error;
    expect(e.message).toMatch(message);
    expect(e.message).not.toContain('sEcReT');
  });
});

describe('auth: roles', () => {
  it('lets an editor do editor work and an admin do anything', () => {
    expect(requireRole(editor, 'editor', 'addClaim')).toBe(editor);
    expect(requireRole(admin, 'editor', 'addClaim')).toBe(admin);
    expect(requireRole(admin, 'admin', 'mergeActors')).toBe(admin);
  });

  it('refuses an anonymous caller as UNAUTHENTICATED, naming the operation', async () => {
    const e = await thrown(() => requireRole(null, 'editor', 'addClaim'));
    expect(e).toBeInstanceOf(DomainError);
    expect(e).toMatchObject({ code: 'UNAUTHENTICATED', message: expect.stringMatching(/^addClaim needs an API key/) });
  });

  it('refuses an editor admin work as FORBIDDEN, saying which role is needed', async () => {
    const e = await thrown(() => requireRole(editor, 'admin', 'mergeActors'));
    expect(e).toMatchObject({ code: 'FORBIDDEN', message: 'mergeActors needs the admin role; ed is editor' });
  });
});

describe('auth: the request context', () => {
  const make = (env: Record<string, string> = {}) =>
    contextFactory({ config: loadConfig(env), log: pino({ level: 'silent' }), keys: new ApiKeys(SPEC) } as ContextDeps);
  const req = (headers: Record<string, string>) => ({ headers }) as IncomingMessage;

  it('names the principal of a valid bearer key, in any case of "Bearer"', async () => {
    expect((await make()(req({ authorization: 'Bearer editor-key-0001' }))).principal).toEqual(editor);
    expect((await make()(req({ authorization: 'bearer   admin-key:with:colons ' }))).principal).toEqual(admin);
  });

  it('lets an anonymous read through when reads need no key', async () => {
    expect((await make()(req({}))).principal).toBeNull();
  });

  it.each([
    ['a wrong key', {}, { authorization: 'Bearer not-a-key-at-all' }, 'The API key is not valid'],
    ['no key where reads need one', { READ_REQUIRES_KEY: 'true' }, {}, /Reads need an API key/],
  ])('refuses %s with UNAUTHENTICATED and HTTP 401', async (_what, env, headers, message) => {
    const e = await thrown(() => make(env)(req(headers)));
    expect(e).toBeInstanceOf(GraphQLError);
    expect((e as GraphQLError).message).toMatch(message);
    expect((e as GraphQLError).extensions).toEqual({ code: 'UNAUTHENTICATED', http: { status: 401 } });
  });
});
