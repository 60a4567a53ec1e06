-- Candidates' data has a lifetime: when an application's personal data was anonymised (on request, or by the
-- retention job once it ended longer ago than onramp.privacy.retention). Counts, stages, statuses and dates stay.
ALTER TABLE application ADD COLUMN anonymised_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE application ADD COLUMN anonymised_reason VARCHAR(20);
ALTER TABLE application ADD CONSTRAINT application_anonymised_reason_known
    CHECK (anonymised_reason IS NULL OR anonymised_reason IN ('REQUEST', 'RETENTION'));

CREATE INDEX application_ended_idx ON application (ended_at);
