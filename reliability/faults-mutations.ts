import type { Driver } from 'neo4j-driver';
import { sleep, type GqlAnswer, type ServiceProcess } from './faults-service';

/**
 * Concurrent writers through the real service: each client adds an actor, a source, a
 * claim, a second attribution and a SUPPORTS link per round, every call with its own
 * idempotency key, and retries a failed call with the same key until it succeeds.
 */

export type Op = 'addActor' | 'addSource' | 'addClaim' | 'addAttribution' | 'linkClaims';

/** A write the service answered with success: what it promised is in the graph. */
export interface Ack {
  op: Op;
  key: string;
  ids: Record<string, string>;
  /** What to look for: a name, title, text or quote unique to this call. */
  marker: string;
}

export interface WriterStats {
  acks: Ack[];
  /** Calls that never succeeded within the retry budget. */
  gaveUp: { op: Op; key: string; marker: string }[];
  retries: number;
  errorsByCode: Record<string, number>;
  /** Answers that were neither success nor a retryable refusal (defects). */
  unexpected: string[];
}

// OVERLOADED: the write queue was full and nothing was written (503 + Retry-After).
const RETRYABLE = new Set(['UNAVAILABLE', 'TIMEOUT', 'NETWORK', 'OVERLOADED']);

const MUTATIONS: Record<Op, string> = {
  addActor: 'mutation($i: AddActorInput!) { addActor(input: $i) { actor { id } change { id } } }',
  addSource: 'mutation($i: AddSourceInput!) { addSource(input: $i) { source { id } change { id } } }',
  addClaim: 'mutation($i: AddClaimInput!) { addClaim(input: $i) { claim { id attributions { id } } change { id } } }',
  addAttribution: 'mutation($i: AddAttributionInput!) { addAttribution(input: $i) { attribution { id } claim { id } change { id } } }',
  linkClaims: 'mutation($i: LinkClaimsInput!) { linkClaims(input: $i) { from { id } to { id } change { id } } }',
};

export function newStats(): WriterStats {
  return { acks: [], gaveUp: [], retries: 0, errorsByCode: {}, unexpected: [] };
}

export function countError(stats: WriterStats, answer: GqlAnswer): string {
  const code = answer.errors?.[0]?.extensions?.code ?? (answer.status >= 500 ? `HTTP_${answer.status}` : 'UNKNOWN');
  stats.errorsByCode[code] = (stats.errorsByCode[code] ?? 0) + 1;
  return code;
}

/** One call, retried with the same key (and the same input) until success or the deadline. */
async function call(svc: ServiceProcess, stats: WriterStats, op: Op, key: string, marker: string, input: Record<string, unknown>, budgetMs: number): Promise<any | null> {
  const deadline = Date.now() + budgetMs;
  for (let attempt = 0; ; attempt++) {
    const answer = await svc.gql(MUTATIONS[op], { i: { ...input, idempotencyKey: key } }, true, 30_000);
    if (answer.data?.[op] && !answer.errors) return answer.data[op];
    const code = countError(stats, answer);
    if (!RETRYABLE.has(code)) stats.unexpected.push(`${op} ${key}: ${code} ${answer.errors?.[0]?.message ?? ''}`.slice(0, 300));
    if (svc.stopped) return null;
    if (Date.now() > deadline) {
      stats.gaveUp.push({ op, key, marker });
      return null;
    }
    stats.retries += 1;
    await sleep(Math.min(1000, 100 * 2 ** Math.min(attempt, 4)));
  }
}

