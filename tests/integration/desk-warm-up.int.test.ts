import { randomUUID } from 'node:crypto';
import pino from 'pino';
import { rehearseDeskSave, warmDeskPlansInBackground } from '../../src/desk/warm-plans';
import { cypher, openHarness, serve, type Harness, type Served } from '../support/harness';

/**
 * The start-up rehearsal of a desk save (src/desk/warm-plans.ts): it sends every statement a
 * real save and undo send, so their plans are compiled before the first curator saves, and
 * it writes nothing (its transaction always rolls back). Nothing is reset or deleted here:
 * "nothing written" is counted on what the rehearsal could have created.
 */
const KEY = 'desk-warm-up-key-01';
const EDITOR = { authorization: `Bearer ${KEY}` };

describe('warming the desk write plans at start-up', () => {
  let h: Harness;
  let s: Served;

  beforeAll(async () => {
    h = await openHarness({ API_KEYS: `warm-test:editor:${KEY}`, DB_TX_TIMEOUT_MS: '60000' });
    s = await serve(h);
  });
  afterAll(async () => {
    await s?.close();
    await h?.close();
  });

  /** Every node the rehearsal creates has "rehearsal" in a name, title, text or its Change's author. */
  async function rehearsalTraces() {
    const [r] = await cypher<{ nodes: number; changes: number; keys: number; all: number }>(
      h,
      `RETURN COUNT { MATCH (n:Node) WHERE toLower(coalesce(n.title, n.name, n.text, '')) CONTAINS 'rehearsal' } AS nodes,
              COUNT { MATCH (c:Change { by: 'desk-warm-up' }) } AS changes,
              COUNT { MATCH (k) WHERE k.key STARTS WITH 'desk-warm-up:' } AS keys,
              COUNT { MATCH (n) } AS all`,
    );
    return { nodes: Number(r.nodes), changes: Number(r.changes), keys: Number(r.keys), all: Number(r.all) };
  }

  it('writes nothing: the rehearsal rolls back', async () => {
    const before = await rehearsalTraces();
    const sent = await rehearseDeskSave(h.executor, h.catalogue);
    expect(sent.length).toBeGreaterThan(20);
    expect(await rehearsalTraces()).toEqual(before);
  });

  it('sends every statement a real desk save and undo send', async () => {
    const tag = `warm${randomUUID().slice(0, 8)}`;
    const quote = `the ${tag} ferry will run all winter`;
    const text = `Captain Rosa ${tag} said ${quote}. A harbour official disputed it.`;
    const start = text.indexOf(quote);
    const real = new Set<string>();
    s.app.writes.afterStatement = (name) => void real.add(name);
    try {
      const saved = await s.gql(
        'mutation($i: SaveArticleInput!) { saveArticle(input: $i) { attributions { id } } }',
        {
          i: {
            idempotencyKey: `warm-${tag}`,
            source: { title: `Ferry ${tag}`, text, kind: 'ARTICLE', publisherRef: 'port' },
            actors: [
              { ref: 'rosa', kind: 'PERSON', name: `Rosa ${tag}`, aliases: [] },
              { ref: 'port', kind: 'ORGANISATION', name: `Port Gazette ${tag}`, aliases: [] },
            ],
            citedSources: [{ ref: 'wire', title: `Wire ${tag}` }],
            claims: [{ ref: 'c', text: `The ${tag} ferry will run all winter.` }, { ref: 'd', text: `The ${tag} ferry will stop in winter.` }],
            attributions: [
              { speakerRef: 'rosa', start, end: start + quote.length, quote, mode: 'DIRECT_QUOTE', claimRef: 'c', viaRefs: ['wire'] },
              { speakerRef: 'port', start: text.indexOf('disputed it'), end: text.indexOf('disputed it') + 11, quote: 'disputed it', mode: 'REPORTED', claimRef: 'd' },
            ],
            links: [{ from: { ref: 'd' }, to: { ref: 'c' }, kind: 'CONTRADICTS', basis: 'the official says the opposite' }],
          },
        },
        EDITOR,
      );
      expect(saved.errors).toBeUndefined();
      const undone = await s.gql('mutation($i: RetractInput!) { undoDeskAttribution(input: $i) { claimRetracted } }', { i: { id: saved.data.saveArticle.attributions[1].id, reason: 'test' } }, EDITOR);
      expect(undone.errors).toBeUndefined();
    } finally {
      s.app.writes.afterStatement = null;
    }
    const rehearsed = new Set(await rehearseDeskSave(h.executor, h.catalogue));
    expect(real.size).toBeGreaterThan(15);
    expect([...real].filter((name) => !rehearsed.has(name))).toEqual([]);
  });

  it('runs in the background and logs at debug, not above', async () => {
    const lines: { level: number; msg: string; statements?: number }[] = [];
    const log = pino({ level: 'debug' }, { write: (l: string) => void lines.push(JSON.parse(l)) });
    await warmDeskPlansInBackground(h.executor, h.catalogue, log);
    expect(lines).toEqual([expect.objectContaining({ level: 20, msg: 'desk write plans warmed (rehearsed save rolled back)', statements: expect.any(Number) })]);
  });
});
