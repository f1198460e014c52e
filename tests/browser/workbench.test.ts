import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { projectPath } from '../../src/paths';
import { chromiumFor } from '../support/chromium';
import { watchCsp } from '../support/csp-watch';
import { readmeExamples } from '../support/examples';
import { openHarness, resetToSeed, serve, type Harness, type Served } from '../support/harness';

/**
 * The analyst's workbench in Chromium: the GraphQL IDE at /graphql and the explorer's
 * timeline, against the real server and the seed graph, with the network cut at loopback.
 * Without Chromium the suite is skipped with a message, except in CI where it must run.
 */
const CHROMIUM = chromiumFor('tests/browser/workbench.test.ts');
const describeInBrowser = CHROMIUM ? describe : describe.skip;

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const ARTIFACTS = projectPath('test-artifacts');
const KEY = 'workbench-key-0001';

/** Saves a screenshot in test-artifacts/, and into docs/ when UPDATE_DOCS_SCREENSHOT=1. */
async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, name) });
  if (process.env.UPDATE_DOCS_SCREENSHOT === '1') fs.copyFileSync(path.join(ARTIFACTS, name), projectPath('docs', name));
}

describeInBrowser('workbench: the GraphQL IDE and the timeline in a real, offline browser', () => {
  let h: Harness;
  let s: Served;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const foreignRequests: string[] = [];
  const pageErrors: string[] = [];
  const cspViolations: string[] = [];

  /** A browser context where every request to a host other than 127.0.0.1 is recorded and refused. */
  async function offlineContext(): Promise<BrowserContext> {
    const c = await browser.newContext({ viewport: { width: 1440, height: 900 }, reducedMotion: 'reduce' });
    await c.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith('data:') || new URL(url).hostname === '127.0.0.1') return route.continue();
      foreignRequests.push(url);
      return route.abort();
    });
    await watchCsp(c, cspViolations);
    return c;
  }

  async function newPage(c: BrowserContext): Promise<Page> {
    const p = await c.newPage();
    p.on('pageerror', (e) => pageErrors.push(e.message));
    return p;
  }

  /**
   * A fresh tab at `url`: GraphiQL keeps its tabs in the tab's sessionStorage, so a new tab
   * is the only known state; no test continues on the page an earlier one left.
   */
  async function freshPage(url: string): Promise<void> {
    await page?.close();
    page = await newPage(context);
    await page.goto(url);
  }

  beforeAll(async () => {
    h = await openHarness();
    await resetToSeed(h);
    s = await serve(h);
    browser = await chromium.launch({ executablePath: CHROMIUM!, args: CHROMIUM_ARGS });
    context = await offlineContext();
    page = await newPage(context);
  });

  afterAll(async () => {
    await browser?.close();
    await s?.close();
    await h?.close();
  });

  afterEach(() => {
    expect(foreignRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(cspViolations).toEqual([]);
  });

  describe('the GraphQL IDE', () => {
    const result = (p: Page = page) => p.evaluate(() => (document.querySelector('.result-window .CodeMirror') as any)?.CodeMirror.getValue() ?? '');
    const setQuery = (text: string) => page.evaluate((q) => (document.querySelector('.graphiql-query-editor .CodeMirror') as any).CodeMirror.setValue(q), text);

    /** Runs the editor's query and waits for a new answer. */
    /** The IDE as it first opens: one tab per README example, nothing run yet. */
    async function openIde(): Promise<void> {
      await freshPage(`${s.url}/graphql`);
      await page.waitForSelector('.graphiql-container .graphiql-execute-button');
    }

    async function run(): Promise<string> {
      await page.evaluate(() => (document.querySelector('.result-window .CodeMirror') as any).CodeMirror.setValue(''));
      await page.click('.graphiql-execute-button');
      await page.waitForFunction(() => /\S/.test((document.querySelector('.result-window .CodeMirror') as any).CodeMirror.getValue()), undefined, { timeout: 60_000 });
      return result();
    }

    it('serves GraphiQL at /graphql with a tab for every README example', async () => {
      await freshPage('about:blank');
      const res = await page.goto(`${s.url}/graphql`);
      expect(res?.status()).toBe(200);
      await page.waitForSelector('.graphiql-container .graphiql-execute-button');
      expect(await page.title()).toBe('ClaimGraph GraphQL IDE');
      const examples = readmeExamples();
      const served = await page.evaluate(() => (window as any).claimGraphIde.examples);
      expect(served).toEqual(examples);
      const tabs = await page.$$eval('.graphiql-tab', (ts) => ts.map((t) => t.textContent?.trim()));
      expect(tabs).toHaveLength(examples.length);
      expect(tabs[0]).toMatch(/^Example/);
    });

    it('runs every README example and shows the same answer as the API', async () => {
      await openIde();
      await page.click('button[aria-label="Show Documentation examples"]');
      const examples = readmeExamples();
      for (const [i, e] of examples.entries()) {
        await page.click(`[data-example-index="${i}"]`);
        await page.waitForFunction((name) => (document.querySelector('.graphiql-query-editor .CodeMirror') as any).CodeMirror.getValue().startsWith(`# ${name}\n`), e.name);
        // GraphiQL re-reads the operation name from the editor after a short debounce, as a person's click would wait.
        await page.waitForTimeout(500);
        const shown = JSON.parse(await run());
        const direct = await s.gql(e.query);
        expect({ name: e.name, errors: shown.errors }).toEqual({ name: e.name, errors: undefined });
        expect(shown.data).toEqual(direct.data);
      }
      // docs/graphiql.png shows a docs page's tab run: the disputes question of the fact-checking page.
      const pictured = examples.findIndex((e) => e.page === 'docs/fact-checking.md' && e.name.includes('Who gave which reason'));
      expect(pictured).toBeGreaterThan(0);
      await page.click(`[data-example-index="${pictured}"]`);
      await page.waitForFunction((name) => (document.querySelector('.graphiql-query-editor .CodeMirror') as any).CodeMirror.getValue().startsWith(`# ${name}\n`), examples[pictured].name);
      await page.waitForTimeout(500);
      await run();
      // The picture shows the list from its title and the tab that was run.
      await page.evaluate(() => {
        document.querySelector('.examples-plugin')?.closest('.graphiql-plugin')?.scrollTo(0, 0);
        document.querySelector('.examples-plugin')?.scrollIntoView({ block: 'start' });
        document.querySelector('.graphiql-tab-active')?.scrollIntoView({ inline: 'center', block: 'nearest' });
      });
      await screenshot(page, 'graphiql.png');
    });

    it('lists Claim in the schema documentation explorer', async () => {
      await openIde();
      await page.click('button[aria-label="Show Documentation Explorer"]');
      await page.waitForSelector('.graphiql-doc-explorer');
      await page.fill('.graphiql-doc-explorer-search-input input', 'Claim');
      // The search list is debounced: wait for it to answer "Claim", then open the type.
      const claim = page.locator('.graphiql-doc-explorer-search [role="option"]', { hasText: /^Claim$/ });
      await claim.first().waitFor();
      await claim.first().click();
      await page.waitForSelector('.graphiql-doc-explorer-title:text-is("Claim")');
      expect(await page.textContent('.graphiql-doc-explorer')).toContain('attributions');
      await page.keyboard.press('Escape');
    });

    it('marks a bad query as you type and shows the server\'s error when it is run', async () => {
      await openIde();
      await setQuery('{ claim(id: "claim-russian-nhri-failed-obligations") { nope } }');
      await page.waitForSelector('.graphiql-query-editor .CodeMirror-lint-mark-error', { timeout: 15_000 });
      const shown = JSON.parse(await run());
      expect(shown.errors[0].message).toMatch(/Cannot query field "nope" on type "Claim"/);
      expect(shown.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    });

    it('copies the query, its variables and headers as a curl command that gives the same answer', async () => {
      await openIde();
      const query = 'query ($id: ID!) { actor(id: $id) { name } }';
      await setQuery(query);
      await page.evaluate(() => (document.querySelector('.graphiql-editor-tool .CodeMirror') as any)?.CodeMirror);
      await page.click('button[aria-label="Copy as curl"]');
      const command = await page.inputValue('#curl-command');
      expect(command).toMatch(/^curl -s 'http:\/\/127\.0\.0\.1:\d+\/graphql'/);
      expect(command).not.toContain(KEY);
      const body = JSON.parse(/-d '(.*)'$/s.exec(command)![1].replace(/'\\''/g, "'"));
      expect(body).toEqual({ query });
      await page.click('#curl-close');
    });

    it('opens a query passed in the URL, as the explorer links to it', async () => {
      const query = '{ actor(id: "org-ennhri") { name } }';
      await freshPage(`${s.url}/graphql?query=${encodeURIComponent(query)}`);
      await page.waitForSelector('.graphiql-execute-button');
      expect(await page.evaluate(() => (document.querySelector('.graphiql-query-editor .CodeMirror') as any).CodeMirror.getValue())).toBe(query);
      expect(JSON.parse(await run()).data.actor.name).toBe('European Network of National Human Rights Institutions');
    });
  });

  describe("the explorer's timeline", () => {
    const ENNHRI = 'org-ennhri';
    const VOTE = 'event-ennhri-vote-2023-04-11';
    const MOSKALKOVA = 'Tatyana Moskalkova';

    /** What vis-timeline drew: each item's node, kind, date, left edge and whether it is a range. */
    const drawn = (p: Page = page) =>
      p.$$eval('#timeline-canvas .vis-item.vis-box, #timeline-canvas .vis-item.vis-range', (items) =>
        items.map((i) => {
          const span = i.querySelector('[data-node-id]') as HTMLElement;
          return { id: span.dataset.nodeId!, kind: span.dataset.kind!, text: span.textContent!, date: span.title.split(' · ')[0], left: i.getBoundingClientRect().left, range: i.classList.contains('vis-range'), classes: i.className };
        }),
      );
    const ready = (p: Page = page) => p.waitForFunction(() => document.body.dataset.timeline === 'ready' && document.body.dataset.busy === 'false', undefined, { timeout: 60_000 });

    /** ENNHRI drawn and selected, its timeline open, from the URL alone (`extra` adds timeline filters). */
    async function openTimeline(extra = ''): Promise<void> {
      await freshPage(`${s.url}/explorer/?exp=${ENNHRI}&sel=${ENNHRI}&tl=${ENNHRI}${extra}`);
      await page.waitForSelector(`#detail [data-node-id="${ENNHRI}"]`, { timeout: 60_000 });
      await ready();
    }

    it("shows ENNHRI's story: the vote of 11 April 2023 and Moskalkova's statements in date order, partial dates as ranges", async () => {
      await freshPage(`${s.url}/explorer/?exp=${ENNHRI}&sel=${ENNHRI}`);
      await page.waitForSelector(`#detail [data-node-id="${ENNHRI}"]`);
      await page.click('#open-timeline');
      await page.waitForURL(/tl=org-ennhri/);
      await ready();
      const items = await drawn();
      const vote = items.find((i) => i.id === VOTE);
      expect(vote).toEqual(expect.objectContaining({ kind: 'EVENT', range: false }));

      const api = await s.gql(`{ timeline(aboutId: "${ENNHRI}") { date kind node { id ... on Attribution { speaker { name } } } } }`);
      const entries: { date: string; kind: string; node: { id: string; speaker?: { name: string } } }[] = api.data.timeline;
      // Exact days are boxes; a year or a month is a range over the period it covers.
      expect(items.map((i) => i.id).sort()).toEqual(entries.map((e) => e.node.id).sort());
      expect(items.filter((i) => i.range)).toHaveLength(entries.filter((e) => e.date.length < 10).length);
      // Left to right is oldest to newest.
      const byPosition = [...items].sort((a, b) => a.left - b.left).map((i) => i.date);
      expect(byPosition).toEqual([...byPosition].sort());

      // The seed dates none of Moskalkova's statements: they are listed beside the axis, in the API's order, never at a guessed date.
      const claims = await s.gql(`{ claims(filter: { aboutId: "${ENNHRI}" }, first: 50) { edges { node { attributions(first: 5) { id saidAt speaker { name } } } } } }`);
      const hers = claims.data.claims.edges
        .flatMap((e: { node: { attributions: { id: string; saidAt: string | null; speaker: { name: string } }[] } }) => e.node.attributions)
        .filter((a: { saidAt: string | null; speaker: { name: string } }) => a.speaker.name === MOSKALKOVA && !a.saidAt)
        .map((a: { id: string }) => a.id);
      expect(hers.length).toBeGreaterThanOrEqual(3);
      const listed = await page.$$eval('#timeline-undated [data-node-id]', (xs) => xs.map((x) => ({ id: (x as HTMLElement).dataset.nodeId!, text: x.textContent!, cls: x.parentElement!.className })));
      expect(listed.filter((l) => l.text.startsWith(MOSKALKOVA)).map((l) => l.id)).toEqual(hers);
      // The two sides of the dispute about ENNHRI have their own colours.
      const classes = [...items.map((i) => i.classes), ...listed.map((l) => l.cls)].join(' ');
      expect(classes).toMatch(/tl-side-claim/);
      expect(classes).toMatch(/tl-side-counterclaim/);
      await screenshot(page, 'timeline.png');
    });

    it('opens the detail panel of a clicked item', async () => {
      await openTimeline();
      await page.click(`#timeline-canvas [data-node-id="${VOTE}"]`);
      await page.waitForSelector(`#detail [data-detail-kind="EVENT"][data-node-id="${VOTE}"]`);
    });

    it('filters by kind and by date, and records both in the URL', async () => {
      await openTimeline();
      await page.click('label[for="tl-kind-ATTRIBUTION"]');
      await page.waitForURL(/tlhide=ATTRIBUTION/);
      expect((await drawn()).filter((i) => i.kind === 'ATTRIBUTION')).toEqual([]);
      await page.click('label[for="tl-kind-ATTRIBUTION"]');
      await page.fill('#tl-from', '2023-04-12');
      await page.dispatchEvent('#tl-from', 'change');
      await page.waitForURL(/tlfrom=2023-04-12/);
      const after = await drawn();
      expect(after.map((i) => i.id)).not.toContain(VOTE);
      expect(await page.textContent('#timeline-status')).toMatch(/\d+ hidden by the filters/);
      for (const i of after) expect(i.date.slice(0, 10) >= '2023-04-12' || '2023-04-12'.startsWith(i.date)).toBe(true);
    });

    it('reopens the same timeline, filters and range from a shared link', async () => {
      await openTimeline('&tlfrom=2023-04-12');
      const box = (await page.locator('#timeline-canvas').boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      // Drag the axis: a user's pan is recorded in the URL as the visible range.
      await page.mouse.down();
      await page.mouse.move(box.x + box.width / 2 - 250, box.y + box.height / 2, { steps: 8 });
      await page.mouse.up();
      await page.waitForURL(/tlwin=\d{4}-\d{2}-\d{2}~\d{4}-\d{2}-\d{2}/);
      const link = page.url();
      const windowOf = (p: Page) => p.evaluate(() => {
        const w = (window as any).claimGraphExplorer.timeline.vis.getWindow();
        return [w.start.toISOString().slice(0, 10), w.end.toISOString().slice(0, 10)];
      });
      const [items, range] = [(await drawn()).map((i) => i.id).sort(), await windowOf(page)];
      const second = await newPage(context);
      try {
        await second.goto(link);
        await ready(second);
        expect((await drawn(second)).map((i) => i.id).sort()).toEqual(items);
        expect(await windowOf(second)).toEqual(range);
        expect(await second.inputValue('#tl-from')).toBe('2023-04-12');
        expect(second.url()).toBe(link);
      } finally {
        await second.close();
      }
    });

    it('links to the GraphQL IDE with the selected node\'s query, and no key in the link', async () => {
      await openTimeline();
      await page.hover('#open-ide');
      const href = new URL((await page.getAttribute('#open-ide', 'href'))!, s.url);
      expect(href.pathname).toBe('/graphql');
      expect(href.searchParams.get('query')).toMatch(/node\(id: \$id\)/);
      expect(JSON.parse(href.searchParams.get('variables')!)).toEqual({ id: expect.any(String) });
      expect(href.searchParams.has('key')).toBe(false);
    });
  });

  describe('when reads need a key (READ_REQUIRES_KEY=true)', () => {
    let closed: Served;
    let c: BrowserContext;
    beforeAll(async () => {
      closed = await serve(h, { readRequiresKey: true, apiKeys: `analyst:editor:${KEY}` });
      c = await offlineContext();
    });
    afterAll(async () => {
      await c?.close();
      await closed?.close();
    });

    it('the IDE asks for the key, says why without one, and works with it for the session', async () => {
      const p = await newPage(c);
      await p.goto(`${closed.url}/graphql`);
      await p.waitForSelector('#api-key-dialog[open]');
      expect(await p.textContent('#api-key-reason')).toMatch(/Reads need an API key/);
      await p.click('#api-key-cancel');
      await p.waitForSelector('.ide-message[role="alert"]');
      expect(await p.textContent('.ide-message h1')).toBe('This server needs an API key to read');
      await screenshot(p, 'key-prompt.png');

      await p.click('#enter-key');
      await p.fill('#api-key-input', KEY);
      await p.click('#api-key-submit');
      await p.waitForSelector('.graphiql-execute-button');
      expect(await p.evaluate(() => sessionStorage.getItem('claimgraph.apiKey'))).toBe(KEY);
      expect(p.url()).not.toContain(KEY);
      await p.close();
    });

    it('the explorer asks for the key once and then searches', async () => {
      const p = await newPage(c);
      await p.evaluate(() => sessionStorage.clear()).catch(() => undefined);
      await p.goto(`${closed.url}/explorer/`);
      await p.evaluate(() => sessionStorage.removeItem('claimgraph.apiKey'));
      await p.fill('#search-input', 'ENRI');
      await p.waitForSelector('#api-key-dialog[open]');
      await p.fill('#api-key-input', KEY);
      await p.click('#api-key-submit');
      await p.waitForSelector('#search-results [role="option"]');
      await p.fill('#search-input', 'Moskalkova');
      await p.waitForSelector('#search-results [data-node-id="person-tatyana-moskalkova"]');
      expect(await p.$('#api-key-dialog')).toBeNull();
      expect(p.url()).not.toContain(KEY);
      await p.close();
    });
  });
});
