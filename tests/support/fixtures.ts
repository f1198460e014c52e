import type { Served } from './harness';

/** Write keys for suites that build their fixtures through the real API. */
export const FIXTURE_KEYS = 'fx:admin:fixture-admin-key-01';
const ADMIN = { authorization: 'Bearer fixture-admin-key-01' };

let counter = 0;
/** A tag unique within the run, so fixtures of different tests never collide (source urls, names). */
export const uniqueTag = (prefix: string) => `${prefix}-${process.pid}-${++counter}`;

/** Runs a mutation with the admin key and fails loudly on any error, so a broken fixture cannot pass as "hidden". */
export async function write<T = any>(s: Served, query: string, input: Record<string, unknown>): Promise<T> {
  const r = await s.gql(query, { i: input }, ADMIN);
  if (r.errors) throw new Error(`fixture write failed: ${JSON.stringify(r.errors)}`);
  return r.data as T;
}

export const addActor = async (s: Served, name: string): Promise<string> =>
  (await write(s, 'mutation($i: AddActorInput!) { addActor(input: $i) { actor { id } } }', { kind: 'PERSON', name, aliases: [] })).addActor.actor.id;

export const addSource = async (s: Served, text: string): Promise<string> =>
  (await write(s, 'mutation($i: AddSourceInput!) { addSource(input: $i) { source { id } } }', { title: `Fixture ${uniqueTag('src')}`, kind: 'ARTICLE', text }))
    .addSource.source.id;

interface Said {
  speakerId: string;
  sourceId: string;
  quote: string;
  saidAt?: string;
  viaIds?: string[];
}

const said = (a: Said) => ({ mode: 'DIRECT_QUOTE', saidAt: '2024-03-01', ...a });

/** A new claim with its first attribution; returns the claim's and the attribution's ids. */
export async function addClaim(s: Served, text: string, aboutIds: string[], a: Said): Promise<{ claimId: string; attributionId: string }> {
  const d = await write(s, 'mutation($i: AddClaimInput!) { addClaim(input: $i) { claim { id attributions { id } } } }', { text, aboutIds, attribution: said(a) });
  return { claimId: d.addClaim.claim.id, attributionId: d.addClaim.claim.attributions[0].id };
}

export const addAttribution = async (s: Served, claimId: string, a: Said): Promise<string> =>
  (await write(s, 'mutation($i: AddAttributionInput!) { addAttribution(input: $i) { attribution { id } } }', { claimId, attribution: said(a) })).addAttribution
    .attribution.id;

export const linkClaims = (s: Served, fromId: string, toId: string, kind: 'CONTRADICTS' | 'SUPPORTS') =>
  write(s, 'mutation($i: LinkClaimsInput!) { linkClaims(input: $i) { change { id } } }', { fromId, toId, kind, basis: 'fixture' });

export const retractClaim = (s: Served, id: string) =>
  write(s, 'mutation($i: RetractInput!) { retractClaim(input: $i) { claim { status } } }', { id, reason: 'fixture retraction' });

export const retractAttribution = (s: Served, id: string) =>
  write(s, 'mutation($i: RetractInput!) { retractAttribution(input: $i) { attribution { status } } }', { id, reason: 'fixture retraction' });

export const supersedeClaim = (s: Served, id: string, supersededById: string) =>
  write(s, 'mutation($i: SupersedeClaimInput!) { supersedeClaim(input: $i) { claim { status } } }', { id, supersededById, reason: 'fixture supersession' });
