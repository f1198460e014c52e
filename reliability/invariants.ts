import type { Driver } from 'neo4j-driver';

/**
 * One Cypher check per invariant of MODEL.md (and of the write path); each returns the
 * offending ids, so a violation names what broke. Read-only.
 */
export const INVARIANTS: Record<string, string> = {
  'every Claim has ≥ 1 Attribution': 'MATCH (c:Claim) WHERE NOT EXISTS { (:Attribution)-[:OF]->(c) } RETURN c.id AS id',
  'every ACTIVE Claim has ≥ 1 ACTIVE Attribution': "MATCH (c:Claim {status: 'ACTIVE'}) WHERE NOT EXISTS { (a:Attribution {status: 'ACTIVE'})-[:OF]->(c) } RETURN c.id AS id",
  'every Attribution has exactly one OF, one BY, one IN': `MATCH (a:Attribution)
    WHERE COUNT { (a)-[:OF]->(:Claim) } <> 1 OR COUNT { (a)-[:BY]->() } <> 1 OR COUNT { (a)-[:IN]->(:Source) } <> 1
    RETURN a.id AS id`,
  'every BY and ON_BEHALF_OF points at a live (unmerged) actor': `MATCH (a:Attribution)-[:BY|ON_BEHALF_OF]->(x)
    WHERE NOT x:Actor OR x:MergedActor RETURN a.id AS id`,
  // A quote lost in a correction keeps its span in the version it was found in (anchorVersion).
  'quote = Source.text[start:end] for every source with text': `MATCH (a:Attribution)-[:IN]->(s:Source) WHERE s.text IS NOT NULL AND a.anchorVersion IS NULL
    AND (a.start IS NULL OR a.end IS NULL OR a.start < 0 OR a.end > size(s.text) OR substring(s.text, a.start, a.end - a.start) <> a.quote)
    RETURN a.id AS id`,
  'a quote lost in a correction = the text of its anchorVersion[start:end]': `MATCH (a:Attribution)-[:IN]->(s:Source) WHERE a.anchorVersion IS NOT NULL
    OPTIONAL MATCH (v:SourceVersion {sourceId: s.id, version: a.anchorVersion})
    WITH a, v WHERE v IS NULL OR a.start IS NULL OR a.end > size(v.text) OR substring(v.text, a.start, a.end - a.start) <> a.quote
    RETURN a.id AS id`,
  'ids are unique across all kinds': 'MATCH (n:Node) WITH n.id AS id, count(*) AS copies WHERE id IS NULL OR copies > 1 RETURN coalesce(id, "<null>") AS id',
  'no dangling merged actor (one MERGED_INTO a live actor or merged chain, no relationship left behind)': `MATCH (m:MergedActor)
    WHERE COUNT { (m)-[:MERGED_INTO]->() } <> 1
       OR NOT EXISTS { (m)-[:MERGED_INTO*1..10]->(:Actor) }
       OR NOT EXISTS { (m)-[:MERGED_INTO]->(t {id: m.mergedInto}) }
       OR EXISTS { (m)<-[:BY|ON_BEHALF_OF|ABOUT|PUBLISHED_BY|AUTHORED_BY|HOLDS_POSITION|MEMBER_OF]-() }
       OR EXISTS { (m)-[:MENTIONED_IN|HOLDS_POSITION|MEMBER_OF]->() }
    RETURN m.id AS id`,
  'every node written has a Change': `MATCH (n:Node) WHERE NOT n:Change AND NOT EXISTS { (:Change)-[:CHANGED]->(n) } RETURN n.id AS id`,
  'every retraction, supersession and merge has its Change': `MATCH (n:Node)
    WHERE (n.status IN ['RETRACTED', 'SUPERSEDED'] AND NOT EXISTS { (ch:Change)-[:CHANGED]->(n) WHERE ch.operation IN ['retractClaim', 'retractAttribution', 'supersedeClaim', 'seed'] })
       OR (n:MergedActor AND NOT EXISTS { (ch:Change {operation: 'mergeActors'})-[:CHANGED]->(n) })
    RETURN n.id AS id`,
  'every Change records what it changed': 'MATCH (ch:Change) WHERE NOT EXISTS { (ch)-[:CHANGED]->() } RETURN ch.id AS id',
  'every idempotency record points at its Change': `MATCH (k:IdempotencyKey)
    WITH k, split(split(k.result, '"changeId":"')[1], '"')[0] AS changeId
    WHERE changeId IS NULL OR NOT EXISTS { (:Change {id: changeId}) } RETURN k.key AS id`,
  'no claim linked to itself, no duplicate CONTRADICTS/SUPPORTS link': `MATCH (a:Claim)-[r:CONTRADICTS|SUPPORTS]->(b:Claim)
    WITH a, b, type(r) AS kind, count(r) AS links
    WHERE a = b OR links > 1 OR (kind = 'CONTRADICTS' AND EXISTS { (b)-[:CONTRADICTS]->(a) })
    RETURN a.id + ' ' + kind + ' ' + b.id AS id`,
};

export interface InvariantResult {
  name: string;
  violations: number;
  sample: string[];
}

export async function checkInvariants(driver: Driver, database: string): Promise<InvariantResult[]> {
  const results: InvariantResult[] = [];
  for (const [name, cypher] of Object.entries(INVARIANTS)) {
    const { records } = await driver.executeQuery(cypher, {}, { database, routing: 'READ' });
    const ids = records.map((r) => String(r.get('id')));
    results.push({ name, violations: ids.length, sample: ids.slice(0, 5) });
  }
  return results;
}
