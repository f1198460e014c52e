MATCH (a:Actor)
WHERE $label IS NULL OR $label IN labels(a)
RETURN count(a) AS count
