// Every CONTRADICTS/SUPPORTS link of each claim, with the claim at the other end.
UNWIND $ids AS id
MATCH (c:Claim {id: id})
RETURN id, [(c)-[r:CONTRADICTS|SUPPORTS]-(o:Claim) | {
  id: r.id, kind: type(r), outgoing: startNode(r) = c, basis: r.basis,
  createdBy: r.createdBy, createdAt: r.createdAt,
  other: o {.*, labels: labels(o)}
}] AS items
