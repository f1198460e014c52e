// :include claim/_anchorSpeaker
// :include claim/_filter
RETURN count(c) AS count
