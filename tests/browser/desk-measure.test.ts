import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import YAML from 'yaml';
import { projectPath } from '../../src/paths';
import { chromiumFor } from '../support/chromium';
import * as desk from '../support/desk';

/**
 * The measurement of docs/desk.md: a scripted desk session turns the 10-attribution test
 * article into the graph, counting every click and keystroke (characters typed for names and
 * for claim texts counted apart) and the wall time, against the lines of YAML the same
 * article needs in the import format (tests/fixtures/desk/lindenport-reservoir.yaml).
 * Writes test-artifacts/desk-measure.json; with UPDATE_DOCS_SCREENSHOT=1 also docs/desk.png.
 */
const CHROMIUM = chromiumFor('tests/browser/desk-measure.test.ts');
const describeInBrowser = CHROMIUM ? describe : describe.skip;
const YAML_FILE = projectPath('tests', 'fixtures', 'desk', 'lindenport-reservoir.yaml');

/** Every user action goes through here, so what is counted is what was done. */
class Session {
  clicks = 0;
  keys = 0;
  typed = { names: 0, claims: 0, other: 0 };
  constructor(readonly page: Page) {}
  async click(target: Locator) {
    this.clicks++;
    await target.click();
  }
  /** A mouse drag over [start, end) of the text: one gesture, counted as one click. */
  async drag(start: number, end: number) {
    this.clicks++;
    await desk.dragSelect(this.page, start, end);
  }
  async press(key: string) {
    this.keys++;
    await this.page.keyboard.press(key);
  }
  async type(text: string, kind: keyof Session['typed']) {
    this.typed[kind] += text.length;
    await this.page.keyboard.type(text);
  }
  /** A paste: one keystroke (Ctrl+V), however long the text. */
  async paste(text: string) {
    this.keys++;
    await this.page.keyboard.insertText(text);
  }
}

