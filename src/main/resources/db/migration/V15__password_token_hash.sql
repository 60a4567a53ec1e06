-- Password links: the table keeps the SHA-256 of a link's token, never the token itself (only the link carries it).
-- The tokens already issued are hashed in place by the next migration (V15.1, dev.onramp.onboarding.PasswordTokenHashes),
-- so links already sent keep working until they expire.
ALTER TABLE password_token RENAME COLUMN token TO token_hash;
