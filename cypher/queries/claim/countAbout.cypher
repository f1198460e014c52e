// :include claim/_anchorAbout
// :include claim/_filter
RETURN count(c) AS count
