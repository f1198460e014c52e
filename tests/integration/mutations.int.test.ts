import { createHash } from 'node:crypto';
import * as fx from '../support/fixtures';
import { cypher, seededServer, serve, type Harness, type Served } from '../support/harness';

const EDITOR = { authorization: 'Bearer editor-key-0001' };
const ADMIN = { authorization: 'Bearer admin-key-00001' };
const KEYS = `ed:editor:editor-key-0001,ad:admin:admin-key-00001,${fx.FIXTURE_KEYS}`;
const SRC = 'src-000-moskalkova-leaves-ennhri';
const num = (v: unknown) => Number(v);

async function counts(h: Harness) {
  const [r] = await cypher<Record<string, number>>(
    h,
    'RETURN COUNT { (:Node) } AS nodes, COUNT { ()-[]->() } AS rels, COUNT { (:Change) } AS changes, COUNT { (:Claim) } AS claims',
  );
  return Object.fromEntries(Object.entries(r).map(([k, v]) => [k, num(v)]));
}

describe('write API', () => {
  const t = seededServer({ API_KEYS: KEYS });
  let h: Harness;
  let s: Served;
  beforeAll(() => ({ h, s } = t));

  const addActor = async (name: string, kind = 'PERSON', headers = EDITOR) =>
    s.gql(`mutation($i: AddActorInput!) { addActor(input: $i) { actor { id name aliases } change { id by operation } } }`, { i: { kind, name, aliases: [`${name} alias`] } }, headers);

  const addSource = async (text: string, extra: Record<string, unknown> = {}) =>
    s.gql(`mutation($i: AddSourceInput!) { addSource(input: $i) { source { id text textSha256 url } change { id } } }`, { i: { title: 'A test source', kind: 'ARTICLE', text, ...extra } }, EDITOR);

  /**
   * A claim of its own for one test: a new speaker, a new source whose text holds two
   * quotable spans, and the claim attributed to the first. Tests that change a claim use
   * one, so no test depends on what an earlier one wrote.
   */
  async function fixtureClaim() {
    const tag = fx.uniqueTag('mut');
    const speakerId = await fx.addActor(s, `Speaker ${tag}`);
    const sourceId = await fx.addSource(s, `Source ${tag}. The first quotable words. The second quotable words.`);
    const said = { speakerId, sourceId, quote: 'The first quotable words' };
    const { claimId, attributionId } = await fx.addClaim(s, `Claim ${tag}.`, [], said);
    return { claimId, attributionId, speakerId, sourceId, second: { ...said, quote: 'The second quotable words' } };
  }

  const ADD_CLAIM = `mutation($i: AddClaimInput!) { addClaim(input: $i) {
    claim { id text status attributions { id quote start end mode speaker { id } source { id text } } about { id } }
    change { id by operation details } } }`;

  describe('happy paths', () => {
    it('addSource computes the SHA-256 and records who added it', async () => {
      const r = await addSource('The minister said the bridge will open in May. Critics disagree.', { url: 'https://example.org/bridge' });
      expect(r.errors).toBeUndefined();
      const src = r.data.addSource.source;
      expect(src.textSha256).toBe(createHash('sha256').update(src.text).digest('hex'));
      const [n] = await cypher(h, 'MATCH (s:Source {id: $id}) RETURN s.createdBy AS by', { id: src.id });
      expect(n.by).toBe('ed');
    });

    it('addClaim creates the claim with its first attribution, the span found by the server', async () => {
      const speaker = (await addActor('Minister Example')).data.addActor.actor.id;
      const src = (await addSource('The minister said the bridge will open in June. Critics disagree.')).data.addSource.source;
      const r = await s.gql(ADD_CLAIM, {
        i: { text: 'The bridge will open in June.', aboutIds: ['org-ennhri'], attribution: { speakerId: speaker, sourceId: src.id, mode: 'PARAPHRASE', quote: 'the bridge will open in June' } },
      }, EDITOR);
      expect(r.errors).toBeUndefined();
      const claim = r.data.addClaim.claim;
      const a = claim.attributions[0];
      expect(a.source.text.slice(a.start, a.end)).toBe(a.quote);
      expect(claim.about).toEqual([{ id: 'org-ennhri' }]);
      expect(r.data.addClaim.change).toMatchObject({ by: 'ed', operation: 'addClaim' });
    });

    it('addAttribution, linkClaims, unlinkClaims, setAbout, updateActor and updateSource each record a Change', async () => {
      const a = await s.gql(
        `mutation($i: AddAttributionInput!) { addAttribution(input: $i) { attribution { id quote speaker { id } } claim { id attributions { id } } change { operation } } }`,
        { i: { claimId: 'claim-moskalkova-withdrawal', attribution: { speakerId: 'org-russian-ombudsman', sourceId: SRC, mode: 'PARAPHRASE', quote: 'circulated through a dedicated telegraph channel' } } },
        EDITOR,
      );
      expect(a.errors).toBeUndefined();
      expect(a.data.addAttribution.claim.attributions).toHaveLength(2);

      const link = await s.gql(
        `mutation($i: LinkClaimsInput!) { linkClaims(input: $i) { from { id supports { id } } to { id supportedBy { id } } change { operation } } }`,
        { i: { fromId: 'claim-moskalkova-withdrawal', toId: 'claim-ennhri-board-disconnect', kind: 'SUPPORTS', basis: 'test basis' } },
        EDITOR,
      );
      expect(link.errors).toBeUndefined();
      expect(link.data.linkClaims.to.supportedBy.map((c: any) => c.id)).toContain('claim-moskalkova-withdrawal');

      const unlink = await s.gql(
        `mutation($i: UnlinkClaimsInput!) { unlinkClaims(input: $i) { to { supportedBy { id } } change { details } } }`,
        { i: { fromId: 'claim-moskalkova-withdrawal', toId: 'claim-ennhri-board-disconnect', kind: 'SUPPORTS', reason: 'was a test' } },
        EDITOR,
      );
      expect(unlink.data.unlinkClaims.to.supportedBy.map((c: any) => c.id)).not.toContain('claim-moskalkova-withdrawal');
      expect(unlink.data.unlinkClaims.change.details.before).toMatchObject({ kind: 'SUPPORTS', basis: 'test basis' });

      const about = await s.gql(
        `mutation($i: SetAboutInput!) { setAbout(input: $i) { claim { about { id } } change { details } } }`,
        { i: { claimId: 'claim-ennhri-board-disconnect', aboutIds: ['org-ennhri', 'person-tatyana-moskalkova'] } },
        EDITOR,
      );
      expect(about.data.setAbout.claim.about.map((x: any) => x.id).sort()).toEqual(['org-ennhri', 'person-tatyana-moskalkova']);
      expect(about.data.setAbout.change.details.before.aboutIds).toEqual(['org-ennhri']);

      const upd = await s.gql(
        `mutation($i: UpdateActorInput!) { updateActor(input: $i) { actor { name aliases ... on Person { positions { title organisation { id } } } } change { details } } }`,
        { i: { id: 'person-valery-fadeev', name: 'Valeriy Fadeev', addPositions: [{ organisationId: 'org-russia-presidential-hrc', title: 'chairman', to: '2024' }] } },
        EDITOR,
      );
      expect(upd.errors).toBeUndefined();
      expect(upd.data.updateActor.actor.aliases).toContain('Valery Fadeev');
      expect(upd.data.updateActor.change.details).toMatchObject({ before: { name: 'Valery Fadeev' }, after: { name: 'Valeriy Fadeev' } });
      const found = await s.gql('{ search(query: "Valery", kinds: [PERSON]) { edges { node { id } } } }');
      expect(found.data.search.edges.map((e: any) => e.node.id)).toContain('person-valery-fadeev');

      const src = await s.gql(
        `mutation($i: UpdateSourceInput!) { updateSource(input: $i) { source { text textSha256 title } change { details } } }`,
        { i: { id: 'src-izvestia-eurasian-hr-group', text: 'Izvestia text captured later.', title: 'Izvestia (captured)' } },
        EDITOR,
      );
      expect(src.errors).toBeUndefined();
      expect(src.data.updateSource.source.textSha256).toHaveLength(64);
    });
  });

  describe('invariants', () => {
    it.each([
      ['a quote that is not in the source', { quote: 'words nobody wrote' }, 'input.attribution.quote', 'BAD_USER_INPUT'],
      ['an unknown speaker', { speakerId: 'person-nobody' }, 'input.attribution.speakerId', 'BAD_USER_INPUT'],
      ['a speaker that is a source', { speakerId: SRC }, 'input.attribution.speakerId', 'BAD_USER_INPUT'],
      ['an unknown source', { sourceId: 'src-nothing' }, 'input.attribution.sourceId', 'BAD_USER_INPUT'],
      ['a repeated quote without occurrence', { quote: 'ENRI' }, 'input.attribution.occurrence', 'BAD_USER_INPUT'],
      ['a bad date', { saidAt: '2023-02-30' }, null, 'BAD_USER_INPUT'],
      ['an empty quote', { quote: '' }, 'input.attribution.quote', 'BAD_USER_INPUT'],
    ])('addClaim refuses %s, naming the field, and writes nothing', async (_what, change, field, code) => {
      const before = await counts(h);
      const attribution = { speakerId: 'person-tatyana-moskalkova', sourceId: SRC, mode: 'PARAPHRASE', quote: 'Russia announced its decision', ...change };
      const r = await s.gql(ADD_CLAIM, { i: { text: 'Some claim.', attribution } }, EDITOR);
      expect(r.errors![0].extensions!.code).toBe(code);
      // The PartialDate scalar refuses a bad date before any resolver runs: no field, but the message names the value.
      if (field) expect(r.errors![0].extensions!.field).toBe(field);
      else expect(r.errors![0].message).toContain('"2023-02-30"');
      expect(await counts(h)).toEqual(before);
    });

    it('refuses a duplicate URL or text, pointing at the existing source', async () => {
      const first = await addSource('A text that exists once.', { url: 'https://example.org/once' });
      const id = first.data.addSource.source.id;
      const byUrl = await addSource('Another text.', { url: 'https://example.org/once' });
      expect(byUrl.errors![0].extensions).toMatchObject({ code: 'CONFLICT', existingId: id, field: 'input.url' });
      const byText = await addSource('A text that exists once.');
      expect(byText.errors![0].extensions).toMatchObject({ code: 'CONFLICT', existingId: id, field: 'input.text' });
    });

    it('never replaces a stored text', async () => {
      const r = await s.gql('mutation { updateSource(input: {id: "src-000-moskalkova-leaves-ennhri", text: "rewritten"}) { source { id } } }', {}, EDITOR);
      expect(r.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    });

    it('refuses to retract the last active attribution of an active claim', async () => {
      const { claimId, attributionId } = await fixtureClaim();
      const before = await counts(h);
      const r = await s.gql('mutation($id: ID!) { retractAttribution(input: {id: $id, reason: "x"}) { attribution { id } } }', { id: attributionId }, ADMIN);
      expect(r.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
      expect(r.errors![0].message).toMatch(/last active attribution/);
      expect(await counts(h)).toEqual(before);
      const [a] = await cypher(h, 'MATCH (a:Attribution {id: $id})-[:OF]->(:Claim {id: $claimId}) RETURN a.status AS status', { id: attributionId, claimId });
      expect(a.status).toBe('ACTIVE');
    });

    it('unlinks a CONTRADICTS pair named in either order, and refuses an unknown link', async () => {
      const [a, b] = [(await fixtureClaim()).claimId, (await fixtureClaim()).claimId];
      await fx.linkClaims(s, b, a, 'CONTRADICTS');
      const UNLINK = 'mutation($a: ID!, $b: ID!) { unlinkClaims(input: {fromId: $a, toId: $b, kind: CONTRADICTS, reason: "test"}) { from { counterclaims { id } } } }';
      const r = await s.gql(UNLINK, { a, b }, EDITOR);
      expect(r.errors).toBeUndefined();
      expect(r.data.unlinkClaims.from.counterclaims).toEqual([]);
      const again = await s.gql(UNLINK, { a, b }, EDITOR);
      expect(again.errors![0].extensions!.code).toBe('NOT_FOUND');
    });

    it('refuses to link a claim to itself, or twice', async () => {
      const [a, b] = [(await fixtureClaim()).claimId, (await fixtureClaim()).claimId];
      const LINK = 'mutation($a: ID!, $b: ID!) { linkClaims(input: {fromId: $a, toId: $b, kind: CONTRADICTS, basis: "x"}) { from { id } } }';
      const self = await s.gql(LINK, { a, b: a }, EDITOR);
      expect(self.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
      await fx.linkClaims(s, a, b, 'CONTRADICTS');
      // CONTRADICTS has no direction: the same pair named the other way round is the same link.
      const again = await s.gql(LINK, { a: b, b: a }, EDITOR);
      expect(again.errors![0].extensions!.code).toBe('CONFLICT');
    });

    it('names the field of a malformed input', async () => {
      const r = await s.gql('mutation { addActor(input: {kind: ORGANISATION, name: "X", country: "Russia"}) { actor { id } } }', {}, EDITOR);
      expect(r.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.country' });
      const long = await s.gql('mutation($n: String!) { addActor(input: {kind: PERSON, name: $n}) { actor { id } } }', { n: 'x'.repeat(301) }, EDITOR);
      expect(long.errors![0].message).toMatch(/input.name: must be at most 300 characters/);
    });

    it('leaves no trace when a mutation fails half-way', async () => {
      const before = await counts(h);
      let statements = 0;
      s.app.writes.afterStatement = () => {
        statements += 1;
        if (statements === 3) throw new Error('injected failure after the first writes');
      };
      try {
        const r = await s.gql(ADD_CLAIM, {
          i: { text: 'Half-written claim.', attribution: { speakerId: 'person-tatyana-moskalkova', sourceId: SRC, mode: 'PARAPHRASE', quote: 'Russia announced its decision' } },
        }, EDITOR);
        expect(r.errors![0].extensions!.code).toBe('INTERNAL_SERVER_ERROR');
      } finally {
        s.app.writes.afterStatement = null;
      }
      expect(statements).toBeGreaterThanOrEqual(3);
      expect(await counts(h)).toEqual(before);
      const orphans = await cypher(h, "MATCH (c:Claim {text: 'Half-written claim.'}) RETURN c");
      expect(orphans).toEqual([]);
    });
  });

  describe('auth', () => {
    /** Each operation with the role it needs and a mutation on fixtures of its own, so it succeeds whenever the key allows. */
    const ops: [string, 'editor' | 'admin', () => Promise<string>][] = [
      ['addSource', 'editor', async () => `mutation { addSource(input: {title: "t", kind: ARTICLE, url: "https://example.org/${fx.uniqueTag('auth')}"}) { source { id } } }`],
      ['updateSource', 'editor', async () => `mutation { updateSource(input: {id: "${(await fixtureClaim()).sourceId}", title: "t2"}) { source { id } } }`],
      ['addActor', 'editor', async () => `mutation { addActor(input: {kind: PERSON, name: "${fx.uniqueTag('Auth Test')}"}) { actor { id } } }`],
      ['updateActor', 'editor', async () => `mutation { updateActor(input: {id: "${(await fixtureClaim()).speakerId}", addAliases: ["Another name"]}) { actor { id } } }`],
      ['addClaim', 'editor', async () => {
        const f = await fixtureClaim();
        return `mutation { addClaim(input: {text: "c", attribution: {speakerId: "${f.speakerId}", sourceId: "${f.sourceId}", mode: PARAPHRASE, quote: "${f.second.quote}"}}) { claim { id } } }`;
      }],
      ['addAttribution', 'editor', async () => {
        const f = await fixtureClaim();
        return `mutation { addAttribution(input: {claimId: "${f.claimId}", attribution: {speakerId: "${f.speakerId}", sourceId: "${f.sourceId}", mode: PARAPHRASE, quote: "${f.second.quote}"}}) { attribution { id } } }`;
      }],
      ['linkClaims', 'editor', async () => `mutation { linkClaims(input: {fromId: "${(await fixtureClaim()).claimId}", toId: "${(await fixtureClaim()).claimId}", kind: SUPPORTS, basis: "b"}) { from { id } } }`],
      ['unlinkClaims', 'editor', async () => {
        const [a, b] = [(await fixtureClaim()).claimId, (await fixtureClaim()).claimId];
        await fx.linkClaims(s, a, b, 'SUPPORTS');
        return `mutation { unlinkClaims(input: {fromId: "${a}", toId: "${b}", kind: SUPPORTS, reason: "r"}) { from { id } } }`;
      }],
      ['setAbout', 'editor', async () => `mutation { setAbout(input: {claimId: "${(await fixtureClaim()).claimId}", aboutIds: ["org-ennhri"]}) { claim { id } } }`],
      ['retractClaim', 'admin', async () => `mutation { retractClaim(input: {id: "${(await fixtureClaim()).claimId}", reason: "r"}) { claim { id } } }`],
      ['supersedeClaim', 'admin', async () => `mutation { supersedeClaim(input: {id: "${(await fixtureClaim()).claimId}", supersededById: "${(await fixtureClaim()).claimId}", reason: "r"}) { claim { id } } }`],
      ['retractAttribution', 'admin', async () => {
        // A claim with two attributions: retracting one is allowed, the last one is not.
        const f = await fixtureClaim();
        await fx.addAttribution(s, f.claimId, f.second);
        return `mutation { retractAttribution(input: {id: "${f.attributionId}", reason: "r"}) { attribution { id } } }`;
      }],
      ['mergeActors', 'admin', async () => `mutation { mergeActors(input: {survivorId: "${await fx.addActor(s, fx.uniqueTag('Survivor'))}", mergedId: "${await fx.addActor(s, fx.uniqueTag('Merged'))}"}) { actor { id } } }`],
    ];

    it.each(ops)('%s: no key → UNAUTHENTICATED, a wrong key → UNAUTHENTICATED, and nothing is written', async (_op, _role, build) => {
      const m = await build();
      const before = await counts(h);
      expect((await s.gql(m)).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
      const wrong = await s.gql(m, {}, { authorization: 'Bearer not-a-key-at-all' });
      expect(wrong.status).toBe(401);
      expect(wrong.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
      expect(await counts(h)).toEqual(before);
    });

    it.each(ops)('%s: an editor may only do editor work; an admin may do it all', async (_op, role, build) => {
      const m = await build();
      const before = await counts(h);
      const asEditor = await s.gql(m, {}, EDITOR);
      if (role === 'admin') {
        expect(asEditor.errors![0].extensions!.code).toBe('FORBIDDEN');
        expect(await counts(h)).toEqual(before);
        const asAdmin = await s.gql(m, {}, ADMIN);
        expect(asAdmin.errors).toBeUndefined();
      } else {
        expect(asEditor.errors).toBeUndefined();
      }
      expect((await counts(h)).changes).toBe(before.changes + 1);
    });

    it('needs a key for reads too when READ_REQUIRES_KEY is on', async () => {
      const closed = await serve(h, { readRequiresKey: true });
      try {
        const anon = await closed.gql('{ claim(id: "claim-moskalkova-withdrawal") { id } }');
        expect(anon.status).toBe(401);
        expect(anon.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
        const keyed = await closed.gql('{ claim(id: "claim-moskalkova-withdrawal") { id } }', {}, EDITOR);
        expect(keyed.data.claim.id).toBe('claim-moskalkova-withdrawal');
      } finally {
        await closed.close();
      }
    });
  });

  describe('history', () => {
    it('lists a node’s changes oldest first, with who, when and what changed', async () => {
      const actor = (await addActor('History Person')).data.addActor.actor.id;
      await s.gql(`mutation { updateActor(input: {id: "${actor}", description: "first"}) { actor { id } } }`, {}, EDITOR);
      await s.gql(`mutation { updateActor(input: {id: "${actor}", description: "second"}) { actor { id } } }`, {}, EDITOR);
      const r = await s.gql(`{ history(id: "${actor}") { operation by at details changedIds } }`);
      const hist = r.data.history;
      expect(hist.map((c: any) => c.operation)).toEqual(['addActor', 'updateActor', 'updateActor']);
      expect(hist.every((c: any) => c.by === 'ed' && c.changedIds.includes(actor))).toBe(true);
      expect([...hist.map((c: any) => c.at)].sort()).toEqual(hist.map((c: any) => c.at));
      expect(hist[2].details).toMatchObject({ before: { description: 'first' }, after: { description: 'second' } });
    });

    it('exposes createdBy, createdAt and updatedAt', async () => {
      const r = await s.gql('{ claim(id: "claim-moskalkova-withdrawal") { createdBy createdAt updatedAt } }');
      expect(r.data.claim.createdBy).toBe('seed');
      expect(Date.parse(r.data.claim.createdAt)).not.toBeNaN();
    });
  });

  describe('retraction', () => {
    it('hides a retracted claim from reads by default and shows it when asked, with its reason', async () => {
      const retracted = await fixtureClaim();
      const other = (await fixtureClaim()).claimId;
      await fx.linkClaims(s, other, retracted.claimId, 'CONTRADICTS');
      const id = retracted.claimId;
      const r = await s.gql('mutation($id: ID!) { retractClaim(input: {id: $id, reason: "mis-attributed"}) { claim { status statusReason } change { operation } } }', { id }, ADMIN);
      expect(r.data.retractClaim.claim).toEqual({ status: 'RETRACTED', statusReason: 'mis-attributed' });
      const bySpeaker = (includeRetracted: boolean) =>
        s.gql('query($f: ClaimFilter) { claims(filter: $f, first: 50) { edges { node { id } } } }', { f: { speakerId: retracted.speakerId, includeRetracted } });
      expect((await bySpeaker(false)).data.claims.edges).toEqual([]);
      expect((await bySpeaker(true)).data.claims.edges).toEqual([{ node: { id } }]);
      const counter = await s.gql('query($id: ID!) { claim(id: $id) { counterclaims { id } all: counterclaims(includeRetracted: true) { id } } }', { id: other });
      expect(counter.data.claim).toEqual({ counterclaims: [], all: [{ id }] });
      const [n] = await cypher(h, 'MATCH (c:Claim {id: $id}) RETURN c.status AS status', { id });
      expect(n.status).toBe('RETRACTED');
    });

    it('hides a retracted attribution by default and keeps it', async () => {
      const f = await fixtureClaim();
      const speakerId = await fx.addActor(s, fx.uniqueTag('Second speaker'));
      const id = await fx.addAttribution(s, f.claimId, { ...f.second, speakerId });
      const r = await s.gql(`mutation { retractAttribution(input: {id: "${id}", reason: "duplicate"}) { claim { attributions { id } all: attributions(includeRetracted: true) { id status } } } }`, {}, ADMIN);
      expect(r.errors).toBeUndefined();
      expect(r.data.retractAttribution.claim.attributions).toEqual([{ id: f.attributionId }]);
      expect(r.data.retractAttribution.claim.all).toContainEqual({ id, status: 'RETRACTED' });
      const statements = await s.gql('query($id: ID!) { actor(id: $id) { statements(first: 50) { edges { node { id } } } } }', { id: speakerId });
      expect(statements.data.actor.statements.edges).toEqual([]);
    });
  });

  describe('merge', () => {
    it('moves aliases, mentions and every relationship to the survivor, and the old id resolves to it', async () => {
      // A duplicate is refused now (docs/entity-resolution.md); an editor who insists it is another
      // person gets it in with notDuplicateOf, and the merge undoes that (and drops the DIFFERENT_FROM).
      const refused = await addActor('Tanya Lokshina (duplicate)');
      expect(refused.errors?.[0].extensions?.code).toBe('DUPLICATE_SUSPECTED');
      const dup = (
        await s.gql(`mutation($i: AddActorInput!) { addActor(input: $i) { actor { id } } }`, {
          i: { kind: 'PERSON', name: 'Tanya Lokshina (duplicate)', aliases: ['Tanya Lokshina (duplicate) alias'], notDuplicateOf: ['person-tanya-lokshina'] },
        }, EDITOR)
      ).data.addActor.actor.id;
      await s.gql(ADD_CLAIM, {
        i: { text: 'A claim by the duplicate.', aboutIds: [dup], attribution: { speakerId: dup, sourceId: 'src-002-moscow-times-eurasian-hr-group', mode: 'PARAPHRASE', quote: 'Humanitarian work is a very different undertaking' } },
      }, EDITOR);
      const relsOf = async (id: string) => num((await cypher<{ c: number }>(h, 'MATCH (n:Node {id: $id})-[r]-() WHERE NOT type(r) IN ["CHANGED", "MERGED_INTO", "DIFFERENT_FROM"] RETURN count(r) AS c', { id }))[0].c);
      const survivorBefore = await relsOf('person-tanya-lokshina');
      const dupBefore = await relsOf(dup);
      expect(dupBefore).toBe(2);
      const r = await s.gql(`mutation { mergeActors(input: {survivorId: "person-tanya-lokshina", mergedId: "${dup}"}) { actor { id aliases mergedIds statements(first: 50) { edges { node { id } } } } change { changedIds } } }`, {}, ADMIN);
      expect(r.errors).toBeUndefined();
      const actor = r.data.mergeActors.actor;
      expect(actor.aliases).toEqual(expect.arrayContaining(['Tanya Lokshina (duplicate)', 'Tanya Lokshina (duplicate) alias']));
      expect(actor.mergedIds).toContain(dup);
      expect(await relsOf('person-tanya-lokshina')).toBe(survivorBefore + dupBefore);
      expect(await relsOf(dup)).toBe(0);
      expect(await cypher(h, 'MATCH (:Node {id: $dup})-[r:DIFFERENT_FROM]-() RETURN r', { dup })).toEqual([]);
      const resolved = await s.gql(`{ node(id: "${dup}") { id } actor(id: "${dup}") { id } }`);
      expect(resolved.data).toEqual({ node: { id: 'person-tanya-lokshina' }, actor: { id: 'person-tanya-lokshina' } });
      const history = await s.gql(`{ history(id: "${dup}") { operation } }`);
      expect(history.data.history.map((c: any) => c.operation)).toEqual(['addActor', 'mergeActors']);
      const searched = await s.gql('{ search(query: "duplicate", kinds: [PERSON]) { edges { node { id } } } }');
      expect(searched.data.search.edges.map((e: any) => e.node.id)).toEqual(['person-tanya-lokshina']);
    });

    it('refuses to merge a person into an organisation', async () => {
      const r = await s.gql('mutation { mergeActors(input: {survivorId: "org-ennhri", mergedId: "person-scott-bertsch"}) { actor { id } } }', {}, ADMIN);
      expect(r.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    });
  });

  describe('concurrency and retries', () => {
    it('two concurrent merges of the same pair leave one merge and a consistent graph', async () => {
      const a = (await addActor('Twin A')).data.addActor.actor.id;
      const b = (await addActor('Twin B')).data.addActor.actor.id;
      const m = (x: string, y: string) => s.gql(`mutation { mergeActors(input: {survivorId: "${x}", mergedId: "${y}"}) { actor { id } } }`, {}, ADMIN);
      const [r1, r2] = await Promise.all([m(a, b), m(b, a)]);
      expect([r1, r2].filter((r) => !r.errors)).toHaveLength(1);
      const [state] = await cypher<{ actors: number; merged: number; links: number }>(
        h,
        'MATCH (n:Node) WHERE n.id IN $ids RETURN count(CASE WHEN n:Actor THEN 1 END) AS actors, count(CASE WHEN n:MergedActor THEN 1 END) AS merged, COUNT { (x:Node)-[:MERGED_INTO]->(y:Node) WHERE x.id IN $ids AND y.id IN $ids } AS links',
        { ids: [a, b] },
      );
      expect([num(state.actors), num(state.merged), num(state.links)]).toEqual([1, 1, 1]);
    });

    it('two concurrent identical links create one link', async () => {
      const [a, b] = [(await fixtureClaim()).claimId, (await fixtureClaim()).claimId];
      const link = () => s.gql('mutation($a: ID!, $b: ID!) { linkClaims(input: {fromId: $a, toId: $b, kind: SUPPORTS, basis: "race"}) { from { id } } }', { a, b }, EDITOR);
      const results = await Promise.all([link(), link(), link()]);
      expect(results.filter((r) => !r.errors)).toHaveLength(1);
      expect(results.filter((r) => r.errors).every((r) => r.errors![0].extensions!.code === 'CONFLICT')).toBe(true);
      const [c] = await cypher<{ c: number }>(h, 'MATCH (:Claim {id: $a})-[r:SUPPORTS]->(:Claim {id: $b}) RETURN count(r) AS c', { a, b });
      expect(num(c.c)).toBe(1);
    });

    it('a retried mutation with the same idempotency key creates nothing twice', async () => {
      const input = { kind: 'PERSON', name: 'Retry Person', idempotencyKey: 'retry-key-0001' };
      const q = 'mutation($i: AddActorInput!) { addActor(input: $i) { actor { id } change { id } } }';
      const first = await s.gql(q, { i: input }, EDITOR);
      const before = await counts(h);
      const second = await s.gql(q, { i: input }, EDITOR);
      expect(second.data.addActor).toEqual(first.data.addActor);
      expect(await counts(h)).toEqual(before);
      const other = await s.gql(q, { i: { ...input, name: 'Someone Else' } }, EDITOR);
      expect(other.errors![0].extensions!.code).toBe('CONFLICT');
    });

    it('accepts the key as an Idempotency-Key header too', async () => {
      const q = 'mutation { addActor(input: {kind: PERSON, name: "Header Retry"}) { actor { id } } }';
      const headers = { ...EDITOR, 'idempotency-key': 'header-key-0001' };
      const [a, b] = await Promise.all([s.gql(q, {}, headers), s.gql(q, {}, headers)]);
      expect(a.data.addActor.actor.id).toBe(b.data.addActor.actor.id);
      const [c] = await cypher<{ c: number }>(h, "MATCH (p:Person {name: 'Header Retry'}) RETURN count(p) AS c");
      expect(num(c.c)).toBe(1);
    });
  });
});
