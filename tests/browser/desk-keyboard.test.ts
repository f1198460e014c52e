import { chromiumFor } from '../support/chromium';
import * as desk from '../support/desk';

/**
 * The whole flow with the keyboard alone: no mouse event is sent. Text in, suggestions found
 * and accepted with Enter, a span selected with Shift+arrows and attributed to a new speaker,
 * saved, then undone with a reason.
 */
const CHROMIUM = chromiumFor('tests/browser/desk-keyboard.test.ts');
const describeInBrowser = CHROMIUM ? describe : describe.skip;

describeInBrowser('desk: the keyboard-only path', () => {
  const suite = desk.useDeskSuite(CHROMIUM);

  it('goes from pasted text to saved attributions and an undo without the mouse', async () => {
    const { page } = await suite.tab();
    const { s } = suite;
    const kb = page.keyboard;
    const text = `${desk.ARTICLE}\nKeyboard copy.\n`;
    await desk.openDesk(page, s.url, desk.EDITOR_A);

    await desk.tabTo(page, 'Article text');
    await kb.insertText(text); // a paste
    await desk.tabTo(page, 'Title');
    await kb.type('Reservoir: keyboard');
    await desk.tabTo(page, 'Find attributions');
    await kb.press('Enter');
    await desk.idle(page);
    // Focus lands on the first suggestion's Accept; Enter accepts and moves to the next.
    expect(await desk.focusedName(page)).toMatch(/^Accept “The dam has not been inspected/);
    for (let i = 0; i < 3; i++) await kb.press('Enter');
    expect(await page.locator('#suggestions li[data-status="accepted"]').count()).toBe(3);

    // Select a span with Shift+arrows: from the end of the text, back to the span's end, then over it.
    const quote = 'called the reservoir safe for the coming winter';
    const start = text.indexOf(quote);
    const end = start + quote.length;
    await desk.tabTo(page, 'Text', { back: true });
    await kb.press('Control+End');
    // Where the caret landed (a trailing line break may hold none): read, not moved, by the test.
    const caret = await page.evaluate(() => {
      const sel = document.getSelection()!;
      const r = document.createRange();
      r.selectNodeContents(document.getElementById('reader')!);
      r.setEnd(sel.focusNode!, sel.focusOffset);
      return r.toString().length;
    });
    for (let i = 0; i < caret - end; i++) await kb.press('ArrowLeft');
    for (let i = 0; i < end - start; i++) await kb.press('Shift+ArrowLeft');
    const selected = await page.evaluate(() => document.getSelection()!.toString());
    expect(selected).toBe(quote);
    await kb.press('Enter'); // "Attribute selection" from the text itself
    await page.getByRole('form', { name: 'Attribute the selection' }).waitFor();
    expect(await page.getByRole('form', { name: 'Attribute the selection' }).textContent()).toContain(`Characters ${start}–${end} of the stored text.`);
    expect(await desk.focusedName(page)).toBe('Speaker');
    // Typed faster than the debounce: one look-up, for the whole name.
    const lookups: string[] = [];
    page.on('request', (r) => {
      const body = r.postData() ?? '';
      if (body.includes('lookupActors')) lookups.push((JSON.parse(body) as { variables: { q: string } }).variables.q);
    });
    await kb.type('Lindenport Water Board', { delay: 20 });
    await page.getByRole('option', { name: /New organisation/ }).waitFor();
    expect(lookups).toEqual(['Lindenport Water Board']);
    for (let i = 0; i < 10; i++) {
      await kb.press('ArrowDown');
      const active = await page.evaluate(() => document.getElementById(document.activeElement?.getAttribute('aria-activedescendant') ?? '')?.textContent ?? '');
      if (active.includes('New organisation')) break;
    }
    await kb.press('Enter');
    await page.getByText(/No existing actor looks like this name/).waitFor();
    await desk.tabTo(page, 'Claim text');
    await kb.press('Control+A');
    await kb.type('The Aster reservoir is safe for the coming winter.');
    await desk.tabTo(page, 'Add to draft');
    await kb.press('Enter');
    expect(await page.getByRole('list', { name: 'Review' }).innerText()).toContain('Create the new organisation “Lindenport Water Board”');

    await desk.tabTo(page, 'Save to graph');
    await kb.press('Enter');
    await page.getByRole('status').getByText('Saved').waitFor({ timeout: 60_000 });
    await desk.idle(page);
    const sourceId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);
    const r = await s.gql('query($id: ID!) { deskSource(id: $id) { text attributions { id start end quote status speaker { name } } } }', { id: sourceId });
    const src = r.data.deskSource;
    expect(src.text).toBe(text);
    expect(src.attributions).toHaveLength(4);
    for (const a of src.attributions) expect(src.text.slice(a.start, a.end)).toBe(a.quote);
    expect(src.attributions.find((a: { quote: string }) => a.quote === quote).speaker.name).toBe('Lindenport Water Board');

    // Undo by keyboard: Undo, a reason, Enter.
    await desk.tabTo(page, /^Undo “called the reservoir/);
    await kb.press('Enter');
    expect(await desk.focusedName(page)).toMatch(/Why undo it/);
    await kb.type('Not a statement of the board');
    await kb.press('Enter');
    await page.getByRole('status').getByText(/Undone: .* is retracted/).waitFor({ timeout: 60_000 });
    const after = await s.gql('query($id: ID!) { deskSource(id: $id) { attributions { quote status statusReason } } }', { id: sourceId });
    expect(after.data.deskSource.attributions.find((a: { quote: string }) => a.quote === quote)).toMatchObject({ status: 'RETRACTED', statusReason: 'Not a statement of the board' });

    await desk.snapshot(page, 'keyboard');
  });
});
