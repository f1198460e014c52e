// The nodes a write will lock, read in its transaction before it locks anything: each existing id, the actor a
// merged actor's id resolves to now, and an attribution's claim. A read: it locks nothing.
UNWIND $ids AS id
MATCH (n:Node {id: id})
OPTIONAL MATCH (n)-[:MERGED_INTO*1..10]->(survivor:Actor)
OPTIONAL MATCH (n:Attribution)-[:OF]->(claim:Claim)
RETURN id, [x IN [n.id, survivor.id, claim.id] WHERE x IS NOT NULL] AS lockIds
