import { createHash } from 'node:crypto';
import type { Page } from 'playwright-core';
import { chromiumFor } from '../support/chromium';
import * as desk from '../support/desk';
import type { Served } from '../support/harness';

/**
 * Each view of the desk under axe-core (WCAG 2 A and AA: no violation), every request the
 * page makes kept to its own origin, and a viewer without a key reading a source read-only.
 */
const CHROMIUM = chromiumFor('tests/browser/desk-views.test.ts');
const describeInBrowser = CHROMIUM ? describe : describe.skip;

describeInBrowser('desk: accessibility, offline, and the read-only viewer', () => {
  const suite = desk.useDeskSuite(CHROMIUM);
  let s: Served;
  let sourceId: string;
  let tab: desk.DeskTab;
  let page: Page;
  const requests: string[] = [];

  const expectNoViolations = async (view: string) => {
    const violations = await desk.axeViolations(page);
    expect({ view, violations }).toEqual({ view, violations: [] });
  };

  beforeAll(async () => {
    ({ s } = suite);
    const { known } = suite;
    // A stored source with two attributions, written through the desk's own mutation.
    const text = `${desk.ARTICLE}\nViews copy.\n`;
    const span = (q: string) => ({ start: text.indexOf(q), end: text.indexOf(q) + q.length, quote: q });
    const r = await s.gql(
      'mutation($input: SaveArticleInput!) { saveArticle(input: $input) { source { id } } }',
      {
        input: {
          idempotencyKey: 'desk-views-fixture-1',
          source: { title: 'Reservoir: views', text, kind: 'ARTICLE', publishedAt: '2026-03' },
          claims: [{ ref: 'c1', text: 'The Aster dam has not been inspected properly since 2019.' }, { ref: 'c2', text: 'Lindenport will not sign a repair contract it cannot pay for.' }],
          attributions: [
            { speakerId: known['Marta Kovacs'], ...span('The dam has not been inspected properly since 2019'), mode: 'DIRECT_QUOTE', claimRef: 'c1' },
            { speakerId: known['Pieter Osei'], ...span('We will not sign a contract we cannot pay for'), mode: 'DIRECT_QUOTE', claimRef: 'c2' },
          ],
        },
      },
      desk.ADMIN,
    );
    expect(r.errors).toBeUndefined();
    sourceId = r.data.saveArticle.source.id;
  });

  beforeEach(async () => {
    tab = await suite.tab();
    page = tab.page;
    page.on('request', (r) => void requests.push(r.url()));
  });

  it('has no WCAG 2 A/AA violation on any view: empty, suggestions with the form open, an item error, saved, a source', async () => {
    await desk.openDesk(page, s.url, desk.EDITOR_A);
    await expectNoViolations('empty desk');

    await page.getByRole('textbox', { name: 'Article text' }).fill(`${desk.ARTICLE}\nAxe copy.\n`);
    await page.getByRole('textbox', { name: 'Title' }).fill('Reservoir: axe');
    await page.getByRole('button', { name: 'Find attributions' }).click();
    await desk.idle(page);
    const list = page.getByRole('list', { name: 'Suggestions' });
    await list.getByRole('listitem').first().waitFor();
    await list.getByRole('listitem').filter({ hasText: 'The dam has not been inspected' }).getByRole('button', { name: /^Accept/ }).click();
    await list.getByRole('listitem').filter({ hasText: 'We have asked for the inspection reports' }).getByRole('button', { name: /^Accept/ }).click();
    // Tomas Riedl is not in the graph: Accept opens the form, with the look-alike check.
    await page.getByRole('form', { name: 'Edit the suggestion' }).waitFor();
    await page.getByRole('combobox', { name: 'Speaker' }).fill('Marta Kov');
    await page.getByRole('option').first().waitFor();
    await expectNoViolations('suggestions, the form and the speaker list open');
    await page.getByRole('option', { name: /New person/ }).click();
    await page.getByRole('list', { name: 'Already in the graph?' }).getByRole('listitem').first().waitFor();
    await page.getByRole('textbox', { name: 'Claim text' }).fill('The dam has not been inspected properly since 2019.');
    await page.getByRole('list', { name: 'Claims already in the graph' }).getByRole('listitem').first().waitFor({ timeout: 30_000 });
    await expectNoViolations('the new-actor look-alikes and the claim matches');
    await page.getByRole('button', { name: 'Cancel' }).click();

    // A bad item, marked in place: a publisher id that does not exist.
    await page.evaluate(() => {
      const d = (window as unknown as { claimGraphDesk: { draft: { article: { publisher: unknown } } } }).claimGraphDesk.draft;
      d.article.publisher = { id: 'org-does-not-exist', name: 'Nowhere Press' };
    });
    await page.getByRole('button', { name: 'Save to graph' }).click();
    await page.getByRole('alert').filter({ hasText: 'Nothing was written' }).waitFor({ timeout: 60_000 });
    await expectNoViolations('a refused save');

    await page.evaluate(() => {
      (window as unknown as { claimGraphDesk: { draft: { article: { publisher: unknown } } } }).claimGraphDesk.draft.article.publisher = null;
    });
    await page.getByRole('button', { name: 'Save to graph' }).click();
    await page.getByRole('status').getByText('Saved').waitFor({ timeout: 60_000 });
    await desk.idle(page);
    await expectNoViolations('saved, with the stored attributions');
    await page.getByRole('list', { name: 'Already in the graph' }).getByRole('button', { name: /^Undo/ }).first().click();
    await expectNoViolations('the undo form');
  });

  it('lets a viewer without a key open a source read-only and see what is attributed', async () => {
    await page.goto(`${s.url}/desk/source/${encodeURIComponent(sourceId)}`);
    await desk.idle(page);
    expect(await page.locator('body').getAttribute('data-mode')).toBe('viewer');
    const items = page.getByRole('list', { name: 'Already in the graph' }).getByRole('listitem');
    expect(await items.count()).toBe(2);
    expect(await items.allTextContents()).toEqual([expect.stringContaining('Marta Kovacs'), expect.stringContaining('Pieter Osei')]);
    expect(await page.locator('#reader mark.saved').allTextContents()).toEqual(['The dam has not been inspected properly since 2019', 'We will not sign a contract we cannot pay for']);
    expect(await page.locator('#source-info').textContent()).toContain('Reservoir: views');
    expect(await page.locator('#text-hash').textContent()).toBe(createHash('sha256').update(`${desk.ARTICLE}\nViews copy.\n`).digest('hex'));
    expect(await page.locator('#text-length').textContent()).toBe(`(${desk.ARTICLE.length + 13} characters, as stored)`);
    // Nothing to edit with: no article form, no Accept, Save or Undo, and the text takes no caret.
    for (const name of ['Find attributions', 'Attribute selection', 'Save to graph', 'Discard draft']) expect(await page.getByRole('button', { name }).isVisible()).toBe(false);
    expect(await page.getByRole('textbox', { name: 'Article text' }).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: /^Undo/ }).count()).toBe(0);
    expect(await page.locator('#reader').getAttribute('contenteditable')).toBe('false');
    expect(await page.getByText('Read-only: no key').isVisible()).toBe(true);
    await expectNoViolations('the read-only viewer');

    // The key prompt is the shared one, and it is accessible too.
    await page.getByRole('button', { name: 'Use an editor key' }).click();
    await page.getByRole('dialog', { name: 'This server needs an API key' }).waitFor();
    await expectNoViolations('the key prompt');
    await page.getByRole('textbox', { name: /API key/ }).fill(desk.EDITOR_A);
    await page.getByRole('button', { name: 'Use this key' }).click();
    await page.getByRole('button', { name: 'Find attributions' }).waitFor();
    expect(await page.locator('body').getAttribute('data-mode')).toBe('editor');
  });

  it('makes no request that leaves the origin: every script, style and library comes from the server', async () => {
    requests.length = 0;
    await desk.openDesk(page, s.url, desk.EDITOR_A);
    await page.getByRole('textbox', { name: 'Article text' }).fill(desk.ARTICLE);
    await page.getByRole('button', { name: 'Find attributions' }).click();
    await desk.idle(page);
    await page.getByRole('list', { name: 'Suggestions' }).getByRole('listitem').first().waitFor();
    const origin = new URL(s.url).origin;
    const paths = requests.map((u) => new URL(u)).map((u) => (u.origin === origin ? u.pathname : u.href));
    expect(paths).toEqual(expect.arrayContaining(['/desk', '/desk/desk.css', '/desk/js/main.js', '/desk/vendor/desk-vendor.js', '/desk/js/queries.js', '/explorer/js/api.js', '/explorer/js/key.js', '/graphql']));
    // One client for both pages: the desk has no copy of its own.
    expect(paths).not.toContain('/desk/js/api.js');
    expect(requests.filter((u) => new URL(u).origin !== origin && !u.startsWith('data:'))).toEqual([]);
    expect(tab.foreign).toEqual([]);
  });
});
