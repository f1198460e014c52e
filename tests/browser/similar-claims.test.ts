import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumFor } from '../support/chromium';
import * as fx from '../support/fixtures';
import { openHarness, resetToSeed, serve, type Harness, type Served } from '../support/harness';

/** The explorer's "Similar claims" section in a real Chromium, against the real server, Neo4j and model. */
const CHROMIUM = chromiumFor('tests/browser/similar-claims.test.ts');
const describeInBrowser = CHROMIUM ? describe : describe.skip;
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const SEED_CLAIM = 'claim-moskalkova-withdrawal';

describeInBrowser('explorer: similar claims on a claim detail', () => {
  let h: Harness;
  let s: Served;
  let browser: Browser;
  let page: Page;
  let echoId: string;

  beforeAll(async () => {
    h = await openHarness({ API_KEYS: fx.FIXTURE_KEYS });
    await resetToSeed(h);
    s = await serve(h);
    await s.app.matching.vectors.backfill();
    // A second wording of a seed claim, written through the API: embedded after its commit.
    const speaker = await fx.addActor(s, fx.uniqueTag('Echo speaker'));
    const text = "Russia's human rights commissioner is taking the national institution out of the European network of human rights institutions, ENNHRI.";
    const source = await fx.addSource(s, `Echo. ${text}`);
    echoId = (await fx.addClaim(s, text, [], { speakerId: speaker, sourceId: source, quote: text })).claimId;
    browser = await chromium.launch({ executablePath: CHROMIUM!, args: CHROMIUM_ARGS });
    page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await s?.close();
    await h?.close();
  });

  it('lists the matches Claim.similar gives, the other wording first, with tier, reasons and check status', async () => {
    const r = await s.gql('query($id: ID!) { node(id: $id) { ... on Claim { similar(first: 5) { claim { id } tier } } } }', { id: SEED_CLAIM });
    expect(r.errors).toBeUndefined();
    const api: { claim: { id: string }; tier: string }[] = r.data.node.similar;
    expect(api[0].claim.id).toBe(echoId);

    await page.goto(`${s.url}/explorer/?exp=${SEED_CLAIM}&sel=${SEED_CLAIM}`);
    await page.waitForSelector('#detail [data-testid="similar"] .similar-list li', { timeout: 60_000 });
    const shown = await page.$$eval('#detail [data-testid="similar"] .similar-list li', (items) =>
      items.map((li) => ({ id: (li as HTMLElement).dataset.claimId, tier: (li as HTMLElement).dataset.tier, text: li.textContent ?? '' })),
    );
    expect(shown.map((x) => x.id)).toEqual(api.map((m) => m.claim.id));
    expect(shown.map((x) => x.tier)).toEqual(api.map((m) => m.tier));
    expect(shown[0].text).toContain('close in meaning');
    expect(shown[0].text).toContain('not checked yet');
    expect(await page.textContent('#detail [data-testid="similar"] h3')).toBe(`Similar claims (${api.length})`);
    // The match is a link: following it opens that claim's detail.
    await page.click(`#detail [data-testid="similar"] li[data-claim-id="${echoId}"] a`);
    await page.waitForSelector(`#detail [data-detail-kind="CLAIM"][data-node-id="${echoId}"]`, { timeout: 60_000 });
  });
});
