import { createHash } from 'node:crypto';
import * as fx from '../support/fixtures';
import { cypher, seededServer, type Harness, type Served } from '../support/harness';

const EDITOR = { authorization: 'Bearer desk-editor-key-01' };
const EDITOR2 = { authorization: 'Bearer desk-editor-key-02' };
const KEYS = `ed:editor:desk-editor-key-01,ed2:editor:desk-editor-key-02,${fx.FIXTURE_KEYS}`;

const SAVE = `mutation($i: SaveArticleInput!) { saveArticle(input: $i) {
  revision replayed source { id text textSha256 publisher { id } }
  actors { ref id } citedSources { ref id } claims { ref id }
  attributions { id start end quote mode status speaker { id name } claim { id text } via { id } }
  change { id by operation } } }`;
const DESK = `query($id: ID!) { deskSource(id: $id) { revision text textSha256 source { id title }
  attributions { id start end quote status statusReason speaker { id } claim { id status } } } }`;
const UNDO = `mutation($i: RetractInput!) { undoDeskAttribution(input: $i) {
  claimRetracted attribution { id status statusReason } claim { id status } change { id operation by } } }`;

/** An invented article, unique per call so each test writes its own source. */
function article(tag: string) {
  const text =
    `Harbour ${tag}: Port director Elsa Varga said on Monday that "the new quay will open in May". ` +
    `The city council disputed this, saying the quay would not open before autumn. ` +
    `According to the regional gazette, Varga added that "dredging is finished".`;
  const span = (quote: string) => {
    const start = text.indexOf(quote);
    if (start < 0) throw new Error(`test article lacks ${quote}`);
    return { start, end: start + quote.length, quote };
  };
  return { text, span };
}

async function counts(h: Harness) {
  const [r] = await cypher<Record<string, unknown>>(h, 'RETURN COUNT { (:Node) } AS nodes, COUNT { ()-[]->() } AS rels');
  return { nodes: Number(r.nodes), rels: Number(r.rels) };
}

