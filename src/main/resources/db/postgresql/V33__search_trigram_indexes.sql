-- PostgreSQL only (the postgres profile adds this location): trigram indexes make search's "contains"
-- (search_text LIKE '%okafor%', see V32) an index scan at 100,000 applications. pg_trgm ships with PostgreSQL's
-- contrib package; creating it needs the right to create extensions (the database owner has it from PG 13 on).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX application_search_trgm_idx ON application USING gin (search_text gin_trgm_ops);
CREATE INDEX requisition_search_trgm_idx ON requisition USING gin (search_text gin_trgm_ops);
