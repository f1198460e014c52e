// How many claims the backfill walks (from the count store): the length of its progress bar.
MATCH (c:Claim)
RETURN count(c) AS count
