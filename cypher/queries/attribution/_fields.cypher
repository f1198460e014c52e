a {.*, labels: labels(a),
   claimId: [(a)-[:OF]->(x) | x.id][0],
   speakerId: [(a)-[:BY]->(x) | x.id][0],
   sourceId: [(a)-[:IN]->(x) | x.id][0],
   onBehalfOfId: [(a)-[:ON_BEHALF_OF]->(x) | x.id][0],
   // VIA lists are short; 100 (the largest page) bounds them, viaCount tells the rest.
   viaIds: COLLECT { MATCH (a)-[:VIA]->(x) RETURN x.id ORDER BY x.id LIMIT 100 },
   viaCount: COUNT { (a)-[:VIA]->() },
   // Speaker and source come along, so resolving them costs no further round trip;
   // a source's text (possibly megabytes) is left out and fetched only when asked for.
   speakerNode: [(a)-[:BY]->(x) | x {.*, labels: labels(x)}][0],
   sourceNode: [(a)-[:IN]->(x) | x {.*, text: null, textOmitted: x.text IS NOT NULL, labels: labels(x)}][0]}
