import { FIXTURE_KEYS, addActor, addSource, uniqueTag } from '../support/fixtures';
import { cypher, seededServer } from '../support/harness';

const ADMIN = { authorization: 'Bearer fixture-admin-key-01' };
const ADD_CLAIM = `mutation($i: AddClaimInput!) { addClaim(input: $i) { quoteNormalised claim { id attributions { quote start end } } change { id } } }`;

describe('quotes that land where the curator meant, against the real database', () => {
  const t = seededServer({ API_KEYS: FIXTURE_KEYS });
  let speaker: string;
  let source: string;
  const text =
    `${uniqueTag('text')}: The ombudsman said: “We’re not leaving — not now…” Then she said “yes”, and later „yes“ again. ` +
    'Thumbs 👍🏽 up. The council adopted the resolution on Tuesday after a long debate.';
  const claim = (quote: string, extra: Record<string, unknown> = {}) =>
    t.s.gql(ADD_CLAIM, { i: { text: `A claim ${uniqueTag('c')}`, attribution: { speakerId: speaker, sourceId: source, mode: 'DIRECT_QUOTE', quote, ...extra } } }, ADMIN);
  const countClaims = async () => Number((await cypher(t.h, 'MATCH (c:Claim) RETURN count(c) AS n'))[0].n);

  beforeAll(async () => {
    speaker = await addActor(t.s, `Speaker ${uniqueTag('p')}`);
    source = await addSource(t.s, text);
  });

  it('stores a straight-quoted quote as the exact typographic span, and says what was folded', async () => {
    const r = await claim('"We\'re not leaving - not now..."');
    expect(r.errors).toBeUndefined();
    const d = (r.data as any).addClaim;
    const a = d.claim.attributions[0];
    expect(a.quote).toBe('“We’re not leaving — not now…”');
    expect(text.slice(a.start, a.end)).toBe(a.quote);
    expect([...d.quoteNormalised].sort()).toEqual(['dashes', 'ellipsis', 'quotes']);
    const [stored] = await cypher(t.h, 'MATCH (a:Attribution)-[:OF]->(:Claim {id: $id}) MATCH (a)-[:IN]->(s) RETURN a.quote AS quote, substring(s.text, a.start, a.end - a.start) AS span', {
      id: d.claim.id,
    });
    expect(stored.quote).toBe(stored.span);
  });

  it('says nothing was folded for a quote that occurs as sent', async () => {
    const r = await claim('Then she said');
    expect((r.data as any).addClaim.quoteNormalised).toEqual([]);
  });

  it('refuses a quote ending in half a surrogate pair and writes nothing', async () => {
    const before = await countClaims();
    const r = await claim('Thumbs \uD83D');
    expect(r.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0].message).toMatch(/^input\.attribution\.quote: the quote ends inside a character: U\+D83D/);
    expect(await countClaims()).toBe(before);
  });

  it('refuses a quote that cuts through an emoji with a skin tone, naming it', async () => {
    const r = await claim('Thumbs 👍');
    expect(r.errors?.[0].message).toContain('cuts through "👍🏽" (U+1F44D U+1F3FD)');
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.attribution.quote', cluster: '👍🏽' });
  });

  it('refuses an ambiguous folded quote listing its spans; occurrence or start then picks one', async () => {
    const r = await claim('"yes"');
    expect(r.errors?.[0].extensions?.field).toBe('input.attribution.occurrence');
    expect(r.errors?.[0].message).toMatch(/quote occurs 2 times in the source text; say which with occurrence \(1 to 2\) or start: 1\. at \d+: …not now…” Then she said \[“yes”\], and later „yes“ again\.…; 2\. at \d+: …e said “yes”, and later \[„yes“\] again/);
    const spans = r.errors?.[0].extensions?.spans as { start: number; end: number; text: string; context: string }[];
    expect(spans.map((s) => s.text)).toEqual(['“yes”', '„yes“']);
    const second = await claim('"yes"', { occurrence: 2 });
    expect((second.data as any).addClaim.claim.attributions[0]).toEqual({ quote: '„yes“', start: spans[1].start, end: spans[1].end });
    const first = await claim('"yes"', { start: spans[0].start });
    expect((first.data as any).addClaim.claim.attributions[0].quote).toBe('“yes”');
  });

  it('refuses a miss naming the nearest passage, with the whole quote, and the passages in extensions', async () => {
    const quote = 'The council adopted a resolution on Tuesday after the long debate';
    const r = await claim(quote);
    const e = r.errors?.[0];
    expect(e?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(e?.message).toContain(JSON.stringify(quote));
    const nearest = e?.extensions?.nearest as { start: number; end: number; text: string }[];
    expect(nearest[0].text).toBe('The council adopted the resolution on Tuesday after a long debate');
    expect(text.slice(nearest[0].start, nearest[0].end)).toBe(nearest[0].text);
    expect(e?.message).toContain('Nearest passages: 1. at');
  });
});
