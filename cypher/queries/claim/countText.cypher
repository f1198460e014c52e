// :include claim/_anchorText
// :include claim/_filter
RETURN count(c) AS count
