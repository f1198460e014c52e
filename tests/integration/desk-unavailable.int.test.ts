import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createApp, type App } from '../../src/api/http/app';
import { loadConfig } from '../../src/config';
import { createDriver, waitForDatabase } from '../../src/graph/database';
import { EmbeddedNeo4j } from '../../src/graph/EmbeddedNeo4j';
import { Executor } from '../../src/graph/Executor';
import { migrate } from '../../src/graph/migrate';
import { QueryCatalogue } from '../../src/graph/QueryCatalogue';
import { freePort } from '../../src/runtime/free-port';
import { silentLog } from '../support/harness';

const EDITOR = { authorization: 'Bearer desk-editor-key-01' };
const TEXT = 'Ferry line news: Captain Ode Lind said that "the ferry will sail again on Friday". The operator declined to comment.';
const QUOTE = 'the ferry will sail again on Friday';

/**
 * The database killed in the middle of a desk save, on a database this suite starts and owns
 * (stopping the shared one would disturb every other suite): UNAVAILABLE, nothing written, and
 * the same save retried with its key once the database is back writes it exactly once.
 */
describe('a desk save while the database goes down', () => {
  let home: string;
  let db: EmbeddedNeo4j;
  let driver: ReturnType<typeof createDriver>;
  let app: App;
  let server: http.Server;
  let url: string;

  const gql = async (query: string, variables: Record<string, unknown>) => {
    const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...EDITOR }, body: JSON.stringify({ query, variables }) });
    return (await res.json()) as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] };
  };
  const count = async (q: string) => Number((await driver.executeQuery(q, {}, { database: 'neo4j' })).records[0].get(0));

  beforeAll(async () => {
    home = fs.mkdtempSync(path.join(os.tmpdir(), 'claimgraph-desk-down-'));
    db = new EmbeddedNeo4j({ home, port: await freePort(), heap: '512m', pageCache: '16m', startTimeoutMs: 300_000 });
    await db.start();
    const config = loadConfig({ NEO4J_URI: db.uri, NEO4J_PASSWORD: db.password, DB_TX_TIMEOUT_MS: '60000', API_KEYS: 'ed:editor:desk-editor-key-01' });
    driver = createDriver(db.uri, db.username, db.password);
    const catalogue = new QueryCatalogue();
    const executor = new Executor(driver, 'neo4j', 60_000, silentLog);
    await migrate(executor, catalogue);
    app = await createApp({ config, log: silentLog, executor, catalogue });
    server = http.createServer(app.listener);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }, 400_000);

  afterAll(async () => {
    server?.closeAllConnections();
    server?.close();
    await app?.stop();
    await driver?.close();
    await db?.stop();
    if (home) fs.rmSync(home, { recursive: true, force: true });
  });

  it('answers UNAVAILABLE, writes nothing, and takes the retry once the database is back', async () => {
    const start = TEXT.indexOf(QUOTE);
    const input = {
      idempotencyKey: 'desk-ferry-save-0001',
      source: { title: 'Ferry to sail again', text: TEXT },
      actors: [{ ref: 'lind', kind: 'PERSON', name: 'Ode Lind', description: 'Ferry captain' }],
      claims: [{ ref: 'sail', text: 'The ferry will sail again on Friday.' }],
      attributions: [{ speakerRef: 'lind', start, end: start + QUOTE.length, quote: QUOTE, mode: 'DIRECT_QUOTE', claimRef: 'sail' }],
    };
    const SAVE = 'mutation($i: SaveArticleInput!) { saveArticle(input: $i) { replayed source { id } attributions { id quote } } }';

    // Killed outright once the save has written its source, actor, claim and attribution, before it commits.
    let killedAfter: string | null = null;
    app.writes.afterStatement = (statement) => {
      if (statement === 'write/createAttribution' && killedAfter === null) {
        killedAfter = statement;
        process.kill(db.pid!, 'SIGKILL');
      }
    };
    const down = await gql(SAVE, { i: input });
    app.writes.afterStatement = null;
    expect(killedAfter).toBe('write/createAttribution');
    expect(down.errors?.[0]?.extensions?.code).toBe('UNAVAILABLE');
    expect(down.errors?.[0]?.message).not.toMatch(/neo4j|bolt|java/i);
    await db.waitForExit();

    await db.start();
    await waitForDatabase(driver, 120_000);
    expect(await count('MATCH (n:Source|Actor|Claim|Attribution|Change) RETURN count(n)')).toBe(0);

    let again = await gql(SAVE, { i: input });
    // The service learns the database is back on its own; until then it keeps answering UNAVAILABLE.
    for (let i = 0; i < 60 && again.errors?.[0]?.extensions?.code === 'UNAVAILABLE'; i++) {
      await new Promise((r) => setTimeout(r, 500));
      again = await gql(SAVE, { i: input });
    }
    expect(again.errors).toBeUndefined();
    expect(again.data.saveArticle.replayed).toBe(false);
    expect(again.data.saveArticle.attributions).toEqual([{ id: expect.any(String), quote: QUOTE }]);
    const replay = await gql(SAVE, { i: input });
    expect(replay.data.saveArticle.replayed).toBe(true);
    expect(await count('MATCH (n:Attribution) RETURN count(n)')).toBe(1);
    expect(await count("MATCH (n:Change {operation: 'saveArticle'}) RETURN count(n)")).toBe(1);
  }, 400_000);
});
