-- Indexes for My tasks at scale (issue 13), on the engine's runtime tables (H2 and PostgreSQL alike):
-- the list is read in due-date order, then by id, a page at a time (keyset paging);
-- the requisition filter finds the tasks whose process instance has the variable requisitionId = n.
CREATE INDEX IF NOT EXISTS ONRAMP_IDX_TASK_DUE_ID ON ACT_RU_TASK (DUE_DATE_, ID_);
CREATE INDEX IF NOT EXISTS ONRAMP_IDX_VARIABLE_NAME_LONG ON ACT_RU_VARIABLE (NAME_, LONG_);
CREATE INDEX IF NOT EXISTS ONRAMP_IDX_TASK_DEF_KEY ON ACT_RU_TASK (TASK_DEF_KEY_);
