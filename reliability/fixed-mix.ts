import type { Driver } from 'neo4j-driver';
import { EDITOR, M, pick, readOrSearch, send, type Answer, type IdempotentGroup, type Step } from './workload';

/** The fixed-size mix's writes: each replaces or undoes, none adds a node to the live graph (history still records a Change per write). */
const F = {
  updateActor: 'mutation($i: UpdateActorInput!) { updateActor(input: $i) { actor { id } change { id } } }',
  setAbout: 'mutation($i: SetAboutInput!) { setAbout(input: $i) { claim { id } change { id } } }',
};

/**
 * The soak's mix on a graph that stops growing: the same reads and searches as the load mix,
 * and writes that replace or undo (link and unlink the hot claims, replace an actor's
 * description, replace what a claim is about), racing on the same hot set. Keyed retries
 * are five copies of one updateActor with a description no other write uses.
 */
export const fixedStep: Step = async (url, pool, r, tally, groups, tag) => {
  const x = r();
  const claim = pick(pool.claims, r);
  const started = performance.now();
  const read = await readOrSearch(url, pool, r, tally, tag, x, claim);
  if (read) return tally.record(read.kind, performance.now() - started, read.answer);
  const w = (query: string, i: Record<string, unknown>, who = EDITOR) => send(tally, 'write', url, query, { i }, who);
  const y = r();
  const other = pick(pool.claims, r);
  const linkKind = r() < 0.5 ? 'CONTRADICTS' : 'SUPPORTS';
  let answer: Answer;
  if (y < 0.35) answer = await w(M.linkClaims, { fromId: claim.id, toId: other.id, kind: linkKind, basis: 'soak' });
  else if (y < 0.7) answer = await w(M.unlinkClaims, { fromId: claim.id, toId: other.id, kind: linkKind, reason: 'soak' });
  else if (y < 0.82) answer = await w(F.updateActor, { id: pick(pool.actors, r), description: `soak ${Math.floor(r() * 1e9)}` });
  else if (y < 0.92) answer = await w(F.setAbout, { claimId: claim.id, aboutIds: [pick(pool.actors, r)] });
  else {
    const name = `soak ${tag} once ${groups.length} ${Math.floor(r() * 1e9)}`;
    const id = pick(pool.actors, r);
    const answers = await Promise.all(Array.from({ length: 5 }, () => send(tally, 'write', url, F.updateActor, { i: { id, description: name } }, { ...EDITOR, 'idempotency-key': `once-${name}` })));
    groups.push({ name, answers });
    for (const a of answers.slice(1)) tally.record('write', performance.now() - started, a);
    answer = answers[0];
  }
  tally.record('write', performance.now() - started, answer);
};

/**
 * Each keyed updateActor group: every copy answered with one Change, and exactly one Change
 * has its description in its input (details start with the input; the next update of the actor
 * names the description again, as its "before").
 */
export async function verifyKeyedUpdates(driver: Driver, database: string, groups: IdempotentGroup[]): Promise<string[]> {
  const { records } = await driver.executeQuery(
    `UNWIND $names AS name
     RETURN name, COUNT { MATCH (ch:Change {operation: 'updateActor'}) WHERE split(ch.details, '"before":')[0] CONTAINS ('"description":"' + name + '"') } AS changes`,
    { names: groups.map((g) => g.name) },
    { database, routing: 'READ' },
  );
  const changes = new Map(records.map((r) => [r.get('name') as string, Number(r.get('changes'))]));
  return groups.flatMap((g) => {
    const ok = g.answers.filter((a) => a.data?.updateActor);
    const ids = new Set(ok.map((a) => a.data.updateActor.change.id));
    const n = changes.get(g.name) ?? 0;
    return n === 1 && ok.length === g.answers.length && ids.size === 1 ? [] : [`${g.name}: ${n} Changes, ${ok.length}/${g.answers.length} answered, ${ids.size} change ids`];
  });
}

/** The live graph (what reads see), without history and bookkeeping: flat when the mix keeps the graph at a fixed size. */
export async function liveGraphSize(driver: Driver, database: string): Promise<{ nodes: number; relationships: number; changes: number }> {
  const { records } = await driver.executeQuery(
    `CALL () { MATCH (n:Node) WHERE NOT n:Change RETURN count(n) AS nodes }
     CALL () { MATCH (:Node)-[r]->(m:Node) WHERE NOT m:Change AND type(r) <> 'CHANGED' RETURN count(r) AS relationships }
     CALL () { MATCH (c:Change) RETURN count(c) AS changes }
     RETURN nodes, relationships, changes`,
    {},
    { database, routing: 'READ' },
  );
  const r = records[0];
  return { nodes: Number(r.get('nodes')), relationships: Number(r.get('relationships')), changes: Number(r.get('changes')) };
}
