// How many claims a filter finds, from the same anchor as its page.
// :include claim/_anchor{{anchor}}
// :include claim/_filter
RETURN count(c) AS count
