import type { Request } from 'playwright-core';
import { chromiumFor } from '../support/chromium';
import * as desk from '../support/desk';

/**
 * The speaker combobox cancels a stale look-up: a slow answer to what was typed first never
 * replaces the answer to what was typed after it. The first lookupActors request is held at
 * the network (page.route) until the second has been answered and shown, then answered with
 * an actor no one typed; the list must show only the later query's actors, and the first
 * request must have been aborted by the page.
 */
const CHROMIUM = chromiumFor('tests/browser/desk-combobox.test.ts');
const describeInBrowser = CHROMIUM ? describe : describe.skip;

const STALE = { matched: 'Stale Answer', matchedOn: 'name', actor: { __typename: 'Person', id: 'person-stale-answer', name: 'Stale Answer', description: 'from the first, slow request' } };

describeInBrowser('desk: the speaker combobox and a slow earlier look-up', () => {
  const suite = desk.useDeskSuite(CHROMIUM);

  it('shows only the later query’s results and aborts the earlier request', async () => {
    const { page } = await suite.tab();
    // Each look-up's AbortSignal, as the page's fetch receives it (evaluated over DevTools, outside the CSP).
    await page.addInitScript(() => {
      const seen: { q: string; aborted: boolean }[] = [];
      (window as unknown as { lookups: typeof seen }).lookups = seen;
      const send = window.fetch.bind(window);
      window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
        const body = typeof init?.body === 'string' ? (JSON.parse(init.body) as { query?: string; variables?: { q?: string } }) : {};
        if (body.query?.includes('lookupActors')) {
          const entry = { q: body.variables?.q ?? '', aborted: false };
          seen.push(entry);
          init?.signal?.addEventListener('abort', () => void (entry.aborted = true));
        }
        return send(input, init);
      };
    });
    const lookups: { q: string; request: Request }[] = [];
    let releaseFirst!: () => void;
    const firstHeld = new Promise<void>((r) => (releaseFirst = r));
    let firstArrived!: () => void;
    const firstSent = new Promise<void>((r) => (firstArrived = r));
    await page.route('**/graphql', async (route) => {
      const body = route.request().postDataJSON() as { query?: string; variables?: { q?: string } } | null;
      if (!body?.query?.includes('lookupActors')) return route.continue();
      lookups.push({ q: body.variables?.q ?? '', request: route.request() });
      if (lookups.length > 1) return route.continue();
      firstArrived();
      await firstHeld;
      // The slow answer arrives late, naming an actor nobody typed; the page has aborted it by now.
      await route.fulfill({ json: { data: { lookupActors: [STALE] } } }).catch(() => undefined);
    });
    const failed: Request[] = [];
    const ended: Request[] = [];
    page.on('requestfailed', (r) => void (failed.push(r), ended.push(r)));
    page.on('requestfinished', (r) => void ended.push(r));

    await desk.openDesk(page, suite.s.url, desk.EDITOR_A);
    await page.getByRole('textbox', { name: 'Article text' }).fill(`${desk.ARTICLE}\nCombobox copy.\n`);
    await desk.findSuggestions(page);
    await desk.suggestion(page, 'The dam has not been inspected').getByRole('button', { name: /^Edit/ }).click();
    await page.getByRole('form', { name: 'Edit the suggestion' }).waitFor();
    const box = page.getByRole('combobox', { name: 'Speaker' });
    await box.fill('');
    await box.pressSequentially('Ma');
    await firstSent; // the debounce fired: "Ma" is on its way, and held
    await box.pressSequentially('rta', { delay: 20 });

    const listbox = page.getByRole('listbox');
    await listbox.getByRole('option', { name: /Marta Kovacs/ }).waitFor();
    releaseFirst();
    // The held request ends (aborted, or answered too late) before the list is read again.
    for (let i = 0; i < 200 && !ended.includes(lookups[0].request); i++) await page.waitForTimeout(50);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

    const options = await listbox.getByRole('option').allTextContents();
    expect(options.some((o) => o.includes('Stale Answer'))).toBe(false);
    expect(options.some((o) => o.includes('Marta Kovacs'))).toBe(true);
    expect(lookups.map((l) => l.q)).toEqual(['Ma', 'Marta']);
    expect(await page.evaluate(() => (window as unknown as { lookups: unknown[] }).lookups)).toEqual([
      { q: 'Ma', aborted: true },
      { q: 'Marta', aborted: false },
    ]);
    expect(failed.find((r) => r === lookups[0].request)?.failure()?.errorText).toMatch(/ABORTED|cancel/i);
    expect(await box.inputValue()).toBe('Marta');
  });
});
