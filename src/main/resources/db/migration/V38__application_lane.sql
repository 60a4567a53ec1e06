-- Where each application is now, for the pipeline board, the application's status, the requisition page and the
-- candidate list: its lane ('screening', the key of a loop stage, 'decision' or 'ended') since when, and the called
-- processes of its hiring process that run now (a stage of its loop, or the decision). Written by
-- dev.onramp.hiring.LaneRecorder in the engine's own transaction, at the start and end of those process instances
-- (see dev.onramp.hiring.ApplicationLanes); filled here from the engine's tables for what is already running.
-- Portable SQL: H2 and PostgreSQL.
ALTER TABLE application ADD COLUMN lane VARCHAR(100) DEFAULT 'screening' NOT NULL;
ALTER TABLE application ADD COLUMN lane_since TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL;

CREATE TABLE application_step (
    process_instance_id  VARCHAR(64)   PRIMARY KEY,
    application_id       BIGINT        NOT NULL REFERENCES application (id),
    -- the stage's key and name as its loop called it; both null for the decision
    stage_key            VARCHAR(100),
    stage_name           VARCHAR(200),
    -- the process definition that called the stage (a loop's version: its order of stages)
    caller_definition_id VARCHAR(64),
    started_at           TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX application_step_application_idx ON application_step (application_id);

-- every running stage (an instance called with a stageKey) and decision of an active application
INSERT INTO application_step (process_instance_id, application_id, stage_key, stage_name, caller_definition_id,
                              started_at)
SELECT e.ID_, a.id, k.TEXT_, n.TEXT_, c.PROC_DEF_ID_, COALESCE(h.START_TIME_, a.created_at)
  FROM application a
  JOIN ACT_RU_EXECUTION e ON e.ROOT_PROC_INST_ID_ = a.process_instance_id AND e.ID_ = e.PROC_INST_ID_
                         AND e.ID_ <> a.process_instance_id
  JOIN ACT_RE_PROCDEF d ON d.ID_ = e.PROC_DEF_ID_
  LEFT JOIN ACT_RU_VARIABLE k ON k.EXECUTION_ID_ = e.ID_ AND k.NAME_ = 'stageKey'
  LEFT JOIN ACT_RU_VARIABLE n ON n.EXECUTION_ID_ = e.ID_ AND n.NAME_ = 'stageName'
  LEFT JOIN ACT_RU_EXECUTION c ON c.ID_ = e.SUPER_EXEC_
  LEFT JOIN ACT_HI_PROCINST h ON h.ID_ = e.ID_
 WHERE a.status = 'ACTIVE' AND (k.TEXT_ IS NOT NULL OR d.KEY_ = 'DecideAndOffer');
UPDATE application_step SET stage_name = NULL, caller_definition_id = NULL WHERE stage_key IS NULL;

UPDATE application SET lane_since = created_at;

-- in a stage: the one entered first (two at once: V38.1, dev.onramp.hiring.ParallelLaneBackfill, puts the application
-- in the first of them in its loop's order, as the recorder does)
UPDATE application
   SET lane = (SELECT s.stage_key FROM application_step s
                WHERE s.application_id = application.id AND s.stage_key IS NOT NULL
                ORDER BY s.started_at, s.stage_key FETCH FIRST 1 ROW ONLY)
 WHERE status = 'ACTIVE'
   AND EXISTS (SELECT 1 FROM application_step s WHERE s.application_id = application.id AND s.stage_key IS NOT NULL);
UPDATE application
   SET lane_since = (SELECT MIN(s.started_at) FROM application_step s
                      WHERE s.application_id = application.id AND s.stage_key = application.lane),
       stage = lane
 WHERE status = 'ACTIVE'
   AND EXISTS (SELECT 1 FROM application_step s WHERE s.application_id = application.id AND s.stage_key = application.lane);

-- between two stages of the loop (no stage runs, the loop does): still in the stage it was in last
UPDATE application
   SET lane = stage,
       lane_since = COALESCE((SELECT MAX(h.START_TIME_) FROM ACT_HI_PROCINST h
                               JOIN ACT_HI_VARINST v ON v.PROC_INST_ID_ = h.ID_ AND v.EXECUTION_ID_ = h.ID_
                                AND v.NAME_ = 'stageKey' AND v.TEXT_ = application.stage
                              WHERE h.ROOT_PROC_INST_ID_ = application.process_instance_id), created_at)
 WHERE status = 'ACTIVE' AND lane = 'screening' AND stage IS NOT NULL
   AND EXISTS (SELECT 1 FROM ACT_RU_EXECUTION e JOIN ACT_RE_PROCDEF d ON d.ID_ = e.PROC_DEF_ID_
                WHERE e.ROOT_PROC_INST_ID_ = application.process_instance_id AND e.ID_ = e.PROC_INST_ID_
                  AND e.ID_ <> application.process_instance_id);

-- in the decision (and the offer), or past it and wrapping up, whatever else runs
UPDATE application
   SET lane = 'decision',
       lane_since = COALESCE((SELECT MIN(h.START_TIME_) FROM ACT_HI_PROCINST h
                               WHERE h.ROOT_PROC_INST_ID_ = application.process_instance_id
                                 AND h.PROC_DEF_KEY_ = 'DecideAndOffer'), created_at)
 WHERE status = 'ACTIVE'
   AND EXISTS (SELECT 1 FROM ACT_HI_PROCINST h
                WHERE h.ROOT_PROC_INST_ID_ = application.process_instance_id AND h.PROC_DEF_KEY_ = 'DecideAndOffer');

-- ended: an outcome, or a hiring process that is no longer running
UPDATE application SET lane = 'ended', lane_since = COALESCE(ended_at, created_at) WHERE status <> 'ACTIVE';
UPDATE application
   SET lane = 'ended',
       lane_since = COALESCE((SELECT h.END_TIME_ FROM ACT_HI_PROCINST h WHERE h.ID_ = application.process_instance_id),
                             created_at)
 WHERE status = 'ACTIVE' AND process_instance_id IS NOT NULL
   AND NOT EXISTS (SELECT 1 FROM ACT_RU_EXECUTION e WHERE e.ID_ = application.process_instance_id);
DELETE FROM application_step
 WHERE application_id IN (SELECT id FROM application WHERE lane = 'ended');

-- the board: lane counts (one GROUP BY over the index) and a lane's cards (longest in the lane first, the ended
-- lane most recent first), one indexed page each
CREATE INDEX application_lane_idx ON application (requisition_id, lane, lane_since, id);
