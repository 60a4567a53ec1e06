-- X-School seats: one seat per person, counted on the cohort row.
-- Taking a seat is one conditional UPDATE of cohort.seats_taken (seats_taken < capacity) and an INSERT here,
-- in one transaction; cohort_capacity_kept (V1) is the last line of defence. Portable SQL (H2 and PostgreSQL).
CREATE TABLE cohort_seat (
    person_id    BIGINT      NOT NULL PRIMARY KEY REFERENCES person (id),
    cohort_id    BIGINT      NOT NULL REFERENCES cohort (id),
    status       VARCHAR(20) NOT NULL DEFAULT 'ASSIGNED',
    assigned_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT cohort_seat_status CHECK (status IN ('ASSIGNED', 'CONFIRMED'))
);

CREATE INDEX cohort_seat_cohort_idx ON cohort_seat (cohort_id);
