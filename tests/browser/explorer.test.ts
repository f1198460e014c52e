import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { projectPath } from '../../src/paths';
import { chromiumFor } from '../support/chromium';
import { watchCsp } from '../support/csp-watch';
import { cypher, openHarness, resetToSeed, serve, type Harness, type Served } from '../support/harness';

/**
 * The explorer in Debian's Chromium, against the real server and the seed graph.
 * Without Chromium the suite is skipped with a message, except in CI where it must run.
 */
const CHROMIUM = chromiumFor('tests/browser/explorer.test.ts');
const describeInBrowser = CHROMIUM ? describe : describe.skip;

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const ARTIFACTS = projectPath('test-artifacts');

const ENNHRI = 'org-ennhri';
const CLAIM = 'claim-russian-nhri-failed-obligations';
const COUNTERCLAIM = 'claim-ennhri-board-hostility-violations';

interface Span {
  id: string;
  start: number;
  end: number;
  source: { id: string; text: string | null };
}

describeInBrowser('explorer: the graph explorer in a real browser', () => {
  let h: Harness;
  let s: Served;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const foreignRequests: string[] = [];
  const pageErrors: string[] = [];
  const cspViolations: string[] = [];

  /** The stored span of every attribution of a claim and of its counterclaims, from the API. */
  async function storedSpans(claimId: string): Promise<Map<string, string>> {
    const fields = 'id start end source { id text }';
    const r = await s.gql(`query($id: ID!) { claim(id: $id) { attributions { ${fields} } counterclaims { attributions { ${fields} } } } }`, { id: claimId });
    expect(r.errors).toBeUndefined();
    const all: Span[] = [...r.data.claim.attributions, ...r.data.claim.counterclaims.flatMap((c: { attributions: Span[] }) => c.attributions)];
    return new Map(all.map((a) => [a.id, a.source.text!.slice(a.start, a.end)]));
  }

  const idle = (p: Page = page) => p.waitForFunction(() => document.body.dataset.busy === 'false', undefined, { timeout: 60_000 });

  const explorer = <T>(p: Page, fn: string): Promise<T> => p.evaluate(`(() => { const x = window.claimGraphExplorer; return ${fn}; })()`) as Promise<T>;

  const drawnIds = (p: Page = page) => explorer<string[]>(p, 'x.cy.nodes().map((n) => n.id()).sort()');
  const selectedIds = (p: Page = page) => explorer<string[]>(p, 'x.graph.selectedIds()');

  /** Clicks a node where the canvas draws it, panning to it first if something covers that point. */
  async function clickNode(id: string, { double = false } = {}): Promise<void> {
    const point = async () => {
      const box = (await page.locator('#cy').boundingBox())!;
      const p = await explorer<{ x: number; y: number }>(page, `x.cy.getElementById(${JSON.stringify(id)}).renderedPosition()`);
      return { x: box.x + p.x, y: box.y + p.y };
    };
    let { x, y } = await point();
    const onCanvas = await page.evaluate(([px, py]) => !!document.elementFromPoint(px, py)?.closest('#cy'), [x, y]);
    if (!onCanvas) {
      await explorer(page, `x.cy.center(x.cy.getElementById(${JSON.stringify(id)}))`);
      ({ x, y } = await point());
    }
    if (double) await page.mouse.dblclick(x, y);
    else await page.mouse.click(x, y);
  }

  /**
   * Opens the explorer at a known state, from its URL alone (`exp`, `sel`, …), so each test
   * starts where it says and none continues on the page an earlier test left.
   */
  async function openExplorer(query = '', detailOf?: string): Promise<void> {
    await page.goto(`${s.url}/explorer/${query ? `?${query}` : ''}`);
    if (detailOf) await page.waitForSelector(`#detail [data-node-id="${detailOf}"]`, { timeout: 60_000 });
    await idle();
  }

  /** ENNHRI drawn with its neighbours (`exp`), the claim selected, then the claim and its counterclaim opened side by side. */
  async function openCounterclaimPair(exp = ENNHRI): Promise<void> {
    await openExplorer(`exp=${exp}&sel=${CLAIM}`, CLAIM);
    await page.click(`#detail [data-action="open-pair"][data-pair-id="${COUNTERCLAIM}"]`);
    await page.waitForSelector('#detail [data-detail-kind="CLAIM_PAIR"]');
    await idle();
  }

  /** Every quote mark in the detail panel, keyed by attribution id. */
  const marksIn = (selector: string) =>
    page.$$eval(`${selector} mark[data-attribution-id]`, (marks) => marks.map((m) => ({ id: (m as HTMLElement).dataset.attributionId!, text: m.textContent ?? '' })));

  beforeAll(async () => {
    h = await openHarness();
    await resetToSeed(h);
    s = await serve(h);
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    browser = await chromium.launch({ executablePath: CHROMIUM!, args: CHROMIUM_ARGS });
    context = await browser.newContext({ viewport: { width: 1440, height: 900 }, reducedMotion: 'reduce' });
    // Offline means offline: any request that leaves the server is recorded and refused.
    const origin = new URL(s.url).origin;
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith('data:') || new URL(url).origin === origin) return route.continue();
      foreignRequests.push(url);
      return route.abort();
    });
    await watchCsp(context, cspViolations);
    page = await context.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
  });

  afterAll(async () => {
    await browser?.close();
    await s?.close();
    await h?.close();
  });

  it('serves the page, its styles and Cytoscape from the server alone', async () => {
    const res = await page.goto(`${s.url}/explorer`);
    expect(res?.status()).toBe(200);
    expect(page.url()).toBe(`${s.url}/explorer/`);
    // The page works under the same-origin policy with no inline script and no framing.
    const headers = await res!.allHeaders();
    expect(headers['content-security-policy']).toMatch(/default-src 'self'.*script-src 'self';.*frame-ancestors 'none'/);
    expect(headers['x-content-type-options']).toBe('nosniff');
    await idle();
    expect(await page.evaluate(() => typeof (window as unknown as { cytoscape: unknown }).cytoscape)).toBe('function');
    expect(await page.title()).toBe('ClaimGraph explorer');
    expect(foreignRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(cspViolations).toEqual([]);
  });

  it('reaches the search box with Tab and opens ENNHRI with the arrow keys and Enter after searching "ENRI"', async () => {
    await openExplorer();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input');
    await page.keyboard.type('ENRI');
    await page.waitForSelector('#search-results [role="option"]');
    const groups = await page.$$eval('#search-results [role="group"]', (gs) => gs.map((g) => document.getElementById(g.getAttribute('aria-labelledby')!)?.textContent));
    expect(groups[0]).toBe('Organisations (1)');
    expect(groups).toEqual(expect.arrayContaining([expect.stringMatching(/^Claims \(\d+\)$/), expect.stringMatching(/^Sources \(\d+\)$/)]));
    expect(await page.getAttribute('#search-input', 'aria-expanded')).toBe('true');

    await page.keyboard.press('ArrowDown');
    const activeId = await page.getAttribute('#search-input', 'aria-activedescendant');
    expect(await page.getAttribute(`#${activeId}`, 'data-node-id')).toBe(ENNHRI);
    expect(await page.getAttribute(`#${activeId}`, 'aria-selected')).toBe('true');
    await page.keyboard.press('Enter');

    await page.waitForSelector(`#detail [data-detail-kind="ORGANISATION"][data-node-id="${ENNHRI}"]`);
    await idle();
    expect(await page.textContent('#detail-title')).toBe('European Network of National Human Rights Institutions');
    expect(await page.$$eval('#detail .chip', (cs) => cs.map((c) => c.textContent))).toEqual(expect.arrayContaining(['ENRI']));
    expect(await selectedIds()).toEqual([ENNHRI]);
    expect(await drawnIds()).toEqual(expect.arrayContaining([ENNHRI, CLAIM]));
    const url = new URL(page.url());
    expect(url.searchParams.getAll('exp')).toEqual([ENNHRI]);
    expect(url.searchParams.getAll('sel')).toEqual([ENNHRI]);
  });

  it('expands ENNHRI one level deeper on double-click, which draws the claim and counterclaim joined by a red CONTRADICTS edge', async () => {
    await openExplorer(`exp=${ENNHRI}&sel=${ENNHRI}`, ENNHRI);
    const before = (await drawnIds()).length;
    await clickNode(ENNHRI, { double: true });
    await page.waitForURL(/exp=org-ennhri~2/);
    await idle();
    const after = await drawnIds();
    expect(after.length).toBeGreaterThan(before);
    expect(after).toEqual(expect.arrayContaining([CLAIM, COUNTERCLAIM]));
    const edge = await explorer<{ n: number; color: string }>(
      page,
      `(() => { const e = x.cy.edges('[type = "CONTRADICTS"][source = "${CLAIM}"][target = "${COUNTERCLAIM}"]'); return { n: e.length, color: e.length ? e.style('line-color') : '' }; })()`,
    );
    expect(edge).toEqual({ n: 1, color: 'rgb(207,34,46)' });
    const said = await explorer<string[]>(page, `x.cy.edges('[type = "SAID"][source = "${ENNHRI}"][target = "${CLAIM}"]').map((e) => e.data('display'))`);
    expect(said).toEqual(['paraphrase']);
  });

  it('shows the claim with each attribution, the quote highlighted exactly as stored, its counterclaim and provenance', async () => {
    await openExplorer(`exp=${ENNHRI}&sel=${ENNHRI}`, ENNHRI);
    await clickNode(CLAIM);
    await page.waitForSelector(`#detail [data-detail-kind="CLAIM"][data-node-id="${CLAIM}"]`);
    const spans = await storedSpans(CLAIM);
    const marks = await marksIn('#detail');
    expect(marks.length).toBeGreaterThanOrEqual(2);
    for (const m of marks) expect(m.text).toBe(spans.get(m.id));
    expect(marks.map((m) => m.id)).toEqual(expect.arrayContaining(['attr-ennhri-failed-obligations', 'attr-moskalkova-board-hostility']));

    const card = page.locator('#detail .attribution[data-attribution-id="attr-ennhri-failed-obligations"]');
    expect(await card.locator('.speaker').textContent()).toBe('European Network of National Human Rights Institutions');
    expect(await card.locator('.source-line').textContent()).toContain("Russia's Commissioner for Human Rights announces withdrawal");
    expect(await page.textContent(`#detail .counterclaim[data-claim-id="${COUNTERCLAIM}"]`)).toContain('Why they conflict');
    const provenance = await page.textContent('#detail .provenance');
    expect(provenance).toContain('ENNHRI official website');
    expect(provenance).toContain('origin');
  });

  it('shows on a claim its reports and independent origins, and the drift of each wording with insertions and deletions marked', async () => {
    const claimId = 'claim-coe-crackdown-key-feature';
    const r = await s.gql(
      'query($id: ID!) { corroboration(claimId: $id) { attributionCount independentOriginCount } quoteDrift(claimId: $id) { variants { diff { op } } } }',
      { id: claimId },
    );
    const { attributionCount, independentOriginCount } = r.data.corroboration;
    const variants: { diff: { op: string }[] }[] = r.data.quoteDrift.variants;
    expect(variants.length).toBeGreaterThan(0);
    const second = await context.newPage();
    try {
      await second.goto(`${s.url}/explorer/?exp=${claimId}&sel=${claimId}`);
      await second.waitForSelector('#detail .corroboration-line', { timeout: 60_000 });
      expect(await second.textContent('#detail .corroboration-line')).toBe(`${attributionCount} reports, ${independentOriginCount} independent origins`);
      await second.waitForSelector('#detail .drift-diff');
      expect(await second.locator('#detail .drift-variants > li').count()).toBe(variants.length);
      const count = (op: string) => variants.flatMap((v) => v.diff).filter((p) => p.op === op).length;
      expect(await second.locator('#detail .drift-diff ins').count()).toBe(count('INSERT'));
      expect(await second.locator('#detail .drift-diff del').count()).toBe(count('DELETE'));
      expect(count('INSERT') + count('DELETE')).toBeGreaterThan(0);
      await second.waitForSelector('#detail [data-testid="impact"]');
      expect(await second.textContent('#detail .impact-panel h3')).toBe('If retracted: …');
    } finally {
      await second.close();
    }
  });

  it('shows a claim\'s fact-check reviews in its detail panel, with a link to the ClaimReview JSON-LD', async () => {
    const claimId = 'claim-eurasian-group-less-political';
    const writer = await serve(h, { apiKeys: 'ed:editor:editor-key-0001' });
    let reviewId: string;
    try {
      const r = await writer.gql(
        `mutation($i: AddReviewInput!) { addReview(input: $i) { review { id } } }`,
        { i: { claimId, reviewerId: 'org-moscow-times', ratingLabel: 'Unproven', ratingValue: 3, bestRating: 5, worstRating: 1, rationale: 'Only one report, citing unnamed officials.', url: 'https://factcheck.example.org/eurasian' } },
        { authorization: 'Bearer editor-key-0001' },
      );
      expect(r.errors).toBeUndefined();
      reviewId = r.data.addReview.review.id;
    } finally {
      await writer.close();
    }
    const second = await context.newPage();
    try {
      await second.goto(`${s.url}/explorer/?exp=${claimId}&sel=${claimId}`);
      const item = second.locator(`#detail .reviews [data-review-id="${reviewId}"]`);
      await item.waitFor({ timeout: 60_000 });
      expect(await item.locator('.badge').textContent()).toBe('Unproven');
      expect(await item.textContent()).toContain('Only one report, citing unnamed officials.');
      expect(await item.locator('a[href$="/claimreview/' + reviewId + '"]').count()).toBe(1);
    } finally {
      await second.close();
    }
  });

  it('opens the counterclaim pair side by side, each quote equal to its stored span', async () => {
    await openCounterclaimPair();
    expect(await page.$$eval('#detail .pair-side', (sides) => sides.map((x) => (x as HTMLElement).dataset.claimId))).toEqual([CLAIM, COUNTERCLAIM]);
    expect(await page.textContent('#detail .relation .badge')).toBe('contradicts');
    const spans = await storedSpans(CLAIM);
    const marks = await marksIn('#detail .pair');
    expect(marks.map((m) => m.id).sort()).toEqual(['attr-ennhri-failed-obligations', 'attr-moskalkova-board-hostility']);
    for (const m of marks) expect(m.text).toBe(spans.get(m.id));
    expect((await selectedIds()).sort()).toEqual([CLAIM, COUNTERCLAIM].sort());
    expect(new URL(page.url()).searchParams.getAll('sel').sort()).toEqual([CLAIM, COUNTERCLAIM].sort());

    await page.screenshot({ path: path.join(ARTIFACTS, 'explorer.png') });
    // The README's picture is refreshed on request only, so a test run never dirties the tree.
    if (process.env.UPDATE_DOCS_SCREENSHOT === '1') fs.copyFileSync(path.join(ARTIFACTS, 'explorer.png'), projectPath('docs', 'explorer.png'));
  });

  it('reopens the same nodes, expansions and selection from the link', async () => {
    // Two levels deep, so the link has an expansion to carry as well as nodes and a selection.
    await openCounterclaimPair(`${ENNHRI}~2`);
    const link = page.url();
    expect(link).toMatch(/exp=org-ennhri~2/);
    const [nodes, selected] = [await drawnIds(), await selectedIds()];
    const expanded = await explorer<string[]>(page, "x.cy.nodes('.expanded').map((n) => n.id())");
    const second = await context.newPage();
    try {
      await second.goto(link);
      await second.waitForSelector('#detail [data-detail-kind="CLAIM_PAIR"]');
      await idle(second);
      expect(await drawnIds(second)).toEqual(nodes);
      expect((await selectedIds(second)).sort()).toEqual([...selected].sort());
      expect(await explorer<string[]>(second, "x.cy.nodes('.expanded').map((n) => n.id())")).toEqual(expanded);
      expect(second.url()).toBe(link);
    } finally {
      await second.close();
    }
  });

  it('shows a source with every attributed quote highlighted in its text', async () => {
    const sourceId = 'src-000-moskalkova-leaves-ennhri';
    await openCounterclaimPair();
    await page.click(`#detail .pair-side .source-line a[data-node-id="${sourceId}"] >> nth=0`);
    await page.waitForSelector(`#detail [data-detail-kind="SOURCE"][data-node-id="${sourceId}"]`);
    const r = await s.gql(
      'query($id: ID!) { source(id: $id) { text attributions(first: 50) { edges { node { id start end } } } } }',
      { id: sourceId },
    );
    const text: string = r.data.source.text;
    const attributions: { id: string; start: number; end: number }[] = r.data.source.attributions.edges.map((e: { node: unknown }) => e.node);
    expect(attributions.length).toBeGreaterThan(5);
    const marked = await page.$$eval('#detail .source-text mark[data-attribution-ids]', (ms) => ms.map((m) => ({ ids: (m as HTMLElement).dataset.attributionIds!.split(' '), text: m.textContent ?? '' })));
    for (const a of attributions) {
      const pieces = marked.filter((m) => m.ids.includes(a.id)).map((m) => m.text).join('');
      expect(pieces).toBe(text.slice(a.start, a.end));
    }
    expect(await page.textContent('#detail .source-text')).toBe(text);
  });

  it('hides a kind, and dated items outside a date range, from the drawing and the URL', async () => {
    await openExplorer(`exp=${ENNHRI}~2&sel=${ENNHRI}`, ENNHRI);
    await page.click('label[for="kind-CLAIM"]');
    const hiddenClaims = await explorer<boolean[]>(page, "x.cy.nodes('[kind = \"CLAIM\"]').map((n) => n.hasClass('filtered'))");
    expect(hiddenClaims.length).toBeGreaterThan(0);
    expect(hiddenClaims.every(Boolean)).toBe(true);
    expect(new URL(page.url()).searchParams.get('hide')).toBe('CLAIM');
    await page.click('label[for="kind-CLAIM"]');
    expect(await explorer<number>(page, "x.cy.nodes('.filtered').length")).toBe(0);

    // The ENNHRI vote is dated 2023-04-11; undated nodes stay unless asked otherwise.
    await page.fill('#date-from', '2024-01-01');
    await page.dispatchEvent('#date-from', 'change');
    expect(await explorer<boolean>(page, "x.cy.getElementById('event-ennhri-vote-2023-04-11').hasClass('filtered')")).toBe(true);
    expect(await explorer<boolean>(page, `x.cy.getElementById('${ENNHRI}').hasClass('filtered')`)).toBe(false);
    expect(new URL(page.url()).searchParams.get('from')).toBe('2024-01-01');
    await page.fill('#date-from', '');
    await page.dispatchEvent('#date-from', 'change');
    expect(await explorer<number>(page, "x.cy.nodes('.filtered').length")).toBe(0);
  });

  it('finds the paths between two nodes selected from the keyboard-reachable list', async () => {
    await openExplorer(`exp=${ENNHRI}~2&sel=${ENNHRI}`, ENNHRI);
    await page.click('#in-view [data-node-id="person-tatyana-moskalkova"]');
    await page.click('#in-view [data-node-id="org-ganhri"]', { modifiers: ['Shift'] });
    expect(await selectedIds()).toEqual(['person-tatyana-moskalkova', 'org-ganhri']);
    expect(await page.isEnabled('#find-paths')).toBe(true);
    await page.click('#find-paths');
    await page.waitForURL(/path=person-tatyana-moskalkova~org-ganhri~4/);
    await idle();
    const onPath = await explorer<string[]>(page, "x.cy.nodes('.on-path').map((n) => n.id())");
    expect(onPath).toEqual(expect.arrayContaining(['person-tatyana-moskalkova', 'org-ganhri']));
    expect(await page.textContent('#path-result')).toMatch(/^Paths drawn in blue/);
  });

  it('draws a retracted claim, faded, only when asked to show retracted items', async () => {
    const retracted = 'claim-ennhri-board-disconnect';
    await cypher(h, "MATCH (c:Claim {id: $id}) SET c.status = 'RETRACTED'", { id: retracted });
    try {
      await page.goto(`${s.url}/explorer/?exp=${ENNHRI}&sel=${ENNHRI}`);
      await page.waitForSelector(`#detail [data-node-id="${ENNHRI}"]`);
      await idle();
      expect(await drawnIds()).not.toContain(retracted);
      await page.click('label[for="show-retracted"]');
      await page.waitForURL(/retracted=show/);
      await page.waitForFunction((id) => (window as any).claimGraphExplorer.cy.getElementById(id).nonempty(), retracted);
      await idle();
      const node = await explorer<{ cls: boolean; label: string; hidden: boolean }>(
        page,
        `(() => { const n = x.cy.getElementById('${retracted}'); return { cls: n.hasClass('retracted'), label: n.data('full'), hidden: n.hasClass('filtered') }; })()`,
      );
      expect(node).toEqual({ cls: true, label: expect.stringMatching(/\(retracted\)$/), hidden: false });
      expect(await selectedIds()).toEqual([ENNHRI]);
    } finally {
      await cypher(h, "MATCH (c:Claim {id: $id}) SET c.status = 'ACTIVE'", { id: retracted });
    }
  });

  it('gives every control a label and keeps text readable (contrast of at least 4.5:1)', async () => {
    await openExplorer(`exp=${ENNHRI}&sel=${CLAIM}`, CLAIM);
    // Show the search results too, so they are checked with the rest.
    await page.fill('#search-input', 'Moskalkova');
    await page.waitForSelector('#search-results [role="option"]');
    const unlabelled = await page.evaluate(() =>
      Array.from(document.querySelectorAll('input, select, button, [role="combobox"], [role="listbox"], [role="option"], a[href]'))
        .filter((e) => {
          const el = e as HTMLElement;
          if (el.closest('[hidden]')) return false;
          const byFor = el.id && document.querySelector(`label[for="${el.id}"]`)?.textContent?.trim();
          const byWrap = el.closest('label')?.textContent?.trim();
          const byAria = el.getAttribute('aria-label') || (el.getAttribute('aria-labelledby') && document.getElementById(el.getAttribute('aria-labelledby')!)?.textContent?.trim());
          return !(byFor || byWrap || byAria || el.textContent?.trim());
        })
        .map((e) => e.outerHTML.slice(0, 120)),
    );
    expect(unlabelled).toEqual([]);

    const lowContrast = await page.evaluate(() => {
      const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
      const lum = ([r, g, b]: number[]) => {
        const f = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
        return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
      };
      const background = (el: Element | null): number[] => {
        for (let e = el; e; e = e.parentElement) {
          const c = rgb(getComputedStyle(e).backgroundColor);
          if (c.length === 3 || (c.length === 4 && c[3] > 0.5)) return c.slice(0, 3);
        }
        return [255, 255, 255];
      };
      const bad: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement!;
        if (!n.textContent?.trim() || !el.getClientRects().length || el.closest('.sr-only, [hidden], svg')) continue;
        const style = getComputedStyle(el);
        if (style.visibility === 'hidden') continue;
        const [a, b] = [lum(rgb(style.color)), lum(background(el))];
        const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
        if (ratio < 4.5) bad.push(`${ratio.toFixed(2)} ${el.tagName}.${el.className}: ${n.textContent.trim().slice(0, 40)}`);
      }
      return bad;
    });
    expect(lowContrast).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    expect(cspViolations).toEqual([]);
  });
});
