import { seededServer, type Served } from '../support/harness';
import {
  FIXTURE_KEYS,
  addActor,
  addAttribution,
  addClaim,
  addSource,
  linkClaims,
  retractAttribution,
  retractClaim,
  supersedeClaim,
  uniqueTag,
} from '../support/fixtures';

const EVENT = 'event-ennhri-vote-2023-04-11';
const VIA = 'src-moskalkova-telegram';
const ids = (list: { id: string }[]) => list.map((x) => x.id);

/**
 * A small world of its own for each test: a speaker's claim, another speaker's
 * counterclaim and a supporting claim, all about one subject and a seed event, read in
 * one new source. Each test hides one thing and reads it back both ways.
 */
async function world(s: Served) {
  const tag = uniqueTag('hidden');
  const speaker = await addActor(s, `Speaker ${tag}`);
  const other = await addActor(s, `Other ${tag}`);
  const subject = await addActor(s, `Subject ${tag}`);
  const source = await addSource(
    s,
    `Speaker said the dam will hold. Other said the dam will fail. Other added the dam was inspected. Speaker repeated that it would hold today. (${tag})`,
  );
  const about = [subject, EVENT];
  const main = await addClaim(s, `The dam will hold (${tag}).`, about, { speakerId: speaker, sourceId: source, quote: 'the dam will hold', viaIds: [VIA] });
  const counter = await addClaim(s, `The dam will fail (${tag}).`, about, { speakerId: other, sourceId: source, quote: 'the dam will fail' });
  const support = await addClaim(s, `The dam was inspected (${tag}).`, about, { speakerId: other, sourceId: source, quote: 'the dam was inspected' });
  await linkClaims(s, counter.claimId, main.claimId, 'CONTRADICTS');
  await linkClaims(s, support.claimId, main.claimId, 'SUPPORTS');
  /** A second attribution of the main claim, so one of them may be retracted. */
  const repeat = () => addAttribution(s, main.claimId, { speakerId: speaker, sourceId: source, quote: 'it would hold today' });
  return { tag, speaker, other, subject, source, main, counter, support, repeat };
}

