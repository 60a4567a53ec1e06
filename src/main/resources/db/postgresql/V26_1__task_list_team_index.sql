-- PostgreSQL only: the team filter of My tasks finds the process instances whose variable "team" has a value.
-- Partial, because a B-tree entry on TEXT_ (up to 4000 characters) may be too long for other variables;
-- a team's key is short. H2 (local development) reads the variable through the process instance's index instead.
CREATE INDEX IF NOT EXISTS ONRAMP_IDX_VARIABLE_TEAM ON ACT_RU_VARIABLE (TEXT_) WHERE NAME_ = 'team';
