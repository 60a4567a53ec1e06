-- Reports (dev.onramp.reports): every report is bounded by a date range on one of these columns.
-- Portable SQL: runs on H2 (local default) and PostgreSQL alike.
-- application (created_at): served by application_created_idx (created_at, id), V32
CREATE INDEX application_status_ended_idx ON application (status, ended_at);
CREATE INDEX interview_ends_at_idx ON interview (ends_at);
CREATE INDEX offer_prepared_idx ON offer (prepared_at);
CREATE INDEX mentorship_started_idx ON mentorship (started_at);
