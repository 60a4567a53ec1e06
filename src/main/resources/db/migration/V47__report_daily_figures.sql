-- The reports' daily figures (dev.onramp.reports.DailyFigures): for each UTC day that ended at least a week ago, what
-- the funnel, the feedback and the interviewer-load reports count of that day's rows, so that a year's report sums a
-- few thousand rows of these instead of aggregating every application, history row and panel seat of the year. Built
-- on demand (a day without a row in report_day_done is computed from the raw rows on the next report that covers it,
-- and stored); a change to a stored day (a stage reached, a hire, a scorecard, an interview moved or cancelled) adds a
-- row to report_day_dirty in its own transaction, and a report reads such a day from the raw rows until it is stored
-- again. Rows loaded with plain SQL (docs/reports-bench-100k.sql) pass no listener: delete report_day_done's rows of
-- the days they touch (or all) and the next report rebuilds them. Portable SQL: H2 and PostgreSQL.

-- per day of the application's creation, its requisition's team and its source: applications, of them hired
CREATE TABLE report_funnel_day (
    utc_day        DATE         NOT NULL,
    team_id        BIGINT       NOT NULL,
    source         VARCHAR(20)  NOT NULL,
    applied        BIGINT       NOT NULL,
    hired          BIGINT       NOT NULL,
    PRIMARY KEY (utc_day, team_id, source)
);

-- per day of the application's creation, team, and step of the engine's history (the call activities and the finished
-- screening tasks of the application's processes): applications that reached it, the sum and count of its durations,
-- and the earliest time the engine's history cleanup may remove one of its rows (from then on the day is read raw)
CREATE TABLE report_funnel_step_day (
    utc_day        DATE             NOT NULL,
    team_id        BIGINT           NOT NULL,
    act_id         VARCHAR(255)     NOT NULL,
    proc_def_key   VARCHAR(255)     NOT NULL,
    act_name       VARCHAR(255),
    reached        BIGINT           NOT NULL,
    duration_sum   DOUBLE PRECISION NOT NULL,
    duration_count BIGINT           NOT NULL,
    removal_from   TIMESTAMP,
    PRIMARY KEY (utc_day, team_id, act_id, proc_def_key)
);

-- per day of the interview's end, the candidate's team (of the requisition) and interviewer: panel seats of interviews
-- not cancelled, scorecards submitted, of them within 24 hours of the end
CREATE TABLE report_feedback_day (
    utc_day        DATE    NOT NULL,
    team_id        BIGINT  NOT NULL,
    person_id      BIGINT  NOT NULL,
    seats          BIGINT  NOT NULL,
    submitted      BIGINT  NOT NULL,
    on_time        BIGINT  NOT NULL,
    PRIMARY KEY (utc_day, team_id, person_id)
);

-- per UTC day of the interview's start, the candidate's team, interviewer and date of the start as the reports' query
-- casts it (the database session's zone): live interviews not cancelled
CREATE TABLE report_load_day (
    utc_day        DATE    NOT NULL,
    team_id        BIGINT  NOT NULL,
    person_id      BIGINT  NOT NULL,
    held_on        DATE    NOT NULL,
    interviews     BIGINT  NOT NULL,
    PRIMARY KEY (utc_day, team_id, person_id, held_on)
);

-- the days stored, per kind ('funnel', 'feedback', 'load'); a day without rows of figures may be stored and empty
CREATE TABLE report_day_done (
    kind           VARCHAR(20) NOT NULL,
    utc_day        DATE        NOT NULL,
    PRIMARY KEY (kind, utc_day)
);

-- stored days changed since: insert-only (no key, so concurrent changes of one day never wait for each other)
CREATE TABLE report_day_dirty (
    kind           VARCHAR(20) NOT NULL,
    utc_day        DATE        NOT NULL
);
CREATE INDEX report_day_dirty_idx ON report_day_dirty (kind, utc_day);
