import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { fingerprint, fingerprintDiff } from '../../reliability/fingerprint';
import { backupCommand, restoreCommand } from '../../src/cli/commands';
import { loadSeed } from '../../src/ingest/seed';
import { cypher, openHarness, serve, type Harness, type Served } from '../support/harness';
import { FIXTURE_KEYS } from '../support/fixtures';

/**
 * Backups carry anything the API can make: from an empty graph, a random sequence of
 * writes through GraphQL (adds with and without their optional fields, merges,
 * retractions, supersessions, links and unlinks, reviews, source versions, keyed
 * retries), then `claimgraph backup`, an emptied database and `claimgraph restore` must
 * give back the same fingerprint. The backup and restore are the CLI's own commands, run
 * in-process (the CLI suite runs the binary).
 */

const ADMIN = { authorization: 'Bearer fixture-admin-key-01' };
/** What every run's source texts are made of: quotes are picked from these sentences. */
const SENTENCES = ['The river rose by two metres', 'Nobody was told in advance', 'The dam was inspected in May', 'Repairs will take a year'];
const TEXT = `${SENTENCES.join('. ')}.`;
const DATES = ['2024', '2024-03', '2024-03-01'];

/** One write, with indexes into what the run has made so far (taken modulo, so any index fits). */
type Op =
  | { op: 'actor'; org: boolean; aliases: string[] | null; optional: boolean; key: boolean }
  | { op: 'source'; text: boolean; url: boolean; publisher: number | null; authors: number[]; cites: number[]; date: number | null }
  | { op: 'claim'; speaker: number; source: number; quote: number; about: number[]; via: number[]; behalf: number | null; date: number | null; mode: number; key: boolean }
  | { op: 'attribution'; claim: number; speaker: number; source: number; quote: number; date: number | null }
  | { op: 'link'; from: number; to: number; supports: boolean }
  | { op: 'unlink'; from: number; to: number; supports: boolean }
  | { op: 'retractClaim' | 'retractAttribution' | 'retractReview'; target: number }
  | { op: 'supersede'; from: number; to: number }
  | { op: 'merge'; survivor: number; merged: number }
  | { op: 'updateActor'; actor: number; addAliases: string[]; removeFirst: boolean; position: number | null }
  | { op: 'review'; claim: number; reviewer: number; rating: boolean; evidence: number[]; rationale: boolean }
  | { op: 'version'; source: number; edit: number }
  | { op: 'setAbout'; claim: number; about: number[] };

const idx = fc.nat(50);
const some = fc.array(idx, { maxLength: 3 });
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: null });
const word = fc.constantFrom('Ann', 'Ben', 'Cara', 'Dov', 'Eli', 'Fay');

const opArb: fc.Arbitrary<Op> = fc.oneof(
  { arbitrary: fc.record({ op: fc.constant('actor' as const), org: fc.boolean(), aliases: maybe(fc.array(word, { maxLength: 2 })), optional: fc.boolean(), key: fc.boolean() }), weight: 4 },
  { arbitrary: fc.record({ op: fc.constant('source' as const), text: fc.boolean(), url: fc.boolean(), publisher: maybe(idx), authors: some, cites: some, date: maybe(fc.nat(2)) }), weight: 3 },
  {
    arbitrary: fc.record({
      op: fc.constant('claim' as const),
      speaker: idx,
      source: idx,
      quote: idx,
      about: some,
      via: some,
      behalf: maybe(idx),
      date: maybe(fc.nat(2)),
      mode: fc.nat(2),
      key: fc.boolean(),
    }),
    weight: 4,
  },
  { arbitrary: fc.record({ op: fc.constant('attribution' as const), claim: idx, speaker: idx, source: idx, quote: idx, date: maybe(fc.nat(2)) }), weight: 3 },
  { arbitrary: fc.record({ op: fc.constantFrom('link' as const, 'unlink' as const), from: idx, to: idx, supports: fc.boolean() }), weight: 2 },
  { arbitrary: fc.record({ op: fc.constantFrom('retractClaim' as const, 'retractAttribution' as const, 'retractReview' as const), target: idx }), weight: 2 },
  { arbitrary: fc.record({ op: fc.constant('supersede' as const), from: idx, to: idx }), weight: 1 },
  { arbitrary: fc.record({ op: fc.constant('merge' as const), survivor: idx, merged: idx }), weight: 1 },
  {
    arbitrary: fc.record({ op: fc.constant('updateActor' as const), actor: idx, addAliases: fc.array(word, { maxLength: 2 }), removeFirst: fc.boolean(), position: maybe(idx) }),
    weight: 1,
  },
  { arbitrary: fc.record({ op: fc.constant('review' as const), claim: idx, reviewer: idx, rating: fc.boolean(), evidence: some, rationale: fc.boolean() }), weight: 2 },
  { arbitrary: fc.record({ op: fc.constant('version' as const), source: idx, edit: fc.nat(3) }), weight: 1 },
  { arbitrary: fc.record({ op: fc.constant('setAbout' as const), claim: idx, about: some }), weight: 1 },
);

