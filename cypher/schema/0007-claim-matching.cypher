// Claim matching (docs/matching.md): one :ClaimVector per claim, kept beside the claim, not on
// it, so claim reads, history and backups do not carry 384 floats. It holds the text it was
// computed from (a changed claim text is re-embedded), its normalised-text hash (exact
// matches) and the sentence embedding, searched through a vector index.
CREATE CONSTRAINT claim_vector_claim IF NOT EXISTS FOR (v:ClaimVector) REQUIRE v.claimId IS UNIQUE;
CREATE INDEX claim_vector_hash IF NOT EXISTS FOR (v:ClaimVector) ON (v.normHash);
CREATE VECTOR INDEX claim_embedding IF NOT EXISTS FOR (v:ClaimVector) ON v.embedding
OPTIONS {indexConfig: {`vector.dimensions`: 384, `vector.similarity_function`: 'cosine'}};
