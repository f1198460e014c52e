a {.*, labels: labels(a),
   claimId: [(a)-[:OF]->(x) | x.id][0],
   speakerId: [(a)-[:BY]->(x) | x.id][0],
   sourceId: [(a)-[:IN]->(x) | x.id][0],
   onBehalfOfId: [(a)-[:ON_BEHALF_OF]->(x) | x.id][0],
   viaIds: [(a)-[:VIA]->(x) | x.id]}
