// Entity resolution: resolutionText holds each actor's name keys (folded words, transliteration
// skeletons, initials, phonetic codes), written by the service; candidates are shortlisted here.
CREATE FULLTEXT INDEX actor_resolution IF NOT EXISTS FOR (n:Actor) ON EACH [n.resolutionText];
