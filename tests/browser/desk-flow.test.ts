import type { Page } from 'playwright-core';
import { chromiumFor } from '../support/chromium';
import * as desk from '../support/desk';
import * as fx from '../support/fixtures';
import { cypher, type Harness, type Served } from '../support/harness';

/**
 * The curation desk in Debian's Chromium against the real server and Neo4j: the flows a
 * curator goes through, each on its own copy of the test article (a new source must have a new text).
 */
const CHROMIUM = chromiumFor('tests/browser/desk-flow.test.ts');
const describeInBrowser = CHROMIUM ? describe : describe.skip;

interface StoredAttribution {
  id: string;
  start: number;
  end: number;
  quote: string;
  status: string;
  speaker: { id: string; name: string; __typename: string };
  claim: { id: string; text: string };
}

describeInBrowser('desk: from a new article to attributed claims', () => {
  const suite = desk.useDeskSuite(CHROMIUM);
  let h: Harness;
  let s: Served;
  let known: Record<string, string>;
  let page: Page;
  beforeAll(() => ({ h, s, known } = suite));

  /** The article with a last line of its own, so each test's source is new. */
  const articleFor = (tag: string) => `${desk.ARTICLE}\nFiled for test ${tag}.\n`;
  const at = (text: string, quote: string) => {
    const start = text.indexOf(quote);
    if (start < 0) throw new Error(`not in the article: ${quote}`);
    return { start, end: start + quote.length };
  };

  async function stored(sourceId: string): Promise<{ text: string; attributions: StoredAttribution[]; revision: string }> {
    const r = await s.gql('query($id: ID!) { deskSource(id: $id) { revision text attributions { id start end quote status speaker { __typename id name } claim { id text } } } }', { id: sourceId });
    expect(r.errors).toBeUndefined();
    return r.data.deskSource;
  }

  /** Every stored quote is the exact span of the stored text. */
  function expectExactSpans(src: { text: string; attributions: StoredAttribution[] }) {
    expect(src.attributions.length).toBeGreaterThan(0);
    for (const a of src.attributions) expect(src.text.slice(a.start, a.end)).toBe(a.quote);
  }

  async function fillArticle(p: Page, text: string, title: string) {
    await p.getByRole('textbox', { name: 'Article text' }).fill(text);
    await p.getByRole('textbox', { name: 'Title' }).fill(title);
    await p.getByRole('textbox', { name: 'URL' }).fill(`https://news.example.org/${encodeURIComponent(title)}`);
    await p.getByRole('textbox', { name: 'Published date' }).fill('2026-03-02');
  }

  const { findSuggestions, suggestion } = desk;

  async function saveAndWait(p: Page): Promise<string> {
    await p.getByRole('button', { name: 'Save to graph' }).click();
    await p.getByRole('status').getByText('Saved').waitFor({ timeout: 60_000 });
    await desk.idle(p);
    const path = new URL(p.url()).pathname;
    const m = /^\/desk\/source\/(.+)$/.exec(path);
    expect(m).not.toBeNull();
    return decodeURIComponent(m![1]);
  }

  /** Sets the selection directly (a span no mouse can drag exactly, like half an emoji). */
  const selectInFirstTextNode = (p: Page, start: number, end: number) =>
    p.evaluate(([a, b]) => {
      const node = document.getElementById('reader')!.firstChild as Text;
      const r = document.createRange();
      r.setStart(node, a);
      r.setEnd(node, b);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(r);
    }, [start, end]);

  /** Picks an option of a combobox by typing into it. */
  async function choose(p: Page, box: string, typed: string, option: string | RegExp) {
    await p.getByRole('combobox', { name: box }).fill(typed);
    await p.getByRole('option', { name: option }).first().click();
  }

  beforeEach(async () => {
    page = (await suite.tab()).page;
  });

  it('accepts three suggestions, attributes one span by hand to a new speaker, and saves it all in one transaction', async () => {
    const text = articleFor('accept');
    await desk.openDesk(page, s.url, desk.EDITOR_A);
    await fillArticle(page, text, 'Reservoir: accept three');
    await findSuggestions(page);
    const items = page.getByRole('list', { name: 'Suggestions' }).getByRole('listitem');
    expect(await items.count()).toBeGreaterThanOrEqual(8);
    const first = suggestion(page, 'The dam has not been inspected properly since 2019');
    await expect(first.textContent()).resolves.toContain('Marta Kovacs (in the graph)');
    await first.getByRole('button', { name: /^Accept/ }).click();
    await suggestion(page, 'the repairs would cost more').getByRole('button', { name: /^Accept/ }).click();
    // Accept by Enter: focus moved on to the next suggestion's Accept.
    await suggestion(page, 'We will not sign a contract').getByRole('button', { name: /^Accept/ }).focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('#suggestions li[data-status="accepted"]').count()).toBe(3);

    const letter = at(text, 'called the reservoir safe for the coming winter');
    await desk.dragSelect(page, letter.start, letter.end);
    await page.getByRole('button', { name: 'Attribute selection' }).click();
    await choose(page, 'Speaker', 'Lindenport Water Board', /New organisation/);
    await page.getByText(/No existing actor looks like this name|All look-alikes answered/).waitFor();
    await page.getByRole('textbox', { name: 'Claim text' }).fill('The Aster reservoir is safe for the coming winter.');
    await page.getByRole('button', { name: 'Add to draft' }).click();

    const review = await page.getByRole('list', { name: 'Review' }).innerText();
    expect(review).toContain('Create the source “Reservoir: accept three”');
    expect(review).toContain('Create the new organisation “Lindenport Water Board”');
    expect(review).toContain('Attribute to Marta Kovacs the direct quote “The dam has not been inspected properly since 2019”');

    const sourceId = await saveAndWait(page);
    const status = page.getByRole('status');
    await expect(status.getByRole('link', { name: 'Open the source in the explorer' }).getAttribute('href')).resolves.toContain(encodeURIComponent(sourceId));
    expect(await status.getByRole('link', { name: /^Claim said by/ }).count()).toBe(4);

    const src = await stored(sourceId);
    expect(src.text).toBe(text);
    expectExactSpans(src);
    expect(src.attributions.map((a) => a.speaker.name).sort()).toEqual(['Lindenport Water Board', 'Marta Kovacs', 'Pieter Osei', 'Pieter Osei']);
    const board = src.attributions.find((a) => a.speaker.name === 'Lindenport Water Board')!;
    expect(board.speaker.__typename).toBe('Organisation');
    expect(board).toMatchObject({ ...letter, quote: 'called the reservoir safe for the coming winter', claim: { text: 'The Aster reservoir is safe for the coming winter.' } });
    expect(src.attributions.find((a) => a.quote.startsWith('The dam'))!.speaker.id).toBe(known['Marta Kovacs']);
    // One save, one change.
    const history = await s.gql('query($id: ID!) { history(id: $id) { operation by changedIds } }', { id: sourceId });
    const saves = history.data.history.filter((c: { operation: string }) => c.operation === 'saveArticle');
    expect(saves).toHaveLength(1);
    expect(saves[0].by).toBe('ada');
    for (const a of src.attributions) expect(saves[0].changedIds).toContain(a.id);
    // Saved: the draft is gone from storage, and the saved attributions are listed.
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('claimgraph.desk.draft.') && localStorage.getItem(k)!.includes('"items":[{')))).toEqual([]);
    expect(await page.getByRole('list', { name: 'Already in the graph' }).getByRole('listitem').count()).toBe(4);
  });

  it('attaches a quote to a claim the graph already holds, through a match', async () => {
    const claimText = 'Two of the spillway gates at the Aster reservoir no longer close fully.';
    const other = await fx.addSource(s, `Earlier report. ${claimText}`);
    const existing = await fx.addClaim(s, claimText, [], { speakerId: known['Jonas Brandt'], sourceId: other, quote: claimText });
    const text = articleFor('attach');
    await desk.openDesk(page, s.url, desk.EDITOR_A);
    await fillArticle(page, text, 'Reservoir: attach');
    await findSuggestions(page);
    await suggestion(page, 'two of the spillway gates no longer close fully').getByRole('button', { name: /^Edit/ }).click();
    const claim = page.getByRole('textbox', { name: 'Claim text' });
    await claim.fill('Two of the spillway gates no longer close fully.');
    const match = page.getByRole('list', { name: 'Claims already in the graph' }).getByRole('listitem').filter({ hasText: 'Aster reservoir no longer close fully' });
    await match.waitFor({ timeout: 30_000 });
    expect(await match.textContent()).toMatch(/not checked yet · 1 independent origin/);
    await match.getByRole('button', { name: /^Attach to this claim/ }).click();
    await page.getByText('Attached to the existing claim').waitFor();
    await page.getByRole('button', { name: 'Add to draft' }).click();
    expect(await page.getByRole('list', { name: 'Review' }).innerText()).toContain(`for the existing claim “${claimText}”`);
    const sourceId = await saveAndWait(page);
    const src = await stored(sourceId);
    expectExactSpans(src);
    expect(src.attributions).toHaveLength(1);
    expect(src.attributions[0].claim.id).toBe(existing.claimId);
  });

  it('marks a bad item in place with the server message, keeps the work, and saves once it is fixed', async () => {
    const claimText = 'The Aster reservoir dam has not been inspected properly since 2019.';
    const other = await fx.addSource(s, `Older report. ${claimText}`);
    const existing = await fx.addClaim(s, claimText, [], { speakerId: known['Marta Kovacs'], sourceId: other, quote: claimText });
    const text = articleFor('bad item');
    await desk.openDesk(page, s.url, desk.EDITOR_A);
    await fillArticle(page, text, 'Reservoir: bad item');
    await findSuggestions(page);
    await suggestion(page, 'We will not sign a contract').getByRole('button', { name: /^Accept/ }).click();
    const item = suggestion(page, 'The dam has not been inspected');
    await item.getByRole('button', { name: /^Edit/ }).click();
    const match = page.getByRole('list', { name: 'Claims already in the graph' }).getByRole('listitem').filter({ hasText: 'Aster reservoir dam' });
    await match.waitFor({ timeout: 30_000 });
    await match.getByRole('button', { name: /^Attach to this claim/ }).click();
    await page.getByRole('button', { name: 'Add to draft' }).click();
    // Someone retracts that claim before the save.
    await fx.retractClaim(s, existing.claimId);
    await page.getByRole('button', { name: 'Save to graph' }).click();
    await page.getByRole('alert').filter({ hasText: 'Nothing was written. One item needs fixing: each is marked in place.' }).waitFor({ timeout: 60_000 });
    const marked = item.locator('.item-error');
    expect(await marked.textContent()).toContain(`claim "${existing.claimId}" is retracted`);
    expect(await suggestion(page, 'We will not sign a contract').locator('.item-error').count()).toBe(0);
    expect(await page.locator('#review li.bad').count()).toBeGreaterThan(0);
    const written = await cypher<{ n: number }>(h, 'MATCH (s:Source { title: $t }) RETURN count(s) AS n', { t: 'Reservoir: bad item' });
    expect(Number(written[0].n)).toBe(0);
    // Fixed in place: a new claim instead; the retry saves both.
    await item.getByRole('button', { name: /^Edit/ }).click();
    await page.getByRole('button', { name: 'Write a new claim instead' }).click();
    await page.getByRole('button', { name: 'Update in draft' }).click();
    const sourceId = await saveAndWait(page);
    const src = await stored(sourceId);
    expectExactSpans(src);
    expect(src.attributions).toHaveLength(2);
    expect(src.attributions.map((a) => a.claim.id)).not.toContain(existing.claimId);
  });

  it('saves relayed-from, said-on and a CONTRADICTS link with its basis', async () => {
    const counter = 'The Aster reservoir spillway gates all close fully.';
    const other = await fx.addSource(s, `Board bulletin. ${counter}`);
    const existing = await fx.addClaim(s, counter, [], { speakerId: known['Lea Varga'], sourceId: other, quote: counter });
    const text = articleFor('links');
    await desk.openDesk(page, s.url, desk.EDITOR_A);
    await fillArticle(page, text, 'Reservoir: links');
    const span = at(text, 'two of the spillway gates no longer close fully');
    await desk.dragSelect(page, span.start, span.end);
    await page.getByRole('button', { name: 'Attribute selection' }).click();
    await choose(page, 'Speaker', 'Jonas', 'Jonas Brandt');
    await page.getByLabel('Mode').selectOption('REPORTED');
    await page.getByRole('textbox', { name: 'Claim text' }).fill('An engineer found two Aster dam gates that stay open.');
    await choose(page, 'Relayed from (via)', 'Site survey notes', /Site survey notes/);
    await page.getByRole('textbox', { name: 'Said on' }).fill('2026-03');
    await page.getByLabel('Link kind', { exact: true }).selectOption('CONTRADICTS');
    await choose(page, 'Linked claim', 'spillway gates all close', /spillway gates all close fully/);
    await page.getByRole('textbox', { name: 'Basis of the link' }).fill('The engineer found two gates that do not close');
    await page.getByRole('button', { name: 'Add link' }).click();
    await page.getByRole('button', { name: 'Add to draft' }).click();
    const review = await page.getByRole('list', { name: 'Review' }).innerText();
    expect(review).toContain('said on 2026-03, relayed from a new cited source “Site survey notes”');
    expect(review).toContain(`Link its claim: CONTRADICTS “${counter}”, because The engineer found two gates that do not close.`);
    const sourceId = await saveAndWait(page);
    const src = await stored(sourceId);
    expectExactSpans(src);
    const claimId = src.attributions[0].claim.id;
    const r = await s.gql('query($id: ID!) { claim(id: $id) { relations { kind basis from { id } to { id } } attributions { saidAt mode via { title } } } }', { id: claimId });
    expect(r.data.claim.attributions[0]).toMatchObject({ saidAt: '2026-03', mode: 'REPORTED', via: [{ title: 'Site survey notes' }] });
    expect(r.data.claim.relations).toEqual([{ kind: 'CONTRADICTS', basis: 'The engineer found two gates that do not close', from: { id: claimId }, to: { id: existing.claimId } }]);
  });

  it('answers "Different" to a look-alike actor: a new actor, remembered as not that one', async () => {
    const text = articleFor('duplicate');
    await desk.openDesk(page, s.url, desk.EDITOR_A);
    await fillArticle(page, text, 'Reservoir: duplicate');
    const span = at(text, 'Kovacs said the association would collect signatures');
    await desk.dragSelect(page, span.start, span.end);
    await page.getByRole('button', { name: 'Attribute selection' }).click();
    await choose(page, 'Speaker', 'Marta Kovac', /New person/);
    const candidate = page.getByRole('list', { name: 'Already in the graph?' }).getByRole('listitem').filter({ hasText: 'Marta Kovacs' });
    await candidate.waitFor();
    // Not added while the look-alike is unanswered.
    await page.getByRole('button', { name: 'Add to draft' }).click();
    await page.getByText('Answer “Same as” or “Different” for each look-alike first.').waitFor();
    await candidate.getByRole('button', { name: 'Different from Marta Kovacs' }).click();
    await page.getByRole('button', { name: 'Add to draft' }).click();
    expect(await page.getByRole('list', { name: 'Review' }).innerText()).toContain('Create the new person “Marta Kovac”, not the same as Marta Kovacs.');
    const sourceId = await saveAndWait(page);
    const src = await stored(sourceId);
    expectExactSpans(src);
    const speaker = src.attributions[0].speaker;
    expect(speaker.name).toBe('Marta Kovac');
    expect(speaker.id).not.toBe(known['Marta Kovacs']);
    const different = await cypher<{ n: number }>(h, 'MATCH (a { id: $a })-[:DIFFERENT_FROM]-(b { id: $b }) RETURN count(*) AS n', { a: speaker.id, b: known['Marta Kovacs'] });
    expect(Number(different[0].n)).toBe(1);
  });

  it('trims the white space around a selection, and refuses one of white space only', async () => {
    const text = articleFor('trim');
    await desk.openDesk(page, s.url, desk.EDITOR_A);
    await fillArticle(page, text, 'Reservoir: trim');
    const quote = 'would be reviewed in the';
    const span = at(text, quote);
    // From the space before the words to the space after them.
    await desk.dragSelect(page, span.start - 1, span.end + 1);
    expect(await page.evaluate(() => document.getSelection()!.toString())).toBe(` ${quote} `);
    await page.getByRole('button', { name: 'Attribute selection' }).click();
    await page.getByRole('form', { name: 'Attribute the selection' }).getByText(`“${quote}”`).waitFor();
    await choose(page, 'Speaker', 'Lea Var', 'Lea Varga');
    await page.getByRole('button', { name: 'Add to draft' }).click();
    const sourceId = await saveAndWait(page);
    const src = await stored(sourceId);
    expectExactSpans(src);
    expect(src.attributions[0]).toMatchObject({ start: span.start, end: span.end, quote, speaker: { id: known['Lea Varga'] } });

    await page.goto(`${s.url}/desk`);
    await desk.idle(page);
    await page.getByRole('textbox', { name: 'Article text' }).fill('One.   Two.');
    await selectInFirstTextNode(page, 4, 7);
    await page.getByRole('button', { name: 'Attribute selection' }).click();
    await page.getByText('The selection holds only white space: select some words.').waitFor();
    expect(await page.getByRole('form').count()).toBe(0);
  });

  it('refuses a selection that cuts an emoji in two, with a hint', async () => {
    await desk.openDesk(page, s.url, desk.EDITOR_A);
    const text = 'The mayor wrote: 👍🏽 good news for the reservoir.';
    await page.getByRole('textbox', { name: 'Article text' }).fill(text);
    const thumb = text.indexOf('👍🏽');
    // Up to the thumb without its skin tone: a cut grapheme.
    await selectInFirstTextNode(page, 0, thumb + 2);
    await page.getByRole('button', { name: 'Attribute selection' }).click();
    await page.getByText(/cuts a character in two/).waitFor();
    expect(await page.getByRole('form').count()).toBe(0);
  });

  it('starts "relayed from" at the outlet a suggestion names ("told Reuters")', async () => {
    const text = `"The gates are fine," Pieter Osei told Reuters on Tuesday.\nFiled for test via.\n`;
    await desk.openDesk(page, s.url, desk.EDITOR_A);
    await fillArticle(page, text, 'Reservoir: via');
    await findSuggestions(page);
    const item = suggestion(page, 'The gates are fine');
    expect(await item.textContent()).toContain('relayed through Reuters');
    await item.getByRole('button', { name: /^Edit/ }).click();
    expect(await page.getByRole('combobox', { name: 'Relayed from (via)' }).inputValue()).toBe('Reuters report');
    await page.getByRole('button', { name: 'Add to draft' }).click();
    expect(await page.getByRole('list', { name: 'Review' }).innerText()).toContain('relayed from a new cited source “Reuters report”');
    const sourceId = await saveAndWait(page);
    const src = await stored(sourceId);
    expectExactSpans(src);
    const r = await s.gql('query($id: ID!) { claim(id: $id) { attributions { via { title } } } }', { id: src.attributions[0].claim.id });
    expect(r.data.claim.attributions[0].via).toEqual([{ title: 'Reuters report' }]);
  });

  it('keeps the draft through a reload until it is discarded', async () => {
    const text = articleFor('reload');
    await desk.openDesk(page, s.url, desk.EDITOR_A);
    await fillArticle(page, text, 'Reservoir: reload');
    await findSuggestions(page);
    await suggestion(page, 'The dam has not been inspected').getByRole('button', { name: /^Accept/ }).click();
    await suggestion(page, 'We will not sign').getByRole('button', { name: /^Reject/ }).click();
    await page.reload();
    await desk.idle(page);
    expect(await page.getByRole('textbox', { name: 'Article text' }).inputValue()).toBe(text);
    expect(await page.getByRole('textbox', { name: 'Title' }).inputValue()).toBe('Reservoir: reload');
    expect(await page.locator('#suggestions li[data-status="accepted"]').count()).toBe(1);
    expect(await page.locator('#suggestions li[data-status="rejected"]').count()).toBe(1);
    await page.getByRole('status').getByText('Your draft is back: 1 attribution not saved yet.').waitFor();
    await page.getByRole('button', { name: 'Discard draft' }).click();
    await page.reload();
    await desk.idle(page);
    expect(await page.getByRole('textbox', { name: 'Article text' }).inputValue()).toBe('');
    expect(await page.locator('#suggestions li').count()).toBe(0);
  });

  it('reads a dropped HTML file as text, and stores exactly the text shown', async () => {
    const html = `<!doctype html><html lang="en"><head><title>Reservoir HTML copy</title><meta property="article:published_time" content="2026-03-04T10:00:00Z"></head>
      <body><nav>Home | News | Sport</nav><article><h1>Reservoir HTML copy</h1>
      <p>Lindenport &mdash; The town council voted to delay repairs.</p>
      <p>&ldquo;The dam has not been inspected properly since 2019,&rdquo; said Marta Kovacs, who chairs the residents&rsquo; association.</p>
      <p>Council leader Pieter Osei said the repairs would cost more than the town could borrow this year.</p></article>
      <script>var tracking = 1;</script></body></html>`;
    await desk.openDesk(page, s.url, desk.EDITOR_A);
    await page.locator('#article-file').setInputFiles({ name: 'reservoir.html', mimeType: 'text/html', buffer: Buffer.from(html) });
    const box = page.getByRole('textbox', { name: 'Article text' });
    await page.waitForFunction(() => (document.getElementById('article-text') as HTMLTextAreaElement).value.includes('Marta Kovacs'));
    const shown = await box.inputValue();
    expect(shown).not.toMatch(/<|tracking|Sport/);
    expect(shown).toContain('“The dam has not been inspected properly since 2019,” said Marta Kovacs');
    expect(await page.getByRole('textbox', { name: 'Title' }).inputValue()).toBe('Reservoir HTML copy');
    expect(await page.getByRole('textbox', { name: 'Published date' }).inputValue()).toBe('2026-03-04');
    expect(await page.locator('#reader').textContent()).toBe(shown);
    await findSuggestions(page);
    await suggestion(page, 'The dam has not been inspected').getByRole('button', { name: /^Accept/ }).click();
    const sourceId = await saveAndWait(page);
    const src = await stored(sourceId);
    expect(src.text).toBe(shown);
    expectExactSpans(src);
  });
});
