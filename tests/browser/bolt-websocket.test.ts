import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser } from 'playwright-core';
import { EmbeddedNeo4j } from '../../src/graph/EmbeddedNeo4j';
import { freePort } from '../../src/runtime/free-port';
import { chromiumFor } from '../support/chromium';

const CHROMIUM = chromiumFor('tests/browser/bolt-websocket.test.ts');
const describeInBrowser = CHROMIUM ? describe : describe.skip;
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** The attacker's page: neo4j-driver's browser build, trying each login against Bolt over WebSocket. */
const ATTACK_PAGE = `<!doctype html><meta charset="utf-8"><title>a page on another origin</title>
<script src="/neo4j-web.min.js"></script>
<script>
window.tryLogin = async (uri, user, password) => {
  const driver = neo4j.driver(uri, user === null ? undefined : neo4j.auth.basic(user, password));
  try {
    const res = await driver.executeQuery('MATCH (n:Secret) RETURN count(n) AS n');
    return 'read ' + res.records[0].get('n');
  } catch (e) {
    return String(e.code || e.message);
  } finally {
    await driver.close();
  }
};
</script>`;

/**
 * The default install's database, its Bolt port opened from a page of another loopback origin
 * (127.0.0.2) in real Chromium, as a hostile page an analyst opens would. The same page with
 * the right password reads, which shows the WebSocket path itself works.
 */
describeInBrowser('bolt over WebSocket from another origin, in Chromium', () => {
  let home: string;
  let db: EmbeddedNeo4j;
  let page: http.Server;
  let pageUrl: string;
  let browser: Browser;

  beforeAll(async () => {
    home = fs.mkdtempSync(path.join(os.tmpdir(), 'claimgraph-ws-'));
    db = new EmbeddedNeo4j({ home, port: await freePort(), heap: '512m', pageCache: '16m', startTimeoutMs: 300_000 });
    await db.start();
    const neo4jModule = await import('neo4j-driver');
    const driver = neo4jModule.default.driver(db.uri, neo4jModule.default.auth.basic(db.username, db.password));
    await driver.executeQuery('UNWIND range(1, 3) AS i CREATE (:Secret {i: i})');
    await driver.close();
    const bundle = require.resolve('neo4j-driver/lib/browser/neo4j-web.min.js');
    page = http.createServer((req, res) => {
      if (req.url === '/neo4j-web.min.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(fs.readFileSync(bundle));
      else res.writeHead(200, { 'content-type': 'text/html' }).end(ATTACK_PAGE);
    });
    await new Promise<void>((r) => page.listen(0, '127.0.0.2', r));
    pageUrl = `http://127.0.0.2:${(page.address() as AddressInfo).port}/`;
    browser = await chromium.launch({ executablePath: CHROMIUM!, args: CHROMIUM_ARGS });
  }, 320_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((r) => page?.close(r));
    await db?.stop();
    fs.rmSync(home, { recursive: true, force: true });
  });

  it('reads nothing with no credentials, neo4j/neo4j or neo4j/password; only the generated password reads', async () => {
    const tab = await browser.newPage();
    await tab.goto(pageUrl);
    expect(new URL(tab.url()).origin).not.toBe(new URL(db.uri.replace('bolt:', 'http:')).origin);
    const login = (user: string | null, password: string) =>
      tab.evaluate(([u, usr, pw]) => (window as unknown as { tryLogin(a: string, b: string | null, c: string): Promise<string> }).tryLogin(u!, usr, pw!), [db.uri, user, password] as const);
    // The control first: Neo4j locks the user for seconds after three failures.
    expect(await login(db.username, db.password)).toBe('read 3');
    const attempts = [await login(null, ''), await login('neo4j', 'neo4j'), await login('neo4j', 'password')];
    expect(attempts).toEqual(Array(3).fill('Neo.ClientError.Security.Unauthorized'));
    await tab.close();
  }, 120_000);
});
