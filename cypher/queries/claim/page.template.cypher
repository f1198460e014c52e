// A page of claims, keyset on id; anchored on the most selective filter given.
// :include claim/_anchor{{anchor}}
// :include claim/_filter
WITH c ORDER BY c.id LIMIT $limit
RETURN c {.*, labels: labels(c)} AS node
