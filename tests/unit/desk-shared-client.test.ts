import fs from 'node:fs';
import path from 'node:path';
import { projectPath } from '../../src/paths';

/**
 * The desk and the explorer talk to the server through one client, explorer/js/api.js (the
 * desk imports it from /explorer/js/, same origin): no second copy of the fetch, the key
 * handling or ApiError under desk/js.
 */
const deskJs = projectPath('desk', 'js');
const files = fs.readdirSync(deskJs).filter((f) => f.endsWith('.js'));
const read = (f: string) => fs.readFileSync(path.join(deskJs, f), 'utf8');

describe('one GraphQL client for the explorer and the desk', () => {
  it('has no client of its own under desk/js: no fetch, no ApiError class, no /graphql address', () => {
    const own = files.filter((f) => /\bfetch\(|class ApiError|['"`]\/graphql['"`]/.test(read(f)));
    expect(own).toEqual([]);
    expect(files).not.toContain('api.js');
  });

  it('sends every desk operation through the explorer client', () => {
    const queries = read('queries.js');
    expect(queries).toMatch(/import \{ ApiError, gql \} from '\/explorer\/js\/api\.js'/);
    // Each operation of the desk is a gql() call in queries.js, and nothing else builds one.
    const operations = [...queries.matchAll(/`(?:query|mutation) (Desk\w+)/g)].map((m) => m[1]);
    expect(operations.length).toBeGreaterThanOrEqual(9);
    expect(files.filter((f) => f !== 'queries.js' && /`(?:query|mutation) Desk/.test(read(f)))).toEqual([]);
  });

  it('keeps every GraphQL error on ApiError (the desk marks each bad item in place) and finds /graphql from its own address', () => {
    const client = fs.readFileSync(projectPath('explorer', 'js', 'api.js'), 'utf8');
    expect(client).toMatch(/constructor\(message, code, errors = \[\]\)/);
    expect(client).toMatch(/new ApiError\(first\.message, first\.extensions\?\.code, body\.errors\)/);
    // Relative to the module, not the page: the desk's pages sit at /desk/source/<id>.
    expect(client).toMatch(/new URL\('\.\.\/\.\.\/graphql', import\.meta\.url\)/);
  });
});
