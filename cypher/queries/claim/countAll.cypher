// :include claim/_anchorAll
// :include claim/_filter
RETURN count(c) AS count
