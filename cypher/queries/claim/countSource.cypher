// :include claim/_anchorSource
// :include claim/_filter
RETURN count(c) AS count
