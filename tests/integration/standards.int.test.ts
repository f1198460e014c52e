import { cypher, seededServer, type Harness, type Served } from '../support/harness';
import { expand, literal, values } from '../support/jsonld-offline';
import { reanchor } from '../support/anno-consumer';

const EDITOR = { authorization: 'Bearer editor-key-0001' };
const ADMIN = { authorization: 'Bearer admin-key-00001' };
const KEYS = 'ed:editor:editor-key-0001,ad:admin:admin-key-00001';
const CLAIM = 'claim-eurasian-group-less-political';
const S = 'http://schema.org/';
const PROV = 'http://www.w3.org/ns/prov#';

const ADD_REVIEW = `mutation($i: AddReviewInput!) { addReview(input: $i) {
  review { id ratingLabel ratingValue url publishedAt status reviewer { id name } claim { id } evidence { id } }
  claim { id reviews { id } }
  change { id operation by } } }`;

describe('standards: reviews, ClaimReview, Web Annotations and PROV-O', () => {
  const t = seededServer({ API_KEYS: KEYS });
  let h: Harness;
  let s: Served;
  let reviewerId: string;
  beforeAll(async () => {
    ({ h, s } = t);
    const r = await s.gql(`mutation($i: AddActorInput!) { addActor(input: $i) { actor { id } } }`, { i: { kind: 'ORGANISATION', name: 'Example Fact Check' } }, EDITOR);
    reviewerId = r.data.addActor.actor.id;
  });

  const reviewCount = async () => Number((await cypher(h, 'RETURN COUNT { (:Review) } AS n'))[0].n);
  const input = (extra: Record<string, unknown> = {}) => ({
    claimId: CLAIM, reviewerId, ratingLabel: 'Unproven', ratingValue: 3, bestRating: 5, worstRating: 1,
    rationale: 'Only Izvestia reports it, citing unnamed officials.', url: 'https://factcheck.example.org/eurasian-group', publishedAt: '2016-01-20',
    evidenceIds: ['src-izvestia-eurasian-hr-group'], ...extra,
  });

  /** A fresh review of CLAIM, so no test depends on one an earlier test wrote. */
  const newReview = async (extra: Record<string, unknown> = {}): Promise<string> => {
    const r = await s.gql(ADD_REVIEW, { i: input(extra) }, EDITOR);
    expect(r.errors).toBeUndefined();
    return r.data.addReview.review.id;
  };

  describe('reviews', () => {
    it('addReview records the verdict with a Change, and Claim.reviews, review(id) and history read it back', async () => {
      const r = await s.gql(ADD_REVIEW, { i: input() }, EDITOR);
      expect(r.errors).toBeUndefined();
      const review = r.data.addReview.review;
      const reviewId = review.id;
      expect(review).toMatchObject({ ratingLabel: 'Unproven', ratingValue: 3, status: 'ACTIVE', publishedAt: '2016-01-20', reviewer: { id: reviewerId }, claim: { id: CLAIM } });
      expect(review.evidence).toEqual([{ id: 'src-izvestia-eurasian-hr-group' }]);
      expect(r.data.addReview.claim.reviews.map((x: { id: string }) => x.id)).toContain(reviewId);
      expect(r.data.addReview.change).toMatchObject({ operation: 'addReview', by: 'ed' });
      const read = await s.gql(`query($id: ID!) { review(id: $id) { id rationale claim { id } } history(id: $id) { operation } node(id: $id) { id ... on Review { ratingLabel } } }`, { id: reviewId });
      expect(read.errors).toBeUndefined();
      expect(read.data.review).toMatchObject({ id: reviewId, claim: { id: CLAIM } });
      expect(read.data.history.map((c: { operation: string }) => c.operation)).toEqual(['addReview']);
      expect(read.data.node).toEqual({ id: reviewId, ratingLabel: 'Unproven' });
    });

    it.each([
      [{ ratingValue: 4, bestRating: null }, 'input.ratingValue'],
      [{ ratingValue: 9 }, 'input.ratingValue'],
      [{ url: 'ftp://x.example' }, 'input.url'],
      [{ reviewerId: 'person-tatyana-moskalkova' }, 'input.reviewerId'],
      [{ claimId: 'src-izvestia-eurasian-hr-group' }, 'input.claimId'],
      [{ evidenceIds: ['org-ennhri'] }, 'input.evidenceIds'],
      [{ ratingLabel: '  ' }, 'input.ratingLabel'],
    ])('refuses %j naming %s, and writes nothing', async (extra, field) => {
      const before = await reviewCount();
      const r = await s.gql(ADD_REVIEW, { i: input(extra) }, EDITOR);
      expect(r.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(r.errors?.[0].extensions?.field).toBe(field);
      expect(r.errors?.[0].message).toContain(field);
      expect(await reviewCount()).toBe(before);
    });

    it('needs an editor key; a retry with the same idempotency key writes once', async () => {
      const anon = await s.gql(ADD_REVIEW, { i: input() });
      expect(anon.errors?.[0].extensions?.code).toMatch(/UNAUTHENTICATED|FORBIDDEN/);
      const before = await reviewCount();
      const i = input({ idempotencyKey: 'review-retry-0001' });
      const [a, b] = [await s.gql(ADD_REVIEW, { i }, EDITOR), await s.gql(ADD_REVIEW, { i }, EDITOR)];
      expect(a.data.addReview.review.id).toBe(b.data.addReview.review.id);
      expect(await reviewCount()).toBe(before + 1);
    });

    it('retractReview (admin) keeps the review but hides it from Claim.reviews', async () => {
      const reviewId = await newReview({ ratingLabel: 'False', ratingValue: 1 });
      const denied = await s.gql(`mutation { retractReview(input: {id: "${reviewId}", reason: "x"}) { review { id } } }`, {}, EDITOR);
      expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const r = await s.gql(`mutation($id: ID!) { retractReview(input: {id: $id, reason: "Published in error"}) { review { status statusReason } change { operation } } }`, { id: reviewId }, ADMIN);
      expect(r.errors).toBeUndefined();
      expect(r.data.retractReview).toMatchObject({ review: { status: 'RETRACTED', statusReason: 'Published in error' }, change: { operation: 'retractReview' } });
      const read = await s.gql(`query($c: ID!) { claim(id: $c) { reviews { id } all: reviews(includeRetracted: true) { id } } }`, { c: CLAIM });
      expect(read.data.claim.reviews.map((x: { id: string }) => x.id)).not.toContain(reviewId);
      expect(read.data.claim.all.map((x: { id: string }) => x.id)).toContain(reviewId);
      const again = await s.gql(`mutation($id: ID!) { retractReview(input: {id: $id, reason: "again"}) { review { id } } }`, { id: reviewId }, ADMIN);
      expect(again.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    });
  });

  describe('ClaimReview', () => {
    let reviewId: string;
    let doc: Record<string, unknown>;
    beforeAll(async () => {
      reviewId = await newReview({ ratingLabel: 'Misleading', ratingValue: 2 });
      doc = (await s.gql(`query($id: ID!) { review(id: $id) { claimReview } }`, { id: reviewId })).data.review.claimReview;
    });

    it('GET /claimreview/{id} serves the same document as application/ld+json; an unknown id is a JSON 404', async () => {
      const res = await fetch(`${s.url}/claimreview/${reviewId}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^application\/ld\+json/);
      expect(await res.json()).toEqual(doc);
      const missing = await fetch(`${s.url}/claimreview/review-nope`);
      expect(missing.status).toBe(404);
      expect(await missing.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
    });

    it('expands offline with the bundled schema.org context and has every required and recommended property', async () => {
      const [cr] = await expand(doc);
      expect(cr['@type']).toEqual([`${S}ClaimReview`]);
      expect(literal(cr, `${S}claimReviewed`)).toMatch(/less "politically engaged"/);
      expect(values(cr, `${S}url`)[0]['@id']).toBe('https://factcheck.example.org/eurasian-group');
      expect(literal(cr, `${S}datePublished`)).toBe('2016-01-20');
      const author = values(cr, `${S}author`)[0];
      expect(author['@type']).toEqual([`${S}Organization`]);
      expect(literal(author, `${S}name`)).toBe('Example Fact Check');
      const rating = values(cr, `${S}reviewRating`)[0];
      expect(literal(rating, `${S}alternateName`)).toBe('Misleading');
      expect([literal(rating, `${S}ratingValue`), literal(rating, `${S}bestRating`), literal(rating, `${S}worstRating`)]).toEqual([2, 5, 1]);
      const item = values(cr, `${S}itemReviewed`)[0];
      expect(item['@type']).toEqual([`${S}Claim`]);
      expect(values(item, `${S}author`).map((a) => literal(a, `${S}name`))).toContain('Izvestia');
      // Nothing in the graph dates this claim (no saidAt, no dated source), so no date is made up.
      expect(values(item, `${S}datePublished`)).toEqual([]);
      // The earliest origin first: Izvestia's report, then The Moscow Times that relied on it.
      const first = values(item, `${S}firstAppearance`)[0];
      expect(first['@id']).toBe('urn:claimgraph:src-izvestia-eurasian-hr-group');
      const appearance = values(item, `${S}appearance`).map((a) => a['@id']);
      expect(appearance.indexOf('urn:claimgraph:src-izvestia-eurasian-hr-group')).toBeLessThan(appearance.indexOf('urn:claimgraph:src-002-moscow-times-eurasian-hr-group'));
    });

    it("itemReviewed.datePublished is when the claim was said, when the graph knows it", async () => {
      const r = await s.gql(ADD_REVIEW, { i: input({ claimId: 'claim-coe-mhg-liquidation-ordered', evidenceIds: [] }) }, EDITOR);
      const res = await fetch(`${s.url}/claimreview/${r.data.addReview.review.id}`);
      const [cr] = await expand((await res.json()) as object);
      const item = values(cr, `${S}itemReviewed`)[0];
      expect(literal(item, `${S}datePublished`)).toBe('2023-01-25');
      expect(values(item, `${S}author`).map((a) => literal(a, `${S}name`))).toEqual(['Council of Europe Commissioner for Human Rights']);
      expect(values(item, `${S}firstAppearance`)).toHaveLength(1);
    });

    it('the offline loader refuses any URL it does not bundle, so the test cannot have used the network', async () => {
      await expect(expand({ ...doc, '@context': 'https://example.org/context.jsonld' })).rejects.toThrow();
    });
  });

  describe('Web Annotations', () => {
    // Astral characters (emoji, mathematical letters) before the quote: UTF-16 and code-point offsets differ.
    const TEXT = '🙂 Breaking 🇪🇺: 𝒳𝒴𝒵 report.\nThe minister 👩🏽‍💼 said "the bridge opens in 𝟚𝟘𝟚𝟟" 🎉 today.\nLater 😀 she said "the bridge opens in 𝟚𝟘𝟚𝟟" again.\n';
    const QUOTE = 'the bridge opens in 𝟚𝟘𝟚𝟟';
    let annotations: { quote: string; annotation: any }[];
    beforeAll(async () => {
      const speaker = (await s.gql(`mutation { addActor(input: {kind: PERSON, name: "Minister Astral"}) { actor { id } } }`, {}, EDITOR)).data.addActor.actor.id;
      const src = (await s.gql(`mutation($i: AddSourceInput!) { addSource(input: $i) { source { id } } }`, { i: { title: 'Astral fixture', kind: 'ARTICLE', text: TEXT } }, EDITOR)).data.addSource.source.id;
      const claim = await s.gql(
        `mutation($i: AddClaimInput!) { addClaim(input: $i) { claim { id } } }`,
        { i: { text: 'The bridge opens in 2027.', attribution: { speakerId: speaker, sourceId: src, mode: 'DIRECT_QUOTE', quote: QUOTE, occurrence: 2 } } },
        EDITOR,
      );
      const claimId = claim.data.addClaim.claim.id;
      await s.gql(`mutation($i: AddAttributionInput!) { addAttribution(input: $i) { attribution { id } } }`,
        { i: { claimId, attribution: { speakerId: speaker, sourceId: src, mode: 'PARAPHRASE', quote: 'said "the bridge', occurrence: 1 } } }, EDITOR);
      const r = await s.gql(`query($id: ID!) { claim(id: $id) { attributions { quote start end annotation } } }`, { id: claimId });
      expect(r.errors).toBeUndefined();
      annotations = r.data.claim.attributions.map((a: { quote: string; annotation: unknown; start: number }) => ({ quote: a.quote, annotation: a.annotation, start: a.start }));
    });

    it('a consumer re-finds each quote from the selectors alone, in a DOM of the source text', () => {
      expect(annotations).toHaveLength(2);
      for (const { annotation } of annotations) {
        expect(annotation).toMatchObject({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'Annotation' });
        expect(annotation.target.selector.map((x: { type: string }) => x.type)).toEqual(['TextQuoteSelector', 'TextPositionSelector']);
      }
      const found = reanchor(TEXT, annotations.map((a) => a.annotation.target.selector));
      expect(found).toEqual(annotations.map((a) => ({ quoteMatches: [a.quote], position: a.quote })));
    });

    it('positions count code points, not UTF-16 units (the control: stored offsets would miss)', async () => {
      const r = await s.gql(`{ claims(filter: {text: "bridge opens"}) { edges { node { attributions { start end annotation } } } } }`);
      const a = r.data.claims.edges.flatMap((e: any) => e.node.attributions).find((x: any) => x.annotation.target.selector[0].exact === QUOTE);
      const pos = a.annotation.target.selector[1];
      expect(pos.start).toBeLessThan(a.start);
      expect([...TEXT].slice(a.start, a.end).join('')).not.toBe(QUOTE);
      expect([...TEXT].slice(pos.start, pos.end).join('')).toBe(QUOTE);
    });

    it('every seed quote re-anchors the same way', async () => {
      const rows = await cypher<{ id: string; text: string }>(h, 'MATCH (s:Source) WHERE s.text IS NOT NULL RETURN s.id AS id, s.text AS text');
      let checked = 0;
      for (const src of rows) {
        const r = await s.gql(`query($id: ID!) { source(id: $id) { attributions(first: 100) { edges { node { quote annotation } } } } }`, { id: src.id });
        const nodes = r.data.source.attributions.edges.map((e: any) => e.node);
        const found = reanchor(src.text, nodes.map((n: any) => n.annotation.target.selector));
        expect(found).toEqual(nodes.map((n: any) => ({ quoteMatches: [n.quote], position: n.quote })));
        checked += nodes.length;
      }
      expect(checked).toBeGreaterThan(20);
    });
  });

  describe('PROV-O', () => {
    it('the provenance document expands with its bundled context and holds the chain from The Moscow Times through Izvestia', async () => {
      const r = await s.gql(`query($id: ID!) { provenanceDocument(claimId: $id) }`, { id: CLAIM });
      expect(r.errors).toBeUndefined();
      const expanded = await expand(r.data.provenanceDocument);
      const byId = new Map(expanded.map((n) => [n['@id'] as unknown as string, n]));
      const mt = byId.get('urn:claimgraph:src-002-moscow-times-eurasian-hr-group');
      expect(mt?.['@type']).toContain(`${PROV}Entity`);
      expect(values(mt, `${PROV}wasDerivedFrom`).map((x) => x['@id'])).toContain('urn:claimgraph:src-izvestia-eurasian-hr-group');
      expect(values(mt, `${PROV}wasAttributedTo`).map((x) => x['@id'])).toContain('urn:claimgraph:org-moscow-times');
      const quote = [...byId.values()].find((n) => values(n, `${PROV}wasQuotedFrom`).some((x) => x['@id'] === 'urn:claimgraph:src-002-moscow-times-eurasian-hr-group'));
      expect(literal(quote, `${PROV}value`)).toBe('while being less "politically engaged,"');
      expect(values(quote, `${PROV}wasAttributedTo`).map((x) => x['@id'])).toEqual(['urn:claimgraph:org-izvestia']);
      const saying = byId.get(values(quote, `${PROV}wasGeneratedBy`)[0]['@id'] as unknown as string);
      expect(saying?.['@type']).toContain(`${PROV}Activity`);
      expect(byId.get('urn:claimgraph:org-izvestia')?.['@type']).toContain(`${PROV}Agent`);
      const izvestia = byId.get('urn:claimgraph:src-izvestia-eurasian-hr-group');
      expect(izvestia?.['@type']).toContain(`${PROV}Entity`);
      expect(byId.get('urn:claimgraph:src-002-moscow-times-eurasian-hr-group#publication')?.[`${PROV}used`]).toEqual([{ '@id': 'urn:claimgraph:src-izvestia-eurasian-hr-group' }]);
    });

    it('an unknown claim has no provenance document', async () => {
      const r = await s.gql(`{ provenanceDocument(claimId: "claim-nope") }`);
      expect(r.data.provenanceDocument).toBeNull();
    });
  });
});
