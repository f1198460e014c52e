import fs from 'node:fs';
import { ideVendorFiles } from '../../src/api/http/ide-mount';
import { readmeExamples } from '../support/examples';
import { serve, seededServer, type Served } from '../support/harness';

const t = seededServer();
const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8';

describe('ide: the GraphQL IDE at GET /graphql', () => {
  it('gives a browser the bundled GraphiQL page, with a same-origin content security policy', async () => {
    const res = await fetch(`${t.s.url}/graphql`, { headers: { accept: BROWSER_ACCEPT } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    const html = await res.text();
    expect(html).toContain('ide/vendor/graphiql.min.js');
    // Nothing on the page points at another host (Apollo's page loaded its sandbox from a CDN).
    expect(html).not.toMatch(/https?:\/\//);
  });

  it('still answers GET queries of JSON clients, and POSTs, from the API', async () => {
    const get = await fetch(`${t.s.url}/graphql?query=${encodeURIComponent('{ actor(id: "org-ennhri") { name } }')}`, {
      headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
    });
    expect(get.status).toBe(200);
    expect(((await get.json()) as { data: { actor: { name: string } } }).data.actor.name).toBe('European Network of National Human Rights Institutions');
    const curlLike = await fetch(`${t.s.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, { headers: { accept: '*/*', 'apollo-require-preflight': 'true' } });
    expect(await curlLike.json()).toEqual(expect.objectContaining({ data: { __typename: 'Query' } }));
  });

  it('serves exactly the examples of README.md and docs/, in reading order', async () => {
    const res = await fetch(`${t.s.url}/ide/examples.json`);
    expect(res.status).toBe(200);
    const served = (await res.json()) as { name: string; page: string; query: string }[];
    expect(served).toEqual(readmeExamples());
    expect(served.length).toBeGreaterThanOrEqual(17);
    expect(served[0]).toEqual(expect.objectContaining({ page: 'README.md', name: 'Example' }));
    expect(served.map((e) => e.page)).toContain('docs/queries.md');
  });

  it('serves GraphiQL, React and their CSS from node_modules, and the CSS imports nothing from elsewhere', async () => {
    for (const name of Object.keys(ideVendorFiles)) {
      const res = await fetch(`${t.s.url}/ide/vendor/${name}`);
      expect(res.status).toBe(200);
      expect(Number(res.headers.get('content-length'))).toBe(fs.statSync(ideVendorFiles[name]).size);
    }
    const css = await (await fetch(`${t.s.url}/ide/vendor/graphiql.min.css`)).text();
    expect(css).not.toMatch(/@import|url\(\s*['"]?(https?:)?\/\//);
  });
});

describe('ide: off with INTROSPECTION=false', () => {
  let off: Served;
  beforeAll(async () => {
    off = await serve(t.h, { introspection: false });
  });
  afterAll(() => off?.close());

  it('answers a browser GET /graphql with a JSON NOT_FOUND, and serves no IDE files', async () => {
    const res = await fetch(`${off.url}/graphql`, { headers: { accept: BROWSER_ACCEPT } });
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ errors: [{ message: expect.stringMatching(/IDE is off.*INTROSPECTION=false/), extensions: { code: 'NOT_FOUND' } }] });
    expect((await fetch(`${off.url}/ide/examples.json`)).status).toBe(404);
    expect((await fetch(`${off.url}/ide/vendor/graphiql.min.js`)).status).toBe(404);
  });

  it('keeps the API itself working', async () => {
    const r = await off.gql('{ actor(id: "org-ennhri") { ... on Organisation { acronym } } }');
    expect(r.data.actor.acronym).toBe('ENNHRI');
  });
});
