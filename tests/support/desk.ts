import fs from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { projectPath } from '../../src/paths';
import { watchCsp } from './csp-watch';
import { openHarness, resetToSeed, serve, type Harness, type Served } from './harness';

/** Support for the desk's browser suites: the browser, the keys, the test article and its speakers. */

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Two editors (two principals, so "saved by" tells them apart) and the admin the fixtures write with. */
export const DESK_KEYS = 'ada:editor:desk-editor-key-ada1,ben:editor:desk-editor-key-ben1,fx:admin:fixture-admin-key-01';
/**
 * The service's settings for the desk suites: the keys, and a transaction timeout that a save of
 * a whole article gets through on a loaded test machine.
 */
export const DESK_ENV = { API_KEYS: DESK_KEYS, DB_TX_TIMEOUT_MS: '60000' };
export const EDITOR_A = 'desk-editor-key-ada1';
export const EDITOR_B = 'desk-editor-key-ben1';
export const ADMIN = { authorization: 'Bearer fixture-admin-key-01' };

/** The test article, written for these tests (an invented town and people). */
export const ARTICLE_FILE = projectPath('tests', 'fixtures', 'desk', 'lindenport-reservoir.txt');
export const ARTICLE = fs.readFileSync(ARTICLE_FILE, 'utf8');
export const ARTICLE_TITLE = 'Lindenport council delays repairs to the Aster reservoir';

/** Speakers the graph knows before the article arrives: the suggestions match them. */
export const KNOWN_SPEAKERS = [
  { kind: 'PERSON', name: 'Marta Kovacs', description: "Chair of the Lindenport residents' association" },
  { kind: 'PERSON', name: 'Pieter Osei', description: 'Leader of Lindenport town council' },
  { kind: 'PERSON', name: 'Jonas Brandt', description: 'Dam engineer' },
  { kind: 'PERSON', name: 'Lea Varga', description: 'Spokesperson of Lindenport town council' },
] as const;

/** Adds the known speakers (once per suite: the graph is reset to the seed before). Returns name → id. */
export async function addKnownSpeakers(s: Served): Promise<Record<string, string>> {
  const ids: Record<string, string> = {};
  for (const a of KNOWN_SPEAKERS) {
    const r = await s.gql('mutation($i: AddActorInput!) { addActor(input: $i) { actor { id } } }', { i: { ...a, aliases: [] } }, ADMIN);
    if (r.errors) throw new Error(`fixture actor failed: ${JSON.stringify(r.errors)}`);
    ids[a.name] = r.data.addActor.actor.id;
  }
  return ids;
}

export interface DeskBrowser {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Every request that tried to leave the server's origin (refused). */
  foreign: string[];
  pageErrors: string[];
  csp: string[];
  close(): Promise<void>;
}

/** Chromium with one context whose requests may go only to `origin`: anything else is recorded and refused. */
export async function openDeskBrowser(executablePath: string, origin: string): Promise<DeskBrowser> {
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const b = await newDeskContext(browser, origin);
  return { browser, ...b, close: () => browser.close() };
}

export async function newDeskContext(browser: Browser, origin: string): Promise<Omit<DeskBrowser, 'browser' | 'close'>> {
  const foreign: string[] = [];
  const pageErrors: string[] = [];
  const csp: string[] = [];
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, reducedMotion: 'reduce' });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('data:') || url.startsWith('blob:') || new URL(url).origin === origin) return route.continue();
    foreign.push(url);
    return route.abort();
  });
  await watchCsp(context, csp);
  const page = await context.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('dialog', (d) => void d.accept());
  return { context, page, foreign, pageErrors, csp };
}

/** A picture of the page in test-artifacts/, to see what a failing test saw. */
export async function snapshot(page: Page, name: string): Promise<string> {
  const dir = projectPath('test-artifacts');
  fs.mkdirSync(dir, { recursive: true });
  const file = `${dir}/desk-${name.replace(/[^a-z0-9]+/gi, '-').slice(0, 80)}.png`;
  await page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
  return file;
}

/** Waits until the desk has nothing loading. */
export const idle = (page: Page) => page.waitForFunction(() => document.body.dataset.busy === 'false', undefined, { timeout: 60_000 });

