import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { chromium, type Browser } from 'playwright-core';
import { createApp, type App } from '../../src/api/http/app';
import { loadConfig } from '../../src/config';
import { createDriver, waitForDatabase } from '../../src/graph/database';
import { EmbeddedNeo4j } from '../../src/graph/EmbeddedNeo4j';
import { Executor } from '../../src/graph/Executor';
import { migrate } from '../../src/graph/migrate';
import { QueryCatalogue } from '../../src/graph/QueryCatalogue';
import { freePort } from '../../src/runtime/free-port';
import { chromiumFor } from '../support/chromium';
import * as desk from '../support/desk';
import { silentLog } from '../support/harness';

/**
 * The database stops in the middle of "Save to graph". The suite owns its embedded Neo4j
 * (stopping the shared one would break every other suite): nothing is written, the page says
 * so and keeps the work, and the same save goes through once the database is back.
 */
const CHROMIUM = chromiumFor('tests/browser/desk-outage.test.ts');
const describeInBrowser = CHROMIUM ? describe : describe.skip;

describeInBrowser('desk: the database stops during a save', () => {
  let home: string;
  let db: EmbeddedNeo4j;
  let driver: Driver;
  let app: App;
  let server: http.Server;
  let url: string;
  let browser: Browser;

  const count = async (title: string) => {
    const res = await driver.executeQuery('MATCH (s:Source { title: $title }) OPTIONAL MATCH (a:Attribution)-[]-(s) RETURN count(DISTINCT s) AS sources, count(DISTINCT a) AS attributions', { title }, { database: 'neo4j' });
    return { sources: Number(res.records[0].get('sources')), attributions: Number(res.records[0].get('attributions')) };
  };

  beforeAll(async () => {
    home = fs.mkdtempSync(path.join(os.tmpdir(), 'claimgraph-desk-outage-'));
    db = new EmbeddedNeo4j({ home, port: await freePort(), heap: '512m', pageCache: '16m' });
    await db.start();
    const config = loadConfig({ NEO4J_URI: db.uri, NEO4J_PASSWORD: db.password, ...desk.DESK_ENV });
    driver = createDriver(db.uri, db.username, db.password);
    const catalogue = new QueryCatalogue();
    const executor = new Executor(driver, 'neo4j', config.txTimeoutMs, silentLog);
    await migrate(executor, catalogue);
    app = await createApp({ config, log: silentLog, executor, catalogue });
    server = http.createServer(app.listener);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const gql = async (query: string, variables: Record<string, unknown>) => {
      const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...desk.ADMIN }, body: JSON.stringify({ query, variables }) });
      return (await res.json()) as { data: any; errors?: unknown[] };
    };
    await desk.addKnownSpeakers({ url, app, gql, close: async () => undefined } as never);
    browser = await chromium.launch({ executablePath: CHROMIUM!, args: desk.CHROMIUM_ARGS });
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    server?.closeAllConnections();
    server?.close();
    await app?.stop();
    await driver?.close();
    await db?.stop();
    if (home) fs.rmSync(home, { recursive: true, force: true });
  }, 120_000);

  it('writes nothing, says so, keeps the work, and saves on retry once the database is back', async () => {
    const tab = await desk.newDeskContext(browser, new URL(url).origin);
    const page = tab.page;
    const title = 'Reservoir: outage';
    await desk.openDesk(page, url, desk.EDITOR_A);
    await page.getByRole('textbox', { name: 'Article text' }).fill(desk.ARTICLE);
    await page.getByRole('textbox', { name: 'Title' }).fill(title);
    await page.getByRole('button', { name: 'Find attributions' }).click();
    await desk.idle(page);
    const suggestions = page.getByRole('list', { name: 'Suggestions' }).getByRole('listitem');
    await suggestions.filter({ hasText: 'The dam has not been inspected' }).getByRole('button', { name: /^Accept/ }).click();
    await suggestions.filter({ hasText: 'We will not sign a contract' }).getByRole('button', { name: /^Accept/ }).click();

    // The database stops as the save leaves the page.
    let stopped = false;
    await page.route('**/graphql', async (route) => {
      if (!stopped && (route.request().postData() ?? '').includes('saveArticle')) {
        stopped = true;
        await db.stop();
      }
      await route.continue();
    });
    await page.getByRole('button', { name: 'Save to graph' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'Nothing was written' });
    await alert.waitFor({ timeout: 90_000 });
    expect(stopped).toBe(true);
    expect(await alert.textContent()).toMatch(/the database is unavailable\. Your work is kept in this page; choose “Save to graph” again to retry/);
    expect(await page.getByRole('status').textContent()).not.toContain('Saved');
    // The work is still in the page and in storage.
    expect(await page.locator('#suggestions li[data-status="accepted"]').count()).toBe(2);
    const kept = await page.evaluate(() => (window as unknown as { claimGraphDesk: { draft: { items: unknown[]; saveKey: string } } }).claimGraphDesk.draft);
    expect(kept.items).toHaveLength(2);

    await db.start();
    await waitForDatabase(driver, 120_000);
    expect(await count(title)).toEqual({ sources: 0, attributions: 0 });

    // Retry: the same draft under the same idempotency key.
    await page.getByRole('button', { name: 'Save to graph' }).click();
    await page.getByRole('status').getByText('Saved').waitFor({ timeout: 90_000 });
    expect(await count(title)).toEqual({ sources: 1, attributions: 2 });
    const sourceId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);
    const res = await driver.executeQuery('MATCH (s:Source { id: $id })--(a:Attribution) RETURN s.text AS text, a.start AS start, a.end AS end, a.quote AS quote', { id: sourceId }, { database: 'neo4j' });
    expect(res.records).toHaveLength(2);
    for (const r of res.records) expect((r.get('text') as string).slice(Number(r.get('start')), Number(r.get('end')))).toBe(r.get('quote'));
    expect(kept.saveKey).toMatch(/^desk-/);

    await tab.context.close();
    desk.expectClean(tab);
  }, 400_000);
});
