-- PostgreSQL only, outside a transaction (V39__application_lane_vacuum.sql.conf): V38 rewrote every application row
-- (its lane); this clears the old row versions and marks the pages all-visible at once, so that the board's lane
-- counts are an index-only scan of application_lane_idx from the first request (autovacuum would do it later; some
-- servers run without it), and gives the planner the new columns' statistics.
VACUUM (ANALYZE) application;