/** Opens /desk (or a path under it) with an editor key, given once through the URL fragment as `npm start` does. */
export async function openDesk(page: Page, url: string, key: string | null, path = '/desk'): Promise<void> {
  await page.goto(`${url}${path}${key ? `#key=${key}` : ''}`);
  await idle(page);
}

/** Clears what an earlier test left in the browser's storage for this origin. */
export async function clearStorage(page: Page): Promise<void> {
  await page.evaluate(() => {
    localStorage.clear();
    sessionStorage.clear();
  });
}

/** Selects [start, end) of the reader's text with the mouse: a drag from the first character to the last. */
export async function dragSelect(page: Page, start: number, end: number): Promise<void> {
  const rects = await page.evaluate(
    ([s, e]) => {
      const reader = document.getElementById('reader')!;
      const walker = document.createTreeWalker(reader, NodeFilter.SHOW_TEXT);
      reader.scrollIntoView({ block: 'center' });
      const at = (offset: number, side: 'start' | 'end') => {
        let seen = 0;
        for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
          if (seen + n.data.length > offset || (side === 'end' && seen + n.data.length >= offset)) {
            const r = document.createRange();
            const o = offset - seen;
            r.setStart(n, side === 'start' ? o : o - 1);
            r.setEnd(n, side === 'start' ? o + 1 : o);
            walker.currentNode = reader;
            const b = r.getBoundingClientRect();
            return side === 'start' ? { x: b.left + 1, y: b.top + b.height / 2 } : { x: b.right - 1, y: b.top + b.height / 2 };
          }
          seen += n.data.length;
        }
        walker.currentNode = reader;
        throw new Error(`offset ${offset} is outside the text`);
      };
      // Bring the span into the reader's view first: the mouse can only drag over what is shown.
      const all = document.createRange();
      all.selectNodeContents(reader);
      const probe = (() => {
        let seen = 0;
        for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
          if (seen + n.data.length > s) {
            const r = document.createRange();
            r.setStart(n, s - seen);
            r.setEnd(n, s - seen + 1);
            return r;
          }
          seen += n.data.length;
        }
        return all;
      })();
      walker.currentNode = reader;
      reader.scrollTop += probe.getBoundingClientRect().top - reader.getBoundingClientRect().top - 40;
      const from = at(s, 'start');
      const to = at(e, 'end');
      return { from, to };
    },
    [start, end] as const,
  );
  await page.mouse.move(rects.from.x, rects.from.y);
  await page.mouse.down();
  await page.mouse.move(rects.to.x, rects.to.y, { steps: 4 });
  await page.mouse.up();
}

/** The axe-core rules run in the page: WCAG 2 A and AA. Injected over DevTools, which the page's CSP does not govern. */
export async function axeViolations(page: Page): Promise<{ id: string; nodes: string[] }[]> {
  const source = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(source);
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return r.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  });
  return result;
}

/** The accessible name of the focused element, as near as the page can tell (label, aria-label(ledby), text). */
export const focusedName = (page: Page) =>
  page.evaluate(() => {
    const e = document.activeElement as HTMLElement & { labels?: NodeListOf<HTMLLabelElement> };
    if (!e || e === document.body) return '';
    const by = e.getAttribute('aria-labelledby');
    return (e.getAttribute('aria-label') ?? e.labels?.[0]?.textContent ?? (by ? document.getElementById(by)?.textContent : null) ?? e.textContent ?? '').trim();
  });

/** Presses Tab (or Shift+Tab) until the focused element's name matches; returns how many presses it took. */
export async function tabTo(page: Page, name: string | RegExp, { back = false, max = 150 } = {}): Promise<number> {
  for (let i = 1; i <= max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const now = await focusedName(page);
    if (typeof name === 'string' ? now === name : name.test(now)) return i;
  }
  throw new Error(`no element named ${String(name)} within ${max} Tab presses`);
}

export type DeskTab = Awaited<ReturnType<typeof newDeskContext>>;

/** Whatever a test did, the page stayed offline (its own origin only), under the CSP, without a page error. */
export function expectClean(tab: Pick<DeskTab, 'foreign' | 'csp' | 'pageErrors'>): void {
  expect(tab.foreign).toEqual([]);
  expect(tab.csp).toEqual([]);
  expect(tab.pageErrors).toEqual([]);
}

export interface DeskSuite {
  h: Harness;
  s: Served;
  browser: Browser;
  /** The known speakers' ids by name. */
  known: Record<string, string>;
  /** A new browser context (a session of its own) on the served desk; checked with expectClean, pictured and closed after the test. */
  tab(): Promise<DeskTab>;
}

/**
 * The set-up every desk browser suite shares, registered as jest hooks: the seed graph with the
 * desk's keys and timeout, the app served, the known speakers, Chromium. Read the fields inside
 * hooks and tests (they are set in beforeAll).
 */
export function useDeskSuite(executablePath: string | null): DeskSuite {
  const opened: DeskTab[] = [];
  const t = {
    tab: async () => {
      const tab = await newDeskContext(t.browser, new URL(t.s.url).origin);
      opened.push(tab);
      return tab;
    },
  } as DeskSuite;
  beforeAll(async () => {
    t.h = await openHarness(DESK_ENV);
    await resetToSeed(t.h);
    t.s = await serve(t.h);
    t.known = await addKnownSpeakers(t.s);
    t.browser = await chromium.launch({ executablePath: executablePath!, args: CHROMIUM_ARGS });
  });
  afterEach(async () => {
    const tabs = opened.splice(0);
    for (const [i, tab] of tabs.entries()) {
      await snapshot(tab.page, `${expect.getState().currentTestName ?? 'desk'}${i ? `-${i}` : ''}`);
      await tab.context.close();
    }
    for (const tab of tabs) expectClean(tab);
  });
  afterAll(async () => {
    await t.browser?.close();
    await t.s?.close();
    await t.h?.close();
  });
  return t;
}

/** The suggestions list's item holding a quote. */
export const suggestion = (page: Page, quote: string) => page.getByRole('list', { name: 'Suggestions' }).getByRole('listitem').filter({ hasText: quote });

/** The stored attributions listed under "Already in the graph". */
export const savedItems = (page: Page) => page.getByRole('list', { name: 'Already in the graph' }).getByRole('listitem');

/** Runs "Find attributions" and waits for the first suggestion. */
export async function findSuggestions(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Find attributions' }).click();
  await idle(page);
  await page.getByRole('list', { name: 'Suggestions' }).getByRole('listitem').first().waitFor();
}
