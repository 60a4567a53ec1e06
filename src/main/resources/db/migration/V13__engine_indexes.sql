-- Indexes the engine's own schema lacks, for Onramp at scale (see ../shared/CAMUNDA-NOTES.md, "At scale"):
-- completing a task looks up its sub-tasks by PARENT_TASK_ID_ (a scan of ACT_RU_TASK without this index);
-- job acquisition by due date (jobExecutorAcquireByDueDate) orders the timer jobs by DUEDATE_.
CREATE INDEX IF NOT EXISTS ONRAMP_IDX_TASK_PARENT ON ACT_RU_TASK (PARENT_TASK_ID_);
CREATE INDEX IF NOT EXISTS ONRAMP_IDX_JOB_DUEDATE ON ACT_RU_JOB (DUEDATE_);