describe('curation desk API', () => {
  const t = seededServer({ API_KEYS: KEYS });
  let h: Harness;
  let s: Served;
  beforeAll(() => ({ h, s } = t));

  /** A council organisation and an existing claim it made, to attach to and contradict. */
  async function existingClaim(tag: string) {
    const councilId = (await fx.write(s, 'mutation($i: AddActorInput!) { addActor(input: $i) { actor { id } } }', { kind: 'ORGANISATION', name: `Harbour Council ${tag}` })).addActor.actor.id as string;
    const sourceId = await fx.addSource(s, `Council bulletin ${tag}: the quay will not open before autumn.`);
    const { claimId } = await fx.addClaim(s, `The quay ${tag} will not open before autumn.`, [], { speakerId: councilId, sourceId, quote: 'the quay will not open before autumn' });
    return { councilId, claimId };
  }

  function happyInput(tag: string, ex: { councilId: string; claimId: string }) {
    const a = article(tag);
    return {
      a,
      input: {
        idempotencyKey: `desk-happy-${tag}`,
        source: { title: `Quay opening ${tag}`, text: a.text, url: `https://example.org/quay/${tag}`, publishedAt: '2026-03', language: 'en', publisherRef: 'gazette' },
        actors: [
          { ref: 'varga', kind: 'PERSON', name: `Elsa Varga ${tag}`, aliases: [`E. Varga ${tag}`], description: 'Port director' },
          { ref: 'gazette', kind: 'ORGANISATION', name: `Regional Gazette ${tag}` },
        ],
        citedSources: [{ ref: 'gz', title: `Gazette report ${tag}`, publisherRef: 'gazette' }],
        claims: [
          { ref: 'opens', text: `The new quay ${tag} will open in May.` },
          { ref: 'dredged', text: `Dredging at the quay ${tag} is finished.` },
        ],
        attributions: [
          { speakerRef: 'varga', ...a.span('the new quay will open in May'), mode: 'DIRECT_QUOTE', claimRef: 'opens', saidAt: '2026-03-02' },
          { speakerId: ex.councilId, ...a.span('the quay would not open before autumn'), mode: 'PARAPHRASE', claimId: ex.claimId },
          { speakerRef: 'varga', ...a.span('dredging is finished'), mode: 'DIRECT_QUOTE', claimRef: 'dredged', viaRefs: ['gz'] },
        ],
        links: [{ from: { ref: 'opens' }, to: { id: ex.claimId }, kind: 'CONTRADICTS', basis: 'May against autumn' }],
      },
    };
  }

  it('saves a new article with a new speaker, three attributions, an attached claim and a CONTRADICTS link in one Change', async () => {
    const tag = fx.uniqueTag('desk');
    const ex = await existingClaim(tag);
    const { a, input } = happyInput(tag, ex);
    const r = await s.gql(SAVE, { i: input }, EDITOR);
    expect(r.errors).toBeUndefined();
    const p = r.data.saveArticle;
    expect(p.replayed).toBe(false);
    expect(p.source.text).toBe(a.text);
    expect(p.source.textSha256).toBe(createHash('sha256').update(a.text).digest('hex'));
    const ids = Object.fromEntries([...p.actors, ...p.claims, ...p.citedSources].map((x: { ref: string; id: string }) => [x.ref, x.id]));
    expect(p.source.publisher.id).toBe(ids.gazette);
    expect(p.attributions.map((x: { quote: string }) => x.quote)).toEqual(input.attributions.map((x) => x.quote));
    for (const x of p.attributions) expect(a.text.slice(x.start, x.end)).toBe(x.quote);
    expect(p.attributions.map((x: { claim: { id: string } }) => x.claim.id)).toEqual([ids.opens, ex.claimId, ids.dredged]);
    expect(p.attributions[0].speaker).toEqual({ id: ids.varga, name: `Elsa Varga ${tag}` });
    expect(p.attributions[2].via).toEqual([{ id: ids.gz }]);
    expect(p.change).toMatchObject({ by: 'ed', operation: 'saveArticle' });

    const [link] = await cypher(h, 'MATCH (:Claim {id: $a})-[r:CONTRADICTS]->(:Claim {id: $b}) RETURN r.basis AS basis, r.createdBy AS by', { a: ids.opens, b: ex.claimId });
    expect(link).toEqual({ basis: 'May against autumn', by: 'ed' });
    const [change] = await cypher(h, 'MATCH (c:Change {id: $id}) RETURN COLLECT { MATCH (c)-[:CHANGED]->(n) RETURN n.id } AS ids', { id: p.change.id });
    expect(change.ids).toEqual(expect.arrayContaining([p.source.id, ids.varga, ids.gazette, ids.opens, ids.dredged, ...p.attributions.map((x: { id: string }) => x.id)]));

    const desk = (await s.gql(DESK, { id: p.source.id })).data.deskSource;
    expect(desk.revision).toBe(p.revision);
    expect(desk.attributions.map((x: { id: string }) => x.id).sort()).toEqual(p.attributions.map((x: { id: string }) => x.id).sort());
  });

  it('retried with the same key returns the first result and writes nothing twice', async () => {
    const tag = fx.uniqueTag('desk');
    const { input } = happyInput(tag, await existingClaim(tag));
    const first = await s.gql(SAVE, { i: input }, EDITOR);
    expect(first.errors).toBeUndefined();
    const before = await counts(h);
    const again = await s.gql(SAVE, { i: input }, EDITOR);
    expect(again.errors).toBeUndefined();
    expect(again.data.saveArticle.replayed).toBe(true);
    expect(again.data.saveArticle.source.id).toBe(first.data.saveArticle.source.id);
    expect(again.data.saveArticle.attributions.map((x: { id: string }) => x.id)).toEqual(first.data.saveArticle.attributions.map((x: { id: string }) => x.id));
    expect(again.data.saveArticle.change.id).toBe(first.data.saveArticle.change.id);
    expect(await counts(h)).toEqual(before);
    const changed = await s.gql(SAVE, { i: { ...input, claims: input.claims.map((c) => ({ ...c, text: `${c.text} (edited)` })) } }, EDITOR);
    expect(changed.errors![0].extensions).toMatchObject({ code: 'CONFLICT', field: 'idempotencyKey' });

    // The same article under a new key is another save: its text and URL are already held.
    const twice = await s.gql(SAVE, { i: { ...input, idempotencyKey: `${input.idempotencyKey}-again` } }, EDITOR);
    expect(twice.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(twice.errors![0].extensions!.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'source.text', code: 'CONFLICT', details: { existingId: first.data.saveArticle.source.id } }),
        expect.objectContaining({ path: 'source.url', code: 'CONFLICT' }),
      ]),
    );
    expect(await counts(h)).toEqual(before);
  });

  it('refuses a quote that is not the exact slice, and writes nothing', async () => {
    const tag = fx.uniqueTag('desk');
    const { input } = happyInput(tag, await existingClaim(tag));
    const before = await counts(h);
    const bad = { ...input, attributions: input.attributions.map((x, i) => (i === 1 ? { ...x, quote: x.quote.replace('autumn', 'Autumn') } : x)) };
    const r = await s.gql(SAVE, { i: bad }, EDITOR);
    expect(r.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(r.errors![0].extensions!.items).toEqual([
      { path: 'attributions.1.quote', code: 'BAD_USER_INPUT', message: expect.stringMatching(/is not the text at \d+–\d+, which reads "the quay would not open before autumn"/), details: expect.objectContaining({ expected: 'the quay would not open before autumn' }) },
    ]);
    expect(await counts(h)).toEqual(before);
  });

  it('reports every bad item at its path, not just the first', async () => {
    const tag = fx.uniqueTag('desk');
    const ex = await existingClaim(tag);
    const { a, input } = happyInput(tag, ex);
    const before = await counts(h);
    const bad = {
      ...input,
      attributions: [
        { ...input.attributions[0], quote: ` ${input.attributions[0].quote}`, start: input.attributions[0].start - 1 },
        { ...input.attributions[1], claimId: 'claim-does-not-exist' },
        { ...input.attributions[2], speakerRef: 'nobody', end: a.text.length + 5 },
      ],
      links: [{ from: { ref: 'opens' }, to: { ref: 'opens' }, kind: 'SUPPORTS', basis: 'self' }],
    };
    const r = await s.gql(SAVE, { i: bad }, EDITOR);
    const items = r.errors![0].extensions!.items as { path: string; code: string }[];
    expect(items.map((i) => [i.path, i.code])).toEqual(
      expect.arrayContaining([
        ['attributions.0.quote', 'BAD_USER_INPUT'],
        ['attributions.1.claimId', 'NOT_FOUND'],
        ['attributions.2.speakerRef', 'BAD_USER_INPUT'],
        ['attributions.2.end', 'BAD_USER_INPUT'],
        ['links.0.to', 'BAD_USER_INPUT'],
      ]),
    );
    expect(r.errors![0].message).toMatch(/^\d+ items need fixing/);
    expect(await counts(h)).toEqual(before);

    const typed = await s.gql(SAVE, { i: { ...input, source: { ...input.source, title: ' ', language: 'English!' }, attributions: [{ ...input.attributions[0], start: -1 }] } }, EDITOR);
    expect((typed.errors![0].extensions!.items as { path: string }[]).map((i) => i.path)).toEqual(
      expect.arrayContaining(['source.title', 'source.language', 'attributions.0.start']),
    );
  });

  it('refuses a new actor that looks like one in the graph, and records notDuplicateOf when the curator says they differ', async () => {
    const tag = fx.uniqueTag('desk');
    const ex = await existingClaim(tag);
    const existing = await fx.addActor(s, `Elsa Varga ${tag}`);
    const { input } = happyInput(tag, ex);
    const refused = await s.gql(SAVE, { i: { ...input, idempotencyKey: `${input.idempotencyKey}-1` } }, EDITOR);
    const [item] = refused.errors![0].extensions!.items as { path: string; code: string; details: { candidates: { id: string }[] } }[];
    expect(item).toMatchObject({ path: 'actors.0.name', code: 'DUPLICATE_SUSPECTED' });
    expect(item.details.candidates.map((c) => c.id)).toContain(existing);

    const actors = [{ ...input.actors[0], notDuplicateOf: [existing] }, input.actors[1]];
    const saved = await s.gql(SAVE, { i: { ...input, idempotencyKey: `${input.idempotencyKey}-2`, actors } }, EDITOR);
    expect(saved.errors).toBeUndefined();
    const varga = saved.data.saveArticle.actors.find((x: { ref: string }) => x.ref === 'varga').id;
    const different = await cypher(h, 'MATCH (a:Actor {id: $a})-[:DIFFERENT_FROM]-(b:Actor {id: $b}) RETURN count(*) AS n', { a: varga, b: existing });
    expect(Number(different[0].n)).toBe(1);
  });

  it('refuses a save over newer work as CONFLICT, with what the other editor added, and takes the merged save', async () => {
    const tag = fx.uniqueTag('desk');
    const ex = await existingClaim(tag);
    const { a, input } = happyInput(tag, ex);
    const first = await s.gql(SAVE, { i: { ...input, attributions: [input.attributions[0]], links: [], claims: [input.claims[0]], citedSources: [] } }, EDITOR);
    expect(first.errors).toBeUndefined();
    const sourceId = first.data.saveArticle.source.id;
    const opened = (await s.gql(DESK, { id: sourceId })).data.deskSource;
    const varga = first.data.saveArticle.actors.find((x: { ref: string }) => x.ref === 'varga').id;

    // A second editor, who opened the same revision, saves first.
    const theirs = await s.gql(SAVE, {
      i: { sourceId, baseRevision: opened.revision, idempotencyKey: `desk-theirs-${tag}`, attributions: [{ speakerId: ex.councilId, ...a.span('the quay would not open before autumn'), mode: 'PARAPHRASE', claimId: ex.claimId }] },
    }, EDITOR2);
    expect(theirs.errors).toBeUndefined();
    const theirId = theirs.data.saveArticle.attributions[0].id;

    const before = await counts(h);
    const mine = { sourceId, baseRevision: opened.revision, idempotencyKey: `desk-mine-${tag}`, claims: [{ ref: 'd', text: `Dredging ${tag} is finished.` }], attributions: [{ speakerId: varga, ...a.span('dredging is finished'), mode: 'DIRECT_QUOTE', claimRef: 'd' }] };
    const stale = await s.gql(SAVE, { i: mine }, EDITOR);
    const e = stale.errors![0];
    expect(e.extensions).toMatchObject({ code: 'CONFLICT', reason: 'STALE_REVISION', currentRevision: theirs.data.saveArticle.revision, baseRevision: opened.revision });
    expect((e.extensions!.added as { id: string; createdBy: string }[]).map((x) => [x.id, x.createdBy])).toEqual([[theirId, 'ed2']]);
    expect((e.extensions!.attributions as unknown[]).length).toBe(2);
    expect(e.message).toMatch(/changed since you opened it .*by ed2/);
    expect(await counts(h)).toEqual(before);

    const merged = await s.gql(SAVE, { i: { ...mine, baseRevision: e.extensions!.currentRevision, idempotencyKey: `desk-mine-2-${tag}` } }, EDITOR);
    expect(merged.errors).toBeUndefined();
    const after = (await s.gql(DESK, { id: sourceId })).data.deskSource;
    expect(after.attributions).toHaveLength(3);
    expect(after.revision).toBe(merged.data.saveArticle.revision);
  });

  it('lets a viewer without a key read deskSource but not save or undo', async () => {
    const tag = fx.uniqueTag('desk');
    const { input } = happyInput(tag, await existingClaim(tag));
    const saved = await s.gql(SAVE, { i: input }, EDITOR);
    const sourceId = saved.data.saveArticle.source.id;
    const read = await s.gql(DESK, { id: sourceId });
    expect(read.errors).toBeUndefined();
    expect(read.data.deskSource.attributions).toHaveLength(3);
    expect(read.data.deskSource.text).toBe(input.source.text);
    expect((await s.gql(DESK, { id: 'src-no-such-source' })).data.deskSource).toBeNull();

    const before = await counts(h);
    const anon = await s.gql(SAVE, { i: { ...input, idempotencyKey: `${input.idempotencyKey}-anon` } });
    expect(anon.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    const undo = await s.gql(UNDO, { i: { id: saved.data.saveArticle.attributions[0].id, reason: 'no' } });
    expect(undo.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    expect(await counts(h)).toEqual(before);
  });

  it('undoes a desk-saved attribution as a retraction with a reason, shown in history', async () => {
    const tag = fx.uniqueTag('desk');
    const { input } = happyInput(tag, await existingClaim(tag));
    const saved = (await s.gql(SAVE, { i: input }, EDITOR)).data.saveArticle;
    const [opens, attached] = saved.attributions;

    const other = await s.gql(UNDO, { i: { id: opens.id, reason: 'not mine' } }, EDITOR2);
    expect(other.errors![0].extensions!.code).toBe('FORBIDDEN');

    // The attached attribution: its claim has another one, so the claim stays.
    const u1 = await s.gql(UNDO, { i: { id: attached.id, reason: 'Wrong span' } }, EDITOR);
    expect(u1.errors).toBeUndefined();
    expect(u1.data.undoDeskAttribution).toMatchObject({ claimRetracted: false, attribution: { status: 'RETRACTED', statusReason: 'Wrong span' }, claim: { status: 'ACTIVE' }, change: { operation: 'undoDeskAttribution', by: 'ed' } });
    // The only attribution of a claim the save created: the claim goes with it.
    const u2 = await s.gql(UNDO, { i: { id: opens.id, reason: 'Misread' } }, EDITOR);
    expect(u2.errors).toBeUndefined();
    expect(u2.data.undoDeskAttribution).toMatchObject({ claimRetracted: true, claim: { status: 'RETRACTED' } });

    const desk = (await s.gql(DESK, { id: saved.source.id })).data.deskSource;
    expect(desk.attributions.filter((x: { status: string }) => x.status === 'RETRACTED').map((x: { id: string }) => x.id).sort()).toEqual([opens.id, attached.id].sort());
    expect(desk.revision).not.toBe(saved.revision);

    const history = await s.gql(`query($id: ID!) { history(id: $id) { operation by } }`, { id: opens.id });
    expect(history.errors).toBeUndefined();
    expect(history.data.history.map((c: { operation: string }) => c.operation)).toEqual(expect.arrayContaining(['saveArticle', 'undoDeskAttribution']));
    expect(await cypher(h, 'MATCH (a:Attribution {id: $id}) RETURN a.status AS status', { id: opens.id })).toEqual([{ status: 'RETRACTED' }]);
  });

  it('finds actors by name, alias and acronym prefixes from two characters, filtered by kind', async () => {
    const tag = fx.uniqueTag('lk').replace(/-/g, '');
    const org = (await fx.write(s, 'mutation($i: AddActorInput!) { addActor(input: $i) { actor { id } } }', { kind: 'ORGANISATION', name: `Zephyr Harbour Authority ${tag}`, acronym: `ZHA${tag}`, aliases: [`Zephyr Port ${tag}`] })).addActor.actor.id;
    const person = (await fx.write(s, 'mutation($i: AddActorInput!) { addActor(input: $i) { actor { id } } }', { kind: 'PERSON', name: `Zephyrine Quell ${tag}`, aliases: [] })).addActor.actor.id;
    const q = `query($q: String!, $k: ActorKind) { lookupActors(query: $q, kind: $k, first: 10) { matched matchedOn actor { id } } }`;
    const ids = async (query: string, kind?: string) => (await s.gql(q, { q: query, k: kind })).data.lookupActors.map((x: { actor: { id: string } }) => x.actor.id);
    expect(await ids(`ze ${tag}`)).toEqual(expect.arrayContaining([org, person]));
    expect(await ids(`ze ${tag}`, 'ORGANISATION')).toEqual([org]);
    expect(await ids(`port ${tag.slice(0, 6)}`, 'ORGANISATION')).toEqual([org]);
    const alias = (await s.gql(q, { q: `zephyr po ${tag}` })).data.lookupActors;
    expect(alias).toEqual([{ matched: `Zephyr Port ${tag}`, matchedOn: 'alias', actor: { id: org } }]);
    expect(await ids('z')).toEqual([]);
    expect(await ids('(*"')).toEqual([]);
  });
});