/** The ids a run has made, by kind. */
interface Made {
  persons: string[];
  orgs: string[];
  sources: string[];
  texts: string[];
  claims: string[];
  attributions: string[];
  reviews: string[];
}

const pick = <T>(list: T[], i: number): T | undefined => (list.length ? list[i % list.length] : undefined);
const picks = <T>(list: T[], is: number[]): T[] => [...new Set(is.flatMap((i) => (list.length ? [list[i % list.length]] : [])))];

/** Runs one op through GraphQL. Typed refusals (a rule said no) are part of the game; anything else fails the run. */
async function apply(s: Served, m: Made, o: Op, n: number): Promise<void> {
  const actors = [...m.persons, ...m.orgs];
  const run = async (query: string, input: Record<string, unknown> | null): Promise<any> => {
    if (!input) return null;
    const r = await s.gql(query, { i: input }, ADMIN);
    const code = r.errors?.[0]?.extensions?.code;
    if (r.errors) refusals.push(`${o.op} #${n}: ${String(code)} ${String(r.errors[0]?.message)}`);
    if (r.errors && !['BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT'].includes(String(code))) throw new Error(`${o.op}: ${JSON.stringify(r.errors)}`);
    return r.errors ? null : r.data;
  };
  const said = (speaker: number, source: number, quote: number, date: number | null) => {
    const speakerId = pick(actors, speaker);
    const textIdx = m.texts.length ? source % m.texts.length : -1;
    if (!speakerId || textIdx < 0) return null;
    const q = pick(SENTENCES, quote)!;
    return { speakerId, sourceId: m.texts[textIdx], mode: 'DIRECT_QUOTE', quote: q, ...(date === null ? {} : { saidAt: DATES[date] }) };
  };
  switch (o.op) {
    case 'actor': {
      const input = {
        kind: o.org ? 'ORGANISATION' : 'PERSON',
        name: `Actor ${n}`,
        ...(o.aliases === null ? {} : { aliases: o.aliases.map((a) => `${a} ${n}`) }),
        ...(o.optional ? { description: 'Described.', ...(o.org ? { acronym: `A${n}`, orgKind: 'NGO', country: 'FR' } : {}) } : {}),
        ...(o.key ? { idempotencyKey: `actor-key-${n}` } : {}),
        // Names of one pattern look like duplicates to entity resolution: say they are not (DIFFERENT_FROM links).
        ...(actors.length ? { notDuplicateOf: actors.slice(-20) } : {}),
      };
      const d = await run('mutation($i: AddActorInput!) { addActor(input: $i) { actor { id } } }', input);
      if (o.key) await run('mutation($i: AddActorInput!) { addActor(input: $i) { actor { id } } }', input); // a keyed retry
      if (d) (o.org ? m.orgs : m.persons).push(d.addActor.actor.id);
      return;
    }
    case 'source': {
      const publisherId = o.publisher === null ? undefined : pick(m.orgs, o.publisher);
      const input = {
        title: `Source ${n}`,
        kind: 'ARTICLE',
        ...(o.text ? { text: `${TEXT} (${n})` } : {}),
        ...(o.url ? { url: `https://example.org/news/${n}` } : {}),
        ...(o.date === null ? {} : { publishedAt: DATES[o.date] }),
        ...(publisherId ? { publisherId } : {}),
        authorIds: picks(m.persons, o.authors),
        citesIds: picks(m.sources, o.cites),
      };
      const d = await run('mutation($i: AddSourceInput!) { addSource(input: $i) { source { id } } }', input);
      if (d) {
        m.sources.push(d.addSource.source.id);
        if (o.text) m.texts.push(d.addSource.source.id);
      }
      return;
    }
    case 'claim': {
      const a = said(o.speaker, o.source, o.quote, o.date);
      if (!a) return;
      const behalf = o.behalf === null ? undefined : pick(m.orgs, o.behalf);
      const attribution = { ...a, mode: ['DIRECT_QUOTE', 'PARAPHRASE', 'REPORTED'][o.mode], viaIds: picks(m.sources, o.via), ...(behalf ? { onBehalfOfId: behalf } : {}) };
      const input = { text: `Claim number ${n}.`, aboutIds: picks(actors, o.about), attribution, ...(o.key ? { idempotencyKey: `claim-key-${n}` } : {}) };
      const d = await run('mutation($i: AddClaimInput!) { addClaim(input: $i) { claim { id attributions { id } } } }', input);
      if (d) {
        m.claims.push(d.addClaim.claim.id);
        m.attributions.push(d.addClaim.claim.attributions[0].id);
      }
      return;
    }
    case 'attribution': {
      const a = said(o.speaker, o.source, o.quote, o.date);
      const claimId = pick(m.claims, o.claim);
      const d = await run('mutation($i: AddAttributionInput!) { addAttribution(input: $i) { attribution { id } } }', a && claimId ? { claimId, attribution: a } : null);
      if (d) m.attributions.push(d.addAttribution.attribution.id);
      return;
    }
    case 'link':
    case 'unlink': {
      const fromId = pick(m.claims, o.from);
      const toId = pick(m.claims, o.to);
      const kind = o.supports ? 'SUPPORTS' : 'CONTRADICTS';
      const input = fromId && toId ? { fromId, toId, kind, ...(o.op === 'link' ? { basis: 'They disagree.' } : { reason: 'Linked in error.' }) } : null;
      await run(`mutation($i: ${o.op === 'link' ? 'LinkClaimsInput' : 'UnlinkClaimsInput'}!) { ${o.op}Claims(input: $i) { change { id } } }`, input);
      return;
    }
    case 'retractClaim':
    case 'retractAttribution':
    case 'retractReview': {
      const list = { retractClaim: m.claims, retractAttribution: m.attributions, retractReview: m.reviews }[o.op];
      const id = pick(list, o.target);
      await run(`mutation($i: RetractInput!) { ${o.op}(input: $i) { change { id } } }`, id ? { id, reason: 'Withdrawn by the editor.' } : null);
      return;
    }
    case 'supersede': {
      const id = pick(m.claims, o.from);
      const supersededById = pick(m.claims, o.to);
      await run('mutation($i: SupersedeClaimInput!) { supersedeClaim(input: $i) { change { id } } }', id && supersededById ? { id, supersededById, reason: 'Better worded.' } : null);
      return;
    }
    case 'merge': {
      const survivorId = pick(actors, o.survivor);
      const mergedId = pick(actors, o.merged);
      const d = await run('mutation($i: MergeActorsInput!) { mergeActors(input: $i) { actor { id } } }', survivorId && mergedId ? { survivorId, mergedId } : null);
      if (d) for (const list of [m.persons, m.orgs]) list.splice(0, list.length, ...list.filter((id) => id !== mergedId));
      return;
    }
    case 'updateActor': {
      const id = pick(actors, o.actor);
      const org = o.position === null ? undefined : pick(m.orgs, o.position);
      const input = id
        ? {
            id,
            addAliases: o.addAliases.map((a) => `${a} ${n}`),
            ...(o.removeFirst ? { removeAliases: [`Ann ${n}`] } : {}),
            ...(org && m.persons.includes(id) ? { addPositions: [{ organisationId: org, title: 'Director', from: '2020' }] } : {}),
            ...(org && m.orgs.includes(id) && org !== id ? { addMemberships: [{ organisationId: org }] } : {}),
          }
        : null;
      await run('mutation($i: UpdateActorInput!) { updateActor(input: $i) { actor { id } } }', input);
      return;
    }
    case 'review': {
      const claimId = pick(m.claims, o.claim);
      const reviewerId = pick(m.orgs, o.reviewer);
      const input =
        claimId && reviewerId
          ? {
              claimId,
              reviewerId,
              ratingLabel: 'Misleading',
              url: `https://factcheck.example.org/${n}`,
              ...(o.rating ? { ratingValue: 2, bestRating: 5, worstRating: 1 } : {}),
              ...(o.rationale ? { rationale: 'The figures say otherwise.' } : {}),
              evidenceIds: picks([...m.claims, ...m.sources], o.evidence),
            }
          : null;
      const d = await run('mutation($i: AddReviewInput!) { addReview(input: $i) { review { id } } }', input);
      if (d) m.reviews.push(d.addReview.review.id);
      return;
    }
    case 'version': {
      const sourceId = pick(m.texts, o.source);
      const edits = [(t: string) => t.replace('two metres', 'three metres'), (t: string) => `${t} Updated.`, (t: string) => t.replace('Nobody was told in advance. ', ''), (t: string) => t];
      const input = sourceId ? { sourceId, text: edits[o.edit](`${TEXT} (${n})`) } : null;
      await run('mutation($i: AddSourceVersionInput!) { addSourceVersion(input: $i) { source { id } } }', input);
      return;
    }
    case 'setAbout': {
      const claimId = pick(m.claims, o.claim);
      await run('mutation($i: SetAboutInput!) { setAbout(input: $i) { claim { id } } }', claimId ? { claimId, aboutIds: picks(actors, o.about) } : null);
      return;
    }
  }
}

