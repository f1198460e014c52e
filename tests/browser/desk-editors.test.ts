import type { Page } from 'playwright-core';
import { chromiumFor } from '../support/chromium';
import * as desk from '../support/desk';
import type { Served } from '../support/harness';

/**
 * Two editors on one source, in two browser contexts (two sessions, two keys): the second sees
 * the first's attributions, a stale save is refused as a conflict and merged without losing
 * either's work; undo is a retraction with a reason that history keeps.
 */
const CHROMIUM = chromiumFor('tests/browser/desk-editors.test.ts');
const describeInBrowser = CHROMIUM ? describe : describe.skip;

describeInBrowser('desk: two editors on one source', () => {
  const suite = desk.useDeskSuite(CHROMIUM);
  let s: Served;
  beforeAll(() => ({ s } = suite));

  const { findSuggestions, suggestion, savedItems: saved } = desk;
  const tab = async (): Promise<Page> => (await suite.tab()).page;

  async function activeQuotes(sourceId: string): Promise<string[]> {
    const r = await s.gql('query($id: ID!) { deskSource(id: $id) { text attributions { start end quote status speaker { name } } } }', { id: sourceId });
    expect(r.errors).toBeUndefined();
    const src = r.data.deskSource;
    for (const a of src.attributions) expect(src.text.slice(a.start, a.end)).toBe(a.quote);
    return src.attributions.filter((a: { status: string }) => a.status === 'ACTIVE').map((a: { quote: string; speaker: { name: string } }) => `${a.speaker.name}: ${a.quote}`).sort();
  }

  /** Editor A saves the article with one attribution; returns the source id, A's page staying on it. */
  async function firstSave(a: Page, tag: string): Promise<string> {
    await desk.openDesk(a, s.url, desk.EDITOR_A);
    await a.getByRole('textbox', { name: 'Article text' }).fill(`${desk.ARTICLE}\nCopy ${tag}.\n`);
    await a.getByRole('textbox', { name: 'Title' }).fill(`Reservoir: ${tag}`);
    await findSuggestions(a);
    await suggestion(a, 'The dam has not been inspected').getByRole('button', { name: /^Accept/ }).click();
    await a.getByRole('button', { name: 'Save to graph' }).click();
    await a.getByRole('status').getByText('Saved').waitFor({ timeout: 60_000 });
    await desk.idle(a);
    return decodeURIComponent(new URL(a.url()).pathname.split('/').pop()!);
  }

  it("shows the first editor's work to the second, refuses a stale save as a conflict and merges it with nothing lost", async () => {
    const a = await tab();
    const sourceId = await firstSave(a, 'two editors');

    const b = await tab();
    await desk.openDesk(b, s.url, desk.EDITOR_B, `/desk/source/${encodeURIComponent(sourceId)}`);
    await saved(b).first().waitFor();
    expect(await saved(b).count()).toBe(1);
    expect(await saved(b).first().textContent()).toContain('Marta Kovacs');
    expect(await saved(b).first().textContent()).toContain('saved by ada');
    expect(await b.locator('#reader mark.saved').allTextContents()).toEqual(['The dam has not been inspected properly since 2019']);
    // B drafts two: one that A is about to save too, and one of its own.
    await findSuggestions(b);
    expect(await suggestion(b, 'The dam has not been inspected').count()).toBe(0);
    await suggestion(b, 'Nobody is saying the dam will fail tomorrow').getByRole('button', { name: /^Accept/ }).click();
    await suggestion(b, 'We will not sign a contract').getByRole('button', { name: /^Accept/ }).click();

    // Meanwhile A saves another attribution: the source's revision moves on.
    await findSuggestions(a);
    await suggestion(a, 'Nobody is saying the dam will fail tomorrow').getByRole('button', { name: /^Accept/ }).click();
    await a.getByRole('button', { name: 'Save to graph' }).click();
    await a.getByRole('status').getByText('Saved').waitFor({ timeout: 60_000 });

    // B's save is refused: nothing written, A's new work shown, a merge offered.
    await b.getByRole('button', { name: 'Save to graph' }).click();
    const conflict = b.locator('#conflict');
    await conflict.getByText('Saved meanwhile by another editor').waitFor({ timeout: 60_000 });
    expect(await b.getByRole('alert').filter({ hasText: 'Nothing was written' }).count()).toBe(1);
    expect(await conflict.textContent()).toContain('Added by ada: Jonas Brandt — “Nobody is saying the dam will fail tomorrow”');
    expect(await activeQuotes(sourceId)).toEqual(['Jonas Brandt: Nobody is saying the dam will fail tomorrow', 'Marta Kovacs: The dam has not been inspected properly since 2019']);
    await conflict.getByRole('button', { name: 'Merge their work into my draft' }).click();
    await desk.idle(b);
    expect(await saved(b).count()).toBe(2);
    // B's copy of A's attribution is dropped; B's own is kept.
    expect(await b.getByRole('list', { name: 'Review' }).innerText()).toContain('“We will not sign a contract we cannot pay for”');
    expect(await b.getByRole('list', { name: 'Review' }).innerText()).not.toContain('Nobody is saying');
    await b.getByRole('button', { name: 'Save to graph' }).click();
    await b.getByRole('status').getByText('Saved').waitFor({ timeout: 60_000 });
    expect(await activeQuotes(sourceId)).toEqual([
      'Jonas Brandt: Nobody is saying the dam will fail tomorrow',
      'Marta Kovacs: The dam has not been inspected properly since 2019',
      'Pieter Osei: We will not sign a contract we cannot pay for',
    ]);
  });

  it('undoes a saved attribution as a retraction with a reason, kept in history', async () => {
    const a = await tab();
    const sourceId = await firstSave(a, 'undo');
    const item = saved(a).filter({ hasText: 'Marta Kovacs' });
    await item.getByRole('button', { name: /^Undo/ }).click();
    // A reason is required.
    await item.getByRole('button', { name: 'Retract' }).click();
    await item.getByText('Give a reason: the retraction keeps it.').waitFor();
    await item.getByRole('textbox', { name: /Why undo it/ }).fill('Attributed to the wrong speaker');
    await item.getByRole('button', { name: 'Retract' }).click();
    await a.getByRole('status').getByText(/Undone: .* is retracted/).waitFor({ timeout: 60_000 });
    await desk.idle(a);
    const now = saved(a).first();
    expect(await now.getAttribute('data-status')).toBe('RETRACTED');
    expect(await now.textContent()).toContain('why: Attributed to the wrong speaker');

    const r = await s.gql('query($id: ID!) { deskSource(id: $id) { attributions { id status statusReason } } }', { id: sourceId });
    const [att] = r.data.deskSource.attributions;
    expect(att).toMatchObject({ status: 'RETRACTED', statusReason: 'Attributed to the wrong speaker' });
    const history = await s.gql('query($id: ID!) { history(id: $id) { operation by } }', { id: att.id });
    expect(history.data.history.map((c: { operation: string }) => c.operation)).toEqual(expect.arrayContaining(['saveArticle', 'undoDeskAttribution']));
  });
});