describeInBrowser('desk: the measured session', () => {
  const suite = desk.useDeskSuite(CHROMIUM);

  it('turns the 10-attribution article into the graph, and counts what it took', async () => {
    const { page } = await suite.tab();
    const { s } = suite;
    const text = desk.ARTICLE;
    const at = (q: string) => ({ start: text.indexOf(q), end: text.indexOf(q) + q.length });
    const list = page.getByRole('list', { name: 'Suggestions' });
    const item = (q: string) => list.getByRole('listitem').filter({ hasText: q });
    await desk.openDesk(page, s.url, desk.EDITOR_A);
    const u = new Session(page);
    const began = Date.now();

    await u.click(page.getByRole('textbox', { name: 'Article text' }));
    await u.paste(text);
    await u.click(page.getByRole('textbox', { name: 'Title' }));
    await u.type(desk.ARTICLE_TITLE, 'other');
    await u.click(page.getByRole('textbox', { name: 'URL' }));
    await u.type('https://news.example.org/lindenport-reservoir', 'other');
    await u.click(page.getByRole('textbox', { name: 'Published date' }));
    await u.type('2026-03-02', 'other');
    await u.click(page.getByRole('button', { name: 'Find attributions' }));
    await desk.idle(page);
    await list.getByRole('listitem').first().waitFor();

    // Seven suggestions right as they are: one click each.
    for (const q of ['The dam has not been inspected', 'the repairs would cost more', 'We will not sign a contract', 'Nobody is saying the dam', 'But every month of delay', 'the association would collect', 'the decision would be reviewed']) {
      await u.click(item(q).getByRole('button', { name: /^Accept/ }));
    }
    // "According to": the suggested span takes in the speaker's description. Reject it and mark the words by hand.
    await u.click(item('an engineer who surveyed the site').getByRole('button', { name: /^Reject/ }));
    const gates = at('two of the spillway gates no longer close fully');
    await u.drag(gates.start, gates.end);
    await u.click(page.getByRole('button', { name: 'Attribute selection' }));
    await u.type('Jonas', 'names');
    await u.click(page.getByRole('option', { name: /^Jonas Brandt/ }));
    await u.click(page.getByLabel('Mode'));
    await page.getByLabel('Mode').selectOption('REPORTED');
    u.keys++; // choosing in the open list
    await u.click(page.getByRole('textbox', { name: 'Claim text' }));
    await u.press('Control+A');
    await u.type("Two of the Aster reservoir's spillway gates no longer close fully.", 'claims');
    await u.click(page.getByRole('button', { name: 'Add to draft' }));

    // Tomas Riedl is new: Accept opens the form with his name looked up; he is a new person.
    await u.click(item('We have asked for the inspection reports').getByRole('button', { name: /^Accept/ }));
    await u.click(page.getByRole('option', { name: /New person/ }));
    await page.getByText(/No existing actor looks like this name|All look-alikes answered/).waitFor();
    await u.click(page.getByRole('button', { name: 'Add to draft' }));

    // The letter: not suggested (no speech verb); by hand, to a new organisation.
    const letter = at('called the reservoir safe for the coming winter');
    await u.drag(letter.start, letter.end);
    await u.click(page.getByRole('button', { name: 'Attribute selection' }));
    await u.type('Lindenport Water Board', 'names');
    await u.click(page.getByRole('option', { name: /New organisation/ }));
    await page.getByText(/No existing actor looks like this name|All look-alikes answered/).waitFor();
    await u.click(page.getByRole('textbox', { name: 'Claim text' }));
    await u.press('Control+A');
    await u.type('The Aster reservoir is safe for the coming winter.', 'claims');
    await u.click(page.getByRole('button', { name: 'Add to draft' }));

    const screenshot = path.join(projectPath('test-artifacts'), 'desk.png');
    fs.mkdirSync(path.dirname(screenshot), { recursive: true });
    // The picture for the docs: the top of the page, text and suggestions side by side.
    await page.setViewportSize({ width: 1400, height: 1250 });
    await page.evaluate(() => {
      window.scrollTo(0, 0);
      document.getElementById('reader')!.scrollTop = 0;
    });
    await page.screenshot({ path: screenshot, fullPage: false });
    await u.click(page.getByRole('button', { name: 'Save to graph' }));
    await page.getByRole('status').getByText('Saved').waitFor({ timeout: 120_000 });
    const wallMs = Date.now() - began;

    // What was saved is the article, exactly: 10 attributions, every quote an exact span.
    const sourceId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);
    const r = await s.gql('query($id: ID!) { deskSource(id: $id) { text attributions { start end quote mode speaker { name } claim { text } } } }', { id: sourceId });
    const src = r.data.deskSource;
    expect(src.text).toBe(text);
    expect(src.attributions).toHaveLength(10);
    for (const a of src.attributions) expect(src.text.slice(a.start, a.end)).toBe(a.quote);

    // The import format needs the same 10 attributions, each quote found in the same text.
    const yamlText = fs.readFileSync(YAML_FILE, 'utf8');
    const doc = YAML.parse(yamlText) as { claims: { attributions: { quote: string }[] }[] };
    const yamlQuotes = doc.claims.flatMap((c) => c.attributions.map((a) => a.quote)).sort();
    expect(yamlQuotes).toEqual(src.attributions.map((a: { quote: string }) => a.quote).sort());
    const yamlLines = yamlText.split('\n').filter((l) => l.trim() && !l.trim().startsWith('#')).length;
    const yamlChars = yamlText.split('\n').filter((l) => l.trim() && !l.trim().startsWith('#')).join('\n').length;

    const figures = {
      attributions: src.attributions.length,
      clicks: u.clicks,
      keystrokes: u.keys,
      typedCharacters: u.typed,
      wallSeconds: Math.round(wallMs / 100) / 10,
      yaml: { lines: yamlLines, characters: yamlChars },
    };
    fs.writeFileSync(path.join(projectPath('test-artifacts'), 'desk-measure.json'), `${JSON.stringify(figures, null, 2)}\n`);
    process.stdout.write(`\ndesk measurement: ${JSON.stringify(figures)}\n`);
    if (process.env.UPDATE_DOCS_SCREENSHOT === '1') fs.copyFileSync(screenshot, projectPath('docs', 'desk.png'));
    expect(figures.clicks).toBeGreaterThan(0);
  }, 300_000);
});
