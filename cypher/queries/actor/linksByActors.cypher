// Positions, memberships, published sources and merged ids of each actor, in one round trip.
UNWIND $ids AS id
MATCH (ac:Actor {id: id})
RETURN id, {
  positions: [(ac)-[r:HOLDS_POSITION]->(o:Organisation) |
    {title: r.title, from: r.from, to: r.to, person: ac {.*, labels: labels(ac)}, organisation: o {.*, labels: labels(o)}}],
  positionHolders: [(p:Person)-[r:HOLDS_POSITION]->(ac) |
    {title: r.title, from: r.from, to: r.to, person: p {.*, labels: labels(p)}, organisation: ac {.*, labels: labels(ac)}}],
  memberships: [(ac)-[r:MEMBER_OF]->(o:Organisation) |
    {from: r.from, to: r.to, member: ac {.*, labels: labels(ac)}, organisation: o {.*, labels: labels(o)}}],
  members: [(m:Organisation)-[r:MEMBER_OF]->(ac) |
    {from: r.from, to: r.to, member: m {.*, labels: labels(m)}, organisation: ac {.*, labels: labels(ac)}}],
  published: [(s:Source)-[:PUBLISHED_BY]->(ac) | s {.*, labels: labels(s)}],
  mergedIds: [(m)-[:MERGED_INTO*1..10]->(ac) | m.id]
} AS links
