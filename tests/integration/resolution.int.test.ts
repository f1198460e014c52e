import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ImportRefused } from '../../src/ingest/article-files';
import { importArticles } from '../../src/ingest/import';
import * as fx from '../support/fixtures';
import { cypher, seededServer, type Harness, type Served } from '../support/harness';

const EDITOR = { authorization: 'Bearer editor-key-0001' };
const KEYS = `ed:editor:editor-key-0001,${fx.FIXTURE_KEYS}`;

const ADD = `mutation($i: AddActorInput!) { addActor(input: $i) { actor { id name } change { id details } } }`;
const UPDATE = `mutation($i: UpdateActorInput!) { updateActor(input: $i) { actor { id name aliases } } }`;
const CANDIDATES = `query($name: String!, $kind: ActorKind, $first: Int) {
  actorCandidates(name: $name, kind: $kind, first: $first) { actor { __typename id name } score reasons { query matched method score } } }`;
const DUPLICATES = `query($first: Int) { duplicateActors(first: $first) { a { id name } b { id name } score reasons { method matched } } }`;

interface Candidate { actor: { __typename: string; id: string; name: string }; score: number; reasons: { query: string; matched: string; method: string; score: number }[] }

describe('entity resolution', () => {
  const t = seededServer({ API_KEYS: KEYS });
  let h: Harness;
  let s: Served;
  beforeAll(() => ({ h, s } = t));

  const add = (input: Record<string, unknown>) => s.gql(ADD, { i: { kind: 'PERSON', ...input } }, EDITOR);
  const candidates = async (name: string, kind?: string, first?: number): Promise<Candidate[]> => {
    const r = await s.gql(CANDIDATES, { name, kind, first });
    expect(r.errors).toBeUndefined();
    return r.data.actorCandidates;
  };
  const actorCount = async () => Number((await cypher(h, 'RETURN COUNT { (:Actor) } AS n'))[0].n);
  const changeCount = async () => Number((await cypher(h, 'RETURN COUNT { (:Change) } AS n'))[0].n);

  describe('actorCandidates', () => {
    it('finds the UN Human Rights Council for "U.N. Human Rights Council" (initialism with dots)', async () => {
      const [best] = await candidates('U.N. Human Rights Council', 'ORGANISATION');
      expect(best.actor.id).toBe('org-un-hrc');
      expect(best.score).toBeGreaterThanOrEqual(0.85);
      expect(best.reasons[0]).toMatchObject({ query: 'U.N. Human Rights Council', matched: 'UN Human Rights Council', method: 'NORMALISED' });
    });

    it.each([
      ['Tatiana Moskalkova', 'EXACT'],
      ['Tatiana Moskalkowa', 'TRANSLITERATION'],
      ['Tatjana Moskalkowa', 'TRANSLITERATION'],
      ['Moskalkova, Tatyana', 'WORD_ORDER'],
      ['T. Moskalkova', 'INITIALS'],
      ['Ombudsman Tatyana Moskalkova', 'NORMALISED'],
      ['Татьяна Москалькова', 'NORMALISED'],
    ])('finds Tatyana Moskalkova for "%s" (%s)', async (name, method) => {
      const [best] = await candidates(name, 'PERSON');
      expect(best.actor.id).toBe('person-tatyana-moskalkova');
      expect(best.reasons[0].method).toBe(method);
    });

    it('finds ENNHRI for its misspelling "ENRI" through its acronym, and GANHRI for "GANRI"', async () => {
      expect((await candidates('ENRI', 'ORGANISATION'))[0].actor.id).toBe('org-ennhri');
      expect((await candidates('GANRI', 'ORGANISATION'))[0].actor.id).toBe('org-ganhri');
    });

    it('finds an organisation by the initials of its full name: "UNHRC" stored as a name, asked as words', async () => {
      const [best] = await candidates('Human Rights House Foundation', 'ORGANISATION');
      expect(best.actor.id).toBe('org-hrhf');
      const [byWords] = await candidates('United Nations Human Rights Council', 'ORGANISATION');
      expect(byWords.actor.id).toBe('org-un-hrc');
    });

    it('is kind-aware: a person is never proposed for an organisation, nor an organisation for a person', async () => {
      const orgs = await candidates('Tatyana Moskalkova', 'ORGANISATION');
      expect(orgs.map((c) => c.actor.__typename).every((k) => k === 'Organisation')).toBe(true);
      expect(orgs.map((c) => c.actor.id)).not.toContain('person-tatyana-moskalkova');
      const people = await candidates('Human Rights Watch', 'PERSON');
      expect(people.map((c) => c.actor.id)).not.toContain('org-hrw');
      const any = await candidates('Human Rights Watch');
      expect(any[0].actor.id).toBe('org-hrw');
    });

    it('proposes nothing for a name like no other, and honours first', async () => {
      expect(await candidates('Zebulon Quartermaine-Oyelaran', 'PERSON')).toEqual([]);
      expect((await candidates('Human Rights Council', 'ORGANISATION', 1)).length).toBe(1);
    });
  });

  describe('addActor', () => {
    it('refuses a second "U.N. Human Rights Council" with DUPLICATE_SUSPECTED and its candidates, writing nothing', async () => {
      const [actors, changes] = [await actorCount(), await changeCount()];
      const r = await add({ kind: 'ORGANISATION', name: 'U.N. Human Rights Council' });
      expect(r.errors?.[0].extensions?.code).toBe('DUPLICATE_SUSPECTED');
      const listed = r.errors?.[0].extensions?.candidates as { id: string; name: string; score: number }[];
      expect(listed[0]).toMatchObject({ id: 'org-un-hrc', name: 'United Nations Human Rights Council' });
      expect(listed[0].score).toBeGreaterThanOrEqual(0.85);
      expect(r.errors?.[0].message).toContain('org-un-hrc');
      expect([await actorCount(), await changeCount()]).toEqual([actors, changes]);
    });

    it.each(['Tatiana Moskalkova', 'Tatjana Moskalkowa', 'Moskalkova, Tatiana'])('refuses a second Tatyana Moskalkova spelled "%s"', async (name) => {
      const r = await add({ name });
      expect(r.errors?.[0].extensions?.code).toBe('DUPLICATE_SUSPECTED');
      expect((r.errors?.[0].extensions?.candidates as { id: string }[])[0].id).toBe('person-tatyana-moskalkova');
    });

    it('adds a name like no other without a question', async () => {
      const r = await add({ name: `Ilse Vandermeer-Okonkwo ${fx.uniqueTag('res')}` });
      expect(r.errors).toBeUndefined();
      expect(r.data.addActor.actor.id).toMatch(/^person-/);
    });

    it('does not refuse a person whose name matches an organisation (kind-aware)', async () => {
      const r = await add({ name: 'Izvestia' });
      expect(r.errors).toBeUndefined();
    });

    it('with notDuplicateOf adds the actor, stores DIFFERENT_FROM, and never suggests or refuses the pair again', async () => {
      const first = await add({ name: 'Anna Moskalenko', description: 'a judge' });
      expect(first.errors).toBeUndefined();
      const annaId = first.data.addActor.actor.id;
      const refused = await add({ name: 'Anna Moskalenko', description: 'a journalist, not the judge' });
      expect(refused.errors?.[0].extensions?.code).toBe('DUPLICATE_SUSPECTED');
      const second = await add({ name: 'Anna Moskalenko', description: 'a journalist, not the judge', notDuplicateOf: [annaId] });
      expect(second.errors).toBeUndefined();
      const otherId = second.data.addActor.actor.id;
      expect(second.data.addActor.change.details.differentFrom).toEqual([annaId]);
      const links = await cypher(h, 'MATCH (a:Actor {id: $a})-[r:DIFFERENT_FROM]-(b:Actor {id: $b}) RETURN r.by AS by', { a: otherId, b: annaId });
      expect(links.map((l) => l.by)).toEqual(['ed']);
      // Not suggested again as a duplicate pair...
      const pairs = (await s.gql(DUPLICATES, { first: 100 })).data.duplicateActors as { a: { id: string }; b: { id: string } }[];
      expect(pairs.some((p) => [p.a.id, p.b.id].sort().join() === [annaId, otherId].sort().join())).toBe(false);
      // ...nor refused when the second one is renamed to the same spelling again.
      const renamed = await s.gql(UPDATE, { i: { id: otherId, name: 'Anna Moskalenko', addAliases: ['A. Moskalenko'] } }, EDITOR);
      expect(renamed.errors).toBeUndefined();
    });

    it('refuses notDuplicateOf ids that are not actors, by field', async () => {
      const r = await add({ name: `Somebody ${fx.uniqueTag('res')}`, notDuplicateOf: ['src-000-moskalkova-leaves-ennhri'] });
      expect(r.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(r.errors?.[0].extensions?.field).toBe('input.notDuplicateOf');
    });
  });

  describe('updateActor', () => {
    it('refuses a rename that makes an actor look like another, and allows it with notDuplicateOf', async () => {
      const id = (await add({ name: `Kirill Zablotsky ${fx.uniqueTag('res')}` })).data.addActor.actor.id;
      const r = await s.gql(UPDATE, { i: { id, name: 'Valeriy Fadeyev' } }, EDITOR);
      expect(r.errors?.[0].extensions?.code).toBe('DUPLICATE_SUSPECTED');
      expect((r.errors?.[0].extensions?.candidates as { id: string }[])[0].id).toBe('person-valery-fadeev');
      const [n] = await cypher(h, 'MATCH (a:Actor {id: $id}) RETURN a.name AS name', { id });
      expect(n.name).toMatch(/^Kirill Zablotsky/);
      const ok = await s.gql(UPDATE, { i: { id, name: 'Valeriy Fadeyev', notDuplicateOf: ['person-valery-fadeev'] } }, EDITOR);
      expect(ok.errors).toBeUndefined();
      expect(ok.data.updateActor.actor.name).toBe('Valeriy Fadeyev');
    });

    it('does not refuse an edit that adds no new spelling', async () => {
      const r = await s.gql(UPDATE, { i: { id: 'person-tatyana-moskalkova', description: 'Russia’s ombudsman.' } }, EDITOR);
      expect(r.errors).toBeUndefined();
    });
  });

  describe('duplicateActors', () => {
    it('ranks duplicate pairs best first, each pair of one kind, and leaves out pairs marked different', async () => {
      const tag = fx.uniqueTag('dup');
      const a = await fx.addActor(s, `Yevgeny Karpov-${tag}`);
      // Written past the check, as an import from before this version or two concurrent adds could.
      await cypher(h, `MATCH (x:Actor {id: $a}) CREATE (y:Node:Actor:Person {id: $b, name: $name, aliases: []})`, { a, b: `person-${tag}-b`, name: `Evgeniy Karpov-${tag}` });
      await cypher(h, `CREATE (y:Node:Actor:Person {id: $b, name: $name, aliases: []})`, { b: `person-${tag}-c`, name: `Evgeny Karpov-${tag}` });
      // Keys as every write computes them.
      const { refreshStaleResolutionKeys } = await import('../../src/graph/resolution/keys');
      await refreshStaleResolutionKeys(h.executor, h.catalogue);
      const pairs = (await s.gql(DUPLICATES, { first: 100 })).data.duplicateActors as { a: { id: string }; b: { id: string }; score: number }[];
      const mine = pairs.filter((p) => [p.a.id, p.b.id].every((id) => id === a || id.startsWith(`person-${tag}`)));
      expect(mine.length).toBe(3);
      const scores = pairs.map((p) => p.score);
      expect(scores).toEqual([...scores].sort((x, y) => y - x));
      expect(pairs.every((p) => p.a.id < p.b.id)).toBe(true);
      const marked = await s.gql(UPDATE, { i: { id: `person-${tag}-b`, notDuplicateOf: [a] } }, EDITOR);
      expect(marked.errors).toBeUndefined();
      const after = (await s.gql(DUPLICATES, { first: 100 })).data.duplicateActors as { a: { id: string }; b: { id: string } }[];
      const left = after.filter((p) => [p.a.id, p.b.id].every((id) => id === a || id.startsWith(`person-${tag}`)));
      expect(left.length).toBe(2);
      expect(left.some((p) => [p.a.id, p.b.id].includes(a) && [p.a.id, p.b.id].includes(`person-${tag}-b`))).toBe(false);
    });

    it('on the seed graph alone proposes no pair: the seed marks its look-alikes as different', async () => {
      const pairs = (await s.gql(DUPLICATES, { first: 100 })).data.duplicateActors as { a: { id: string }; b: { id: string } }[];
      const seedIds = new Set((await cypher(h, 'MATCH (a:Actor) WHERE a.createdBy = "seed" RETURN a.id AS id')).map((r) => String(r.id)));
      expect(seedIds.size).toBeGreaterThan(40);
      expect(pairs.filter((p) => seedIds.has(p.a.id) && seedIds.has(p.b.id))).toEqual([]);
    });
  });

  describe('import', () => {
    const importShared = async (yaml: string) => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimgraph-resolution-'));
      try {
        fs.writeFileSync(path.join(dir, 'shared.yaml'), yaml);
        return await importArticles(h.executor, h.catalogue, dir, { by: 'resolution-test' });
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    };
    const person = (id: string, name: string, extra = '') => `  - id: ${id}\n    type: PERSON\n    name: ${name}\n${extra}`;

    it('refuses a new actor that looks like one in the database, naming the candidates, and writes nothing', async () => {
      const tag = fx.uniqueTag('imp');
      const before = await actorCount();
      const refused = await importShared(`actors:\n${person(`person-${tag}`, 'Tania Lokshina')}`).catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(ImportRefused);
      const problems = (refused as ImportRefused).problems;
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(new RegExp(`^shared\\.yaml:\\d+: actor person-${tag}: name: DUPLICATE_SUSPECTED: looks like person-tanya-lokshina \\("Tania Lokshina" ~ "Tanya Lokshina" \\(transliteration, 0\\.95\\)\\)`));
      expect(problems[0]).toContain('notDuplicateOf: [person-tanya-lokshina]');
      expect(await actorCount()).toBe(before);
    });

    it('refuses two new actors of the same files that look alike', async () => {
      const tag = fx.uniqueTag('imp');
      const refused = await importShared(`actors:\n${person(`person-${tag}-a`, `Yevgeny Orlovsky ${tag}`)}${person(`person-${tag}-b`, `Evgeniy Orlovsky ${tag}`)}`).catch((e: unknown) => e);
      expect((refused as ImportRefused).problems).toEqual([expect.stringMatching(new RegExp(`^shared\\.yaml:\\d+: actor person-${tag}-b: name: DUPLICATE_SUSPECTED: looks like person-${tag}-a`))]);
    });

    it('imports it when the file says notDuplicateOf, and stores the pair as DIFFERENT_FROM', async () => {
      const tag = fx.uniqueTag('imp');
      const r = await importShared(`actors:\n${person(`person-${tag}`, 'Natalja Estemirowa', '    notDuplicateOf: [person-natalia-estemirova]\n')}`);
      expect(r.written).toBe(true);
      const links = await cypher(h, 'MATCH (:Actor {id: $a})-[r:DIFFERENT_FROM]->(:Actor {id: "person-natalia-estemirova"}) RETURN r.by AS by', { a: `person-${tag}` });
      expect(links.map((l) => l.by)).toEqual(['resolution-test']);
    });

    it('refuses a notDuplicateOf that names no actor', async () => {
      const tag = fx.uniqueTag('imp');
      const refused = await importShared(`actors:\n${person(`person-${tag}`, `Unlike Anyone ${tag}`, '    notDuplicateOf: [src-000-moskalkova-leaves-ennhri]\n')}`).catch((e: unknown) => e);
      expect((refused as ImportRefused).problems).toEqual([expect.stringMatching(new RegExp(`^shared\\.yaml:\\d+: actor person-${tag}: notDuplicateOf: "src-000-moskalkova-leaves-ennhri" is no actor of these files or of the database$`))]);
    });
  });
});