/** Every refusal of the current run; the tour (the first run) must have none, so a coverage failure says which write was refused and why. */
const refusals: string[] = [];
const tourRefusals: string[] = [];

/** One sequence that makes every kind of node and link the writes can, run first on every run. */
const TOUR: Op[] = [
  { op: 'actor', org: false, aliases: null, optional: false, key: false },
  { op: 'actor', org: true, aliases: [], optional: true, key: true },
  { op: 'actor', org: false, aliases: ['Ann'], optional: true, key: false },
  { op: 'source', text: true, url: true, publisher: 1, authors: [0], cites: [], date: 2 },
  { op: 'source', text: false, url: false, publisher: null, authors: [], cites: [0], date: null },
  { op: 'claim', speaker: 0, source: 0, quote: 0, about: [1], via: [1], behalf: 1, date: 1, mode: 2, key: true },
  { op: 'claim', speaker: 2, source: 0, quote: 1, about: [], via: [], behalf: null, date: null, mode: 0, key: false },
  { op: 'claim', speaker: 0, source: 0, quote: 2, about: [0], via: [], behalf: null, date: 0, mode: 1, key: false },
  { op: 'attribution', claim: 0, speaker: 2, source: 0, quote: 3, date: null },
  { op: 'link', from: 0, to: 1, supports: false },
  { op: 'link', from: 1, to: 2, supports: true },
  { op: 'unlink', from: 1, to: 2, supports: true },
  { op: 'review', claim: 0, reviewer: 0, rating: true, evidence: [1, 3], rationale: true },
  { op: 'review', claim: 1, reviewer: 0, rating: false, evidence: [], rationale: false },
  { op: 'retractReview', target: 1 },
  { op: 'retractAttribution', target: 3 },
  { op: 'supersede', from: 2, to: 1 },
  { op: 'retractClaim', target: 1 },
  { op: 'version', source: 0, edit: 0 },
  { op: 'setAbout', claim: 0, about: [0, 1] },
  { op: 'updateActor', actor: 0, addAliases: ['Ben'], removeFirst: false, position: 0 },
  { op: 'merge', survivor: 0, merged: 1 }, // two persons: actors are persons first, then organisations
];

