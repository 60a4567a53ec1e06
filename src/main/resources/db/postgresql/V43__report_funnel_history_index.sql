-- PostgreSQL only (the postgres profile adds this location). The reports' funnel (dev.onramp.reports.ReportQueries)
-- reads, of the engine's history, only the call activities (loop stages, decision and offer) and the finished
-- screening tasks that started from the range's start on. The engine's ACT_IDX_HI_ACT_INST_START_END index holds
-- every activity instance (events, gateways, service and user tasks of every process: most of the table), each a
-- heap visit; this partial index holds the funnel's rows only, with the columns it reads. The query writes the same
-- predicate out, literally, so that the planner can use it.
CREATE INDEX onramp_hi_actinst_funnel_idx ON act_hi_actinst (start_time_)
    INCLUDE (root_proc_inst_id_, act_id_, proc_def_key_, duration_, act_name_)
    WHERE act_type_ = 'callActivity' OR (act_id_ = 'Task_Screen' AND duration_ IS NOT NULL);
