import { seededServer, type Served } from '../support/harness';
import { FIXTURE_KEYS, addActor, addAttribution, addClaim, addSource, linkClaims, retractClaim, uniqueTag, write } from '../support/fixtures';

const EDITOR = { authorization: 'Bearer fixture-admin-key-01' };
const ids = (l: { id: string }[]) => l.map((x) => x.id).sort();

describe('fact-checker analyses', () => {
  const t = seededServer({ API_KEYS: FIXTURE_KEYS });
  let s: Served;
  beforeAll(() => (s = t.s));

  const CORRO = `query($id: ID!) { corroboration(claimId: $id) { attributionCount independentOriginCount origins { origin { id } attributions { id } } } }`;

  it('seed: a claim with three supporting claims by three speakers has four independent origins', async () => {
    const r = await s.gql(CORRO, { id: 'claim-coe-crackdown-key-feature' });
    expect(r.errors).toBeUndefined();
    const c = r.data.corroboration;
    expect(c.attributionCount).toBeGreaterThanOrEqual(4);
    expect(c.independentOriginCount).toBe(c.origins.length);
    expect(c.independentOriginCount).toBeGreaterThanOrEqual(4);
  });

  it('fixtures: three outlets relaying one post count once, and a supporting claim by the same speaker joins its origin', async () => {
    const tag = uniqueTag('corro');
    const speaker = await addActor(s, `Speaker ${tag}`);
    const post = (await write(s, 'mutation($i: AddSourceInput!) { addSource(input: $i) { source { id } } }', { title: `Post ${tag}`, kind: 'SOCIAL_POST' })).addSource.source.id;
    const outlets = [];
    for (const n of [1, 2, 3]) outlets.push(await addSource(s, `Outlet ${n} (${tag}): the speaker wrote that the river is rising fast.`));
    const main = await addClaim(s, `The river is rising (${tag}).`, [], { speakerId: speaker, sourceId: outlets[0], quote: 'the river is rising fast', viaIds: [post] });
    for (const o of outlets.slice(1)) await addAttribution(s, main.claimId, { speakerId: speaker, sourceId: o, quote: 'the river is rising fast', viaIds: [post] });
    const other = await addActor(s, `Witness ${tag}`);
    const own = await addSource(s, `Witness account (${tag}): the water reached the bridge.`);
    const witness = await addClaim(s, `The water reached the bridge (${tag}).`, [], { speakerId: other, sourceId: own, quote: 'the water reached the bridge' });
    const same = await addClaim(s, `The river rose (${tag}).`, [], { speakerId: speaker, sourceId: own, quote: 'the water reached the bridge' });
    await linkClaims(s, witness.claimId, main.claimId, 'SUPPORTS');
    await linkClaims(s, same.claimId, main.claimId, 'SUPPORTS');
    const c = (await s.gql(CORRO, { id: main.claimId })).data.corroboration;
    expect(c.attributionCount).toBe(5);
    expect(c.independentOriginCount).toBe(2);
    expect(c.origins.map((o: { origin: { id: string } }) => o.origin.id)).toContain(post);
  });

  it('quoteDrift: compares wordings against the earliest origin and lists spellings', async () => {
    const r = await s.gql(`{ quoteDrift(claimId: "claim-coe-crackdown-key-feature") { baseline { id quote } variants { attribution { id } similarity diff { op text } spellings } } }`);
    expect(r.errors).toBeUndefined();
    const d = r.data.quoteDrift;
    expect(d.baseline.quote.length).toBeGreaterThan(0);
    expect(d.variants.length).toBeGreaterThan(0);
    for (const v of d.variants) {
      expect(v.similarity).toBeGreaterThanOrEqual(0);
      expect(v.similarity).toBeLessThan(1);
      expect(v.diff.filter((p: { op: string }) => p.op !== 'DELETE').map((p: { text: string }) => p.text).join('')).toBeTruthy();
    }
  });

  it('addSourceVersion keeps the old text, re-anchors a moved quote, reports a dropped one; verifyIntegrity agrees', async () => {
    const tag = uniqueTag('ver');
    const speaker = await addActor(s, `Mayor ${tag}`);
    const v1 = `Report ${tag}. The mayor said the dam will hold. She also said the roads are closed until Friday.`;
    const src = await addSource(s, v1);
    const kept = await addClaim(s, `Dam holds (${tag}).`, [], { speakerId: speaker, sourceId: src, quote: 'the dam will hold' });
    const dropped = await addClaim(s, `Roads closed (${tag}).`, [], { speakerId: speaker, sourceId: src, quote: 'the roads are closed until Friday' });
    const v2 = `Correction ${tag}: an earlier version misquoted the mayor. She insisted that the dam will hold.`;
    const r = await s.gql(`mutation($i: AddSourceVersionInput!) { addSourceVersion(input: $i) { source { id text version versions { version textSha256 capturedAt } textAt(version: 1) } reanchored lost { id quote } change { id } } }`, { i: { sourceId: src, text: v2, capturedAt: '2026-01-02T03:04:05Z' } }, EDITOR);
    expect(r.errors).toBeUndefined();
    const p = r.data.addSourceVersion;
    expect(p.reanchored).toBe(1);
    expect(p.lost).toEqual([{ id: dropped.attributionId, quote: 'the roads are closed until Friday' }]);
    expect(p.source).toMatchObject({ text: v2, version: 2, textAt: v1 });
    expect(p.source.versions.map((v: { version: number }) => v.version)).toEqual([1, 2]);
    expect(p.source.versions[1].capturedAt).toBe('2026-01-02T03:04:05.000Z');
    const a = (await s.gql(`query($id: ID!) { claim(id: $id) { attributions { start end quote } } }`, { id: kept.claimId })).data.claim.attributions[0];
    expect(v2.slice(a.start, a.end)).toBe('the dam will hold');
    // The lost quote says which version its span counts in, and that version holds it there.
    const lost = (await s.gql(`query($id: ID!) { claim(id: $id) { attributions { start end anchorVersion } } }`, { id: dropped.claimId })).data.claim.attributions[0];
    expect(lost.anchorVersion).toBe(1);
    expect(v1.slice(lost.start, lost.end)).toBe('the roads are closed until Friday');
    expect((await s.gql(`query($id: ID!) { claim(id: $id) { attributions { anchorVersion } } }`, { id: kept.claimId })).data.claim.attributions[0].anchorVersion).toBeNull();
    const v = await s.gql(`query($ids: [ID!]) { verifyIntegrity(sourceIds: $ids) { sourcesChecked spansChecked mismatches { attribution { id } reason } } }`, { ids: [src] });
    expect(v.data.verifyIntegrity).toEqual({ sourcesChecked: 1, spansChecked: 2, mismatches: [] });
    const bad = await s.gql(`mutation($i: AddSourceVersionInput!) { addSourceVersion(input: $i) { version } }`, { i: { sourceId: src, text: v2 } }, EDITOR);
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const anon = await s.gql(`mutation($i: AddSourceVersionInput!) { addSourceVersion(input: $i) { version } }`, { i: { sourceId: src, text: 'x y z' } });
    expect(anon.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('impact: retracting the only attribution of a supporting claim leaves it unsaid and the supported claim short of support, and changes nothing', async () => {
    const tag = uniqueTag('impact');
    const speaker = await addActor(s, `Analyst ${tag}`);
    const src = await addSource(s, `Analysis ${tag}: prices will fall. Prices will rise, said the rival.`);
    const main = await addClaim(s, `Prices fall (${tag}).`, [], { speakerId: speaker, sourceId: src, quote: 'prices will fall' });
    const sup = await addClaim(s, `Demand drops (${tag}).`, [], { speakerId: speaker, sourceId: src, quote: `Analysis ${tag}` });
    const rival = await addClaim(s, `Prices rise (${tag}).`, [], { speakerId: speaker, sourceId: src, quote: 'Prices will rise' });
    await linkClaims(s, sup.claimId, main.claimId, 'SUPPORTS');
    await linkClaims(s, rival.claimId, sup.claimId, 'CONTRADICTS');
    const Q = `query($id: ID!) { impact(id: $id) { attributionsAffected claimsLeftWithoutActiveAttribution { id } claimsLosingSupport { id } disputesAffected { id } } }`;
    const first = await s.gql(Q, { id: sup.attributionId });
    expect(first.errors).toBeUndefined();
    const i = first.data.impact;
    expect(i.attributionsAffected).toBe(1);
    expect(ids(i.claimsLeftWithoutActiveAttribution)).toEqual([sup.claimId]);
    expect(ids(i.claimsLosingSupport)).toEqual([main.claimId]);
    expect(i.disputesAffected).toHaveLength(1);
    const bySource = (await s.gql(Q, { id: src })).data.impact;
    expect(bySource.attributionsAffected).toBe(3);
    expect(ids(bySource.claimsLeftWithoutActiveAttribution)).toEqual([main.claimId, rival.claimId, sup.claimId].sort());
    expect((await s.gql(Q, { id: sup.attributionId })).data.impact).toEqual(i);
    await retractClaim(s, sup.claimId);
    expect((await s.gql(Q, { id: main.claimId })).data.impact.claimsLosingSupport).toEqual([]);
  });

  it('suggestAttributions finds a quote and its speaker among known actors, and writes nothing', async () => {
    const text = '“Russia must be held to account for this,” Callamard said. According to Lantratova, the group will monitor civic freedoms.';
    const r = await s.gql(`query($t: String!) { suggestAttributions(text: $t) { quote start end speakerName speakerId mode cue confidence } }`, { t: text });
    expect(r.errors).toBeUndefined();
    expect(r.data.suggestAttributions.map((x: { speakerId: string; mode: string }) => [x.speakerId, x.mode])).toEqual([
      ['person-agnes-callamard', 'DIRECT_QUOTE'],
      ['person-yana-lantratova', 'REPORTED'],
    ]);
    const bad = await s.gql(`{ suggestAttributions(text: "x", voiceId: "nope") { quote } }`);
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('suggestAttributionsResult says when HTML was stripped, and offsets still point into the HTML sent', async () => {
    const html = '<html><body><p>&ldquo;We will not back down,&rdquo; <b>Lena Varga</b> told reporters.</p><p>Campaigners say the talks failed.</p></body></html>';
    const q = `query($t: String!) { suggestAttributionsResult(text: $t) { fromHtml note suggestions { quote start end fromHtml pattern } } }`;
    const r = await s.gql(q, { t: html });
    expect(r.errors).toBeUndefined();
    const res = r.data.suggestAttributionsResult;
    expect(res.fromHtml).toBe(true);
    expect(res.note).toMatch(/HTML/);
    expect(res.suggestions.length).toBeGreaterThanOrEqual(2);
    for (const x of res.suggestions) {
      expect(x.fromHtml).toBe(true);
      expect(html.slice(x.start, x.end)).toBe(x.quote);
    }
    const plain = await s.gql(q, { t: 'Campaigners say the talks failed last week.' });
    expect(plain.data.suggestAttributionsResult).toMatchObject({ fromHtml: false, note: null });
  });
});
