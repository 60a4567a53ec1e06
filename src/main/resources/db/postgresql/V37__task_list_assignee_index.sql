-- PostgreSQL only: My tasks reads the tasks assigned to a person in list order (due date, then id) a page at a time,
-- as one part of what the person sees (TaskSearch: assigned / offered to their groups / offered to them by name).
-- The engine's own index on ASSIGNEE_ alone finds them but leaves them to be sorted, every one, per page.
CREATE INDEX IF NOT EXISTS ONRAMP_IDX_TASK_ASSIGNEE_DUE ON ACT_RU_TASK (ASSIGNEE_, DUE_DATE_, ID_);
