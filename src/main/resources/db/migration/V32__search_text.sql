-- Search (issue 15): each application's candidate name and e-mail, and each requisition's title, in the form search
-- compares (dev.onramp.system.SearchText: no accents, lower case), written by the application with the row
-- (V32_1 fills the rows that were there). PostgreSQL indexes them for "contains" with pg_trgm (db/postgresql/V33);
-- H2 (local development) scans the column.
ALTER TABLE application ADD COLUMN search_text VARCHAR(500) DEFAULT '' NOT NULL;
ALTER TABLE requisition ADD COLUMN search_text VARCHAR(250) DEFAULT '' NOT NULL;
-- the candidate list's default order and its keyset (newest first)
CREATE INDEX application_created_idx ON application (created_at, id);