describe('backup and restore: any graph the API makes comes back with the same fingerprint', () => {
  let h: Harness;
  let s: Served;
  let tmp: string;
  const wipe = () => cypher(h, 'MATCH (n) WHERE NOT n:SchemaMigration DETACH DELETE n');

  beforeAll(async () => {
    h = await openHarness({ API_KEYS: FIXTURE_KEYS });
    s = await serve(h);
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'claimgraph-backup-prop-'));
  });
  afterAll(async () => {
    // Later suites expect the seed graph on this (the run's own) database.
    await wipe();
    await loadSeed(h.executor, h.catalogue);
    fs.rmSync(tmp, { recursive: true, force: true });
    await s?.close();
    await h?.close();
  });

  it('random write sequences survive backup → empty database → restore', async () => {
    let run = 0;
    tourRefusals.length = 0;
    const kinds = new Set<string>();
    const links = new Set<string>();
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 5, maxLength: 30 }), async (ops) => {
        await wipe();
        refusals.length = 0;
        const made: Made = { persons: [], orgs: [], sources: [], texts: [], claims: [], attributions: [], reviews: [] };
        for (const [n, o] of ops.entries()) await apply(s, made, o, n);
        if (run === 0) tourRefusals.push(...refusals);
        const before = await fingerprint(h.driver, h.config.neo4j.database);
        Object.keys(before.labels).forEach((l) => kinds.add(l));
        Object.keys(before.relationships).forEach((l) => links.add(l));
        const file = path.join(tmp, `run-${++run}.jsonl`);
        await backupCommand({ executor: h.executor, catalogue: h.catalogue }, file);
        await wipe();
        await restoreCommand({ executor: h.executor, catalogue: h.catalogue }, file, {});
        const after = await fingerprint(h.driver, h.config.neo4j.database);
        expect(fingerprintDiff(before, after)).toEqual([]);
        expect(after).toEqual(before);
      }),
      { numRuns: 25, endOnFailure: true, examples: [[TOUR]] },
    );
    // The runs reached every kind of node and link the writes make, not just a few actors.
    for (const label of ['Person', 'Organisation', 'Source', 'SourceVersion', 'Claim', 'Attribution', 'Review', 'Change', 'IdempotencyKey']) expect(kinds).toContain(label);
    const missing = ['CONTRADICTS', 'SUPERSEDED_BY', 'MERGED_INTO', 'VERSION_OF', 'VIA', 'ABOUT', 'HOLDS_POSITION', 'DIFFERENT_FROM'].filter((t) => !links.has(t));
    expect({ missing, tourRefusals }).toEqual({ missing: [], tourRefusals: [] });
  }, 240_000);
});