/** One client's rounds until stop() says so (at least minRounds). */
export async function writer(svc: ServiceProcess, stats: WriterStats, client: string, minRounds: number, stop: () => boolean, budgetMs = 120_000): Promise<void> {
  let previousClaim: string | null = null;
  for (let r = 0; r < minRounds || !stop(); r++) {
    const tag = `${client}-${r}`;
    const ack = (op: Op, marker: string, ids: Record<string, string>) => stats.acks.push({ op, key: `${tag}-${op}`, ids, marker });
    const name = `Faults speaker ${tag}`;
    const actor = await call(svc, stats, 'addActor', `${tag}-addActor`, name, { kind: 'PERSON', name }, budgetMs);
    if (!actor) return;
    ack('addActor', name, { id: actor.actor.id });
    const quote = `the bridge number ${tag} will open`;
    const second = `another witness to ${tag} agreed`;
    const title = `Faults source ${tag}`;
    const text = `Report ${tag}. The speaker said that ${quote} next year. Later, ${second} in public.`;
    const source = await call(svc, stats, 'addSource', `${tag}-addSource`, title, { title, kind: 'ARTICLE', text }, budgetMs);
    if (!source) return;
    ack('addSource', title, { id: source.source.id });
    const attribution = { speakerId: actor.actor.id, sourceId: source.source.id };
    const claimText = `Faults claim ${tag}: the bridge will open.`;
    const claim = await call(svc, stats, 'addClaim', `${tag}-addClaim`, claimText, { text: claimText, attribution: { ...attribution, mode: 'PARAPHRASE', quote } }, budgetMs);
    if (!claim) return;
    ack('addClaim', claimText, { id: claim.claim.id, attributionId: claim.claim.attributions[0].id });
    const added = await call(svc, stats, 'addAttribution', `${tag}-addAttribution`, second, { claimId: claim.claim.id, attribution: { ...attribution, mode: 'DIRECT_QUOTE', quote: second } }, budgetMs);
    if (!added) return;
    ack('addAttribution', second, { id: added.attribution.id, claimId: claim.claim.id });
    if (previousClaim) {
      const basis = `Faults link ${tag}`;
      const link = await call(svc, stats, 'linkClaims', `${tag}-linkClaims`, basis, { fromId: claim.claim.id, toId: previousClaim, kind: 'SUPPORTS', basis }, budgetMs);
      if (!link) return;
      ack('linkClaims', basis, { from: claim.claim.id, to: previousClaim });
    }
    previousClaim = claim.claim.id;
  }
}

/** Cypher per operation: [present with what the answer promised, how many effects the call had]. */
const VERIFY: Record<Op, string> = {
  addActor: `OPTIONAL MATCH (a:Actor {id: $ids.id}) WHERE a.name = $marker
    RETURN a IS NOT NULL AS present, COUNT { (x:Actor) WHERE x.name = $marker } AS effects`,
  addSource: `OPTIONAL MATCH (s:Source {id: $ids.id}) WHERE s.title = $marker AND s.text IS NOT NULL
    RETURN s IS NOT NULL AS present, COUNT { (x:Source) WHERE x.title = $marker } AS effects`,
  addClaim: `OPTIONAL MATCH (a:Attribution {id: $ids.attributionId})-[:OF]->(c:Claim {id: $ids.id}) WHERE c.text = $marker
    RETURN c IS NOT NULL AS present, COUNT { (x:Claim) WHERE x.text = $marker } AS effects`,
  addAttribution: `OPTIONAL MATCH (a:Attribution {id: $ids.id})-[:OF]->(:Claim {id: $ids.claimId}) WHERE a.quote = $marker
    RETURN a IS NOT NULL AS present, COUNT { (x:Attribution) WHERE x.quote = $marker } AS effects`,
  linkClaims: `OPTIONAL MATCH (:Claim {id: $ids.from})-[r:SUPPORTS]->(:Claim {id: $ids.to}) WHERE r.basis = $marker
    RETURN r IS NOT NULL AS present, COUNT { ()-[x:SUPPORTS]->() WHERE x.basis = $marker } AS effects`,
};

export interface WriteAudit {
  acknowledged: number;
  lost: string[];
  /** Idempotency keys whose call took effect more than once (or acknowledged ones with none). */
  notExactlyOnce: string[];
}

/** Every acknowledged write present, each exactly once; calls given up on took effect at most once. */
export async function auditWrites(driver: Driver, database: string, stats: WriterStats): Promise<WriteAudit> {
  const audit: WriteAudit = { acknowledged: stats.acks.length, lost: [], notExactlyOnce: [] };
  const session = driver.session({ database, defaultAccessMode: 'READ' });
  try {
    for (const a of stats.acks) {
      const [row] = (await session.run(VERIFY[a.op], { ids: a.ids, marker: a.marker })).records;
      if (row.get('present') !== true) audit.lost.push(`${a.op} ${a.key}`);
      if (Number(row.get('effects')) !== 1) audit.notExactlyOnce.push(`${a.key} (${Number(row.get('effects'))} effects)`);
    }
    for (const g of stats.gaveUp) {
      const [row] = (await session.run(VERIFY[g.op], { ids: {}, marker: g.marker })).records;
      if (Number(row.get('effects')) > 1) audit.notExactlyOnce.push(`${g.key} (${Number(row.get('effects'))} effects, never acknowledged)`);
    }
  } finally {
    await session.close();
  }
  return audit;
}
