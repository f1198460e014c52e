m {.id, .name, .title, .status, .mode, .quote, .saidAt, .date, .publishedAt, .acronym,
   claimText: CASE WHEN m:Claim THEN m.text END, labels: labels(m)}