describe('hidden means hidden: retracted and superseded items stay out of reads unless includeRetracted', () => {
  const t = seededServer({ API_KEYS: FIXTURE_KEYS });
  let s: Served;
  beforeAll(() => {
    s = t.s;
  });

  const claim = async (id: string, fields: string) => {
    const r = await s.gql(`query($id: ID!) { claim(id: $id) { ${fields} } }`, { id });
    expect(r.errors).toBeUndefined();
    return r.data.claim;
  };

  it('Claim.counterclaims leaves out a retracted counterclaim', async () => {
    const w = await world(s);
    await retractClaim(s, w.counter.claimId);
    const c = await claim(w.main.claimId, 'counterclaims { id } all: counterclaims(includeRetracted: true) { id status }');
    expect(ids(c.counterclaims)).not.toContain(w.counter.claimId);
    expect(c.all).toContainEqual({ id: w.counter.claimId, status: 'RETRACTED' });
  });

  it('Claim.supportedBy leaves out a superseded supporting claim', async () => {
    const w = await world(s);
    const replacement = await addClaim(s, `The dam was inspected twice (${w.tag}).`, [w.subject], { speakerId: w.other, sourceId: w.source, quote: 'Other added' });
    await supersedeClaim(s, w.support.claimId, replacement.claimId);
    const c = await claim(w.main.claimId, 'supportedBy { id } all: supportedBy(includeRetracted: true) { id status }');
    expect(ids(c.supportedBy)).not.toContain(w.support.claimId);
    expect(c.all).toContainEqual({ id: w.support.claimId, status: 'SUPERSEDED' });
  });

  it('Claim.supports leaves out a retracted supported claim', async () => {
    const w = await world(s);
    const before = await claim(w.support.claimId, 'supports { id }');
    expect(ids(before.supports)).toContain(w.main.claimId);
    await retractClaim(s, w.main.claimId);
    const c = await claim(w.support.claimId, 'supports { id } all: supports(includeRetracted: true) { id }');
    expect(ids(c.supports)).not.toContain(w.main.claimId);
    expect(ids(c.all)).toContain(w.main.claimId);
  });

  it('Claim.relations leaves out a link to a retracted claim', async () => {
    const w = await world(s);
    await retractClaim(s, w.counter.claimId);
    const c = await claim(w.main.claimId, 'relations { kind from { id } } all: relations(includeRetracted: true) { kind from { id } }');
    expect(c.relations).toEqual([{ kind: 'SUPPORTS', from: { id: w.support.claimId } }]);
    expect(c.all).toContainEqual({ kind: 'CONTRADICTS', from: { id: w.counter.claimId } });
  });

  it('Claim.attributions and attributionCount leave out a retracted attribution', async () => {
    const w = await world(s);
    const second = await w.repeat();
    await retractAttribution(s, second);
    const c = await claim(
      w.main.claimId,
      'attributions { id } attributionCount all: attributions(includeRetracted: true) { id } allCount: attributionCount(includeRetracted: true)',
    );
    expect(ids(c.attributions)).toEqual([w.main.attributionId]);
    expect(c.attributionCount).toBe(1);
    expect(ids(c.all).sort()).toEqual([w.main.attributionId, second].sort());
    expect(c.allCount).toBe(2);
  });

  it('Event.claims and claimCount leave out a retracted claim', async () => {
    const w = await world(s);
    await retractClaim(s, w.main.claimId);
    const r = await s.gql(`{ event(id: "${EVENT}") { claims(first: 100) { id } claimCount
      all: claims(first: 100, includeRetracted: true) { id } allCount: claimCount(includeRetracted: true) } }`);
    const e = r.data.event;
    expect(ids(e.claims)).not.toContain(w.main.claimId);
    expect(ids(e.all)).toContain(w.main.claimId);
    expect(e.claimCount).toBe(e.claims.length);
    expect(e.allCount).toBe(e.all.length);
  });

  it('Actor.statements and its totalCount leave out the attribution of a retracted claim', async () => {
    const w = await world(s);
    await retractClaim(s, w.main.claimId);
    const r = await s.gql(`query($id: ID!) { actor(id: $id) {
      statements { totalCount edges { node { id } } }
      all: statements(includeRetracted: true) { totalCount edges { node { id } } } } }`, { id: w.speaker });
    const a = r.data.actor;
    expect(a.statements).toEqual({ totalCount: 0, edges: [] });
    expect(a.all.totalCount).toBe(1);
    expect(a.all.edges.map((e: any) => e.node.id)).toEqual([w.main.attributionId]);
  });

  it('Source.attributions and its totalCount leave out the attribution of a retracted claim', async () => {
    const w = await world(s);
    await retractClaim(s, w.counter.claimId);
    const r = await s.gql(`query($id: ID!) { source(id: $id) {
      attributions { totalCount edges { node { claim { id } } } }
      all: attributions(includeRetracted: true) { totalCount edges { node { claim { id } } } } } }`, { id: w.source });
    const src = r.data.source;
    const claimsOf = (c: any) => c.edges.map((e: any) => e.node.claim.id);
    expect(claimsOf(src.attributions)).not.toContain(w.counter.claimId);
    expect(src.attributions.totalCount).toBe(2);
    expect(claimsOf(src.all)).toContain(w.counter.claimId);
    expect(src.all.totalCount).toBe(3);
  });

  it('claims(filter) and its totalCount leave out a superseded claim', async () => {
    const w = await world(s);
    await supersedeClaim(s, w.counter.claimId, w.main.claimId);
    const r = await s.gql(`query($src: ID!) {
      claims(filter: {sourceId: $src}) { totalCount edges { node { id } } }
      all: claims(filter: {sourceId: $src, includeRetracted: true}) { totalCount edges { node { id } } } }`, { src: w.source });
    expect(r.data.claims.edges.map((e: any) => e.node.id)).not.toContain(w.counter.claimId);
    expect(r.data.claims.totalCount).toBe(2);
    expect(r.data.all.edges.map((e: any) => e.node.id)).toContain(w.counter.claimId);
    expect(r.data.all.totalCount).toBe(3);
  });

  it('search leaves out a retracted claim, found by its text or its quote, unless includeRetracted', async () => {
    const w = await world(s);
    await retractClaim(s, w.counter.claimId);
    const Q = `query($q: String!, $all: Boolean) { search(query: $q, kinds: [CLAIM, ATTRIBUTION], includeRetracted: $all, first: 50) { edges { node { id } } } }`;
    const found = async (all: boolean) => {
      const r = await s.gql(Q, { q: `"${w.tag}"`, all });
      expect(r.errors).toBeUndefined();
      return r.data.search.edges.map((e: any) => e.node.id);
    };
    expect(await found(false)).toContain(w.main.claimId);
    expect(await found(false)).not.toContain(w.counter.claimId);
    expect(await found(true)).toContain(w.counter.claimId);
    const byQuote = await s.gql(Q, { q: '"the dam will fail"', all: false });
    expect(byQuote.data.search.edges.map((e: any) => e.node.id)).not.toContain(w.counter.claimId);
  });

  it('disputes leaves out a pair with a retracted side, and a retracted attribution from either side', async () => {
    const w = await world(s);
    const second = await w.repeat();
    await retractAttribution(s, second);
    const Q = `query($about: ID!, $all: Boolean) { disputes(aboutId: $about, includeRetracted: $all) { edges { node {
      claim { id } counterclaim { id } counterclaimAttributions { id } } } } }`;
    const shown = await s.gql(Q, { about: w.subject, all: false });
    expect(shown.data.disputes.edges).toHaveLength(1);
    expect(ids(shown.data.disputes.edges[0].node.counterclaimAttributions)).toEqual([w.main.attributionId]);
    const withRetracted = await s.gql(Q, { about: w.subject, all: true });
    expect(ids(withRetracted.data.disputes.edges[0].node.counterclaimAttributions).sort()).toEqual([w.main.attributionId, second].sort());

    await retractClaim(s, w.counter.claimId);
    expect((await s.gql(Q, { about: w.subject, all: false })).data.disputes.edges).toEqual([]);
    const all = await s.gql(Q, { about: w.subject, all: true });
    expect(all.data.disputes.edges.map((e: any) => e.node.claim.id)).toEqual([w.counter.claimId]);
  });

  it("timeline leaves out a speaker's attribution of a retracted claim", async () => {
    const w = await world(s);
    await retractClaim(s, w.main.claimId);
    const Q = `query($id: ID!, $all: Boolean) { timeline(aboutId: $id, includeRetracted: $all) { kind node { id } } }`;
    const hidden = await s.gql(Q, { id: w.speaker, all: false });
    expect(hidden.data.timeline.map((e: any) => e.node.id)).not.toContain(w.main.attributionId);
    const shown = await s.gql(Q, { id: w.speaker, all: true });
    expect(shown.data.timeline).toContainEqual({ kind: 'ATTRIBUTION', node: { id: w.main.attributionId } });
  });

  it('provenance leaves out a retracted attribution, and entryCount agrees', async () => {
    const w = await world(s);
    const second = await w.repeat();
    await retractAttribution(s, second);
    const Q = `query($id: ID!, $all: Boolean) { provenance(claimId: $id, includeRetracted: $all) { entryCount entries { attribution { id } } } }`;
    const hidden = (await s.gql(Q, { id: w.main.claimId, all: false })).data.provenance;
    expect(hidden.entries.map((e: any) => e.attribution.id)).toEqual([w.main.attributionId]);
    expect(hidden.entryCount).toBe(1);
    const shown = (await s.gql(Q, { id: w.main.claimId, all: true })).data.provenance;
    expect(shown.entries.map((e: any) => e.attribution.id).sort()).toEqual([w.main.attributionId, second].sort());
    expect(shown.entryCount).toBe(2);
  });

  describe('paths', () => {
    const Q = `query($from: ID!, $to: ID!, $all: Boolean) { paths(fromId: $from, toId: $to, maxHops: 6, includeRetracted: $all) { nodes { id } } }`;
    /** A lone speaker whose only tie to a lone subject is one claim about it. */
    async function lonePair() {
      const w = await world(s);
      const lone = await addActor(s, `Lone ${w.tag}`);
      const target = await addActor(s, `Target ${w.tag}`);
      const k = await addClaim(s, `Speaker repeated it (${w.tag}).`, [target], { speakerId: lone, sourceId: w.source, quote: 'Speaker repeated' });
      await addAttribution(s, k.claimId, { speakerId: w.other, sourceId: w.source, quote: 'Other said' });
      const before = await s.gql(Q, { from: lone, to: target, all: false });
      expect(ids(before.data.paths.nodes)).toEqual(expect.arrayContaining([lone, k.attributionId, k.claimId, target]));
      return { lone, target, k, other: w.other };
    }

    it('never step through a retracted attribution', async () => {
      const p = await lonePair();
      await retractAttribution(s, p.k.attributionId);
      expect((await s.gql(Q, { from: p.lone, to: p.target, all: false })).data.paths.nodes).toEqual([]);
      expect(ids((await s.gql(Q, { from: p.lone, to: p.target, all: true })).data.paths.nodes)).toContain(p.k.attributionId);
    });

    /** A speaker's claim read in one source, which the test retracts: a path to that source may step through its attribution. */
    async function throughHiddenAttribution() {
      const tag = uniqueTag('paths');
      const speaker = await addActor(s, `Speaker ${tag}`);
      const other = await addActor(s, `Other ${tag}`);
      const first = await addSource(s, `Speaker said the bridge is safe. Speaker said the road is open. Other said the road is clear. (${tag})`);
      const second = await addSource(s, `Speaker said the road is open again. (${tag})`);
      const hidden = await addClaim(s, `The bridge is safe (${tag}).`, [], { speakerId: speaker, sourceId: first, quote: 'the bridge is safe' });
      return { speaker, other, first, second, hidden };
    }
    const PATHS = `query($from: ID!, $to: ID!) { paths(fromId: $from, toId: $to, maxHops: 4) { nodes { id } } }`;

    it('never step through an active attribution of a retracted claim, when an equally short clean path exists', async () => {
      const w = await throughHiddenAttribution();
      const clean = await addClaim(s, `The road is open (${w.speaker}).`, [], { speakerId: w.speaker, sourceId: w.first, quote: 'the road is open' });
      await retractClaim(s, w.hidden.claimId);
      const nodes = ids((await s.gql(PATHS, { from: w.speaker, to: w.first })).data.paths.nodes);
      expect(nodes).toContain(clean.attributionId);
      expect(nodes).not.toContain(w.hidden.attributionId);
    });

    it('never step through an active attribution of a retracted claim, when only a longer clean path exists', async () => {
      const w = await throughHiddenAttribution();
      const before = ids((await s.gql(PATHS, { from: w.speaker, to: w.first })).data.paths.nodes);
      expect(before).toContain(w.hidden.attributionId);
      // speaker → its claim, read in the second source → the same claim said by another in the first source: 4 hops.
      const longer = await addClaim(s, `The road is open again (${w.speaker}).`, [], { speakerId: w.speaker, sourceId: w.second, quote: 'the road is open again' });
      const relayed = await addAttribution(s, longer.claimId, { speakerId: w.other, sourceId: w.first, quote: 'the road is clear' });
      await retractClaim(s, w.hidden.claimId);
      const after = ids((await s.gql(PATHS, { from: w.speaker, to: w.first })).data.paths.nodes);
      expect(after).not.toContain(w.hidden.attributionId);
      expect(after).toEqual(expect.arrayContaining([longer.attributionId, longer.claimId, relayed, w.first]));
    });

    it('never step through a retracted claim (nor an active attribution of it)', async () => {
      const p = await lonePair();
      await retractClaim(s, p.k.claimId);
      expect((await s.gql(Q, { from: p.lone, to: p.target, all: false })).data.paths.nodes).toEqual([]);
      expect(ids((await s.gql(Q, { from: p.lone, to: p.target, all: true })).data.paths.nodes)).toContain(p.k.claimId);
    });
  });

  it('neighbourhood leaves out a retracted claim and the edges through it', async () => {
    const w = await world(s);
    await retractClaim(s, w.main.claimId);
    const Q = `query($id: ID!, $all: Boolean) { neighbourhood(id: $id, depth: 1, first: 100, includeRetracted: $all) { nodes { id } edges { from to } } }`;
    const hidden = (await s.gql(Q, { id: w.speaker, all: false })).data.neighbourhood;
    expect(ids(hidden.nodes)).toEqual([w.speaker]);
    expect(hidden.edges).toEqual([]);
    const shown = (await s.gql(Q, { id: w.speaker, all: true })).data.neighbourhood;
    expect(ids(shown.nodes)).toContain(w.main.claimId);
    expect(shown.edges).toContainEqual({ from: w.speaker, to: w.main.claimId });
    // The source's VIA edge existed only through the hidden claim's attribution.
    const fromSource = (all: boolean) => s.gql(Q, { id: w.source, all }).then((r) => r.data.neighbourhood.edges);
    expect(await fromSource(false)).not.toContainEqual({ from: w.source, to: VIA });
    expect(await fromSource(true)).toContainEqual({ from: w.source, to: VIA });
  });
});
