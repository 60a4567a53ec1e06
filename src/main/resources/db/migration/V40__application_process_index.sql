-- A task form finds its application by the hiring process the task belongs to (hiring.Screening): one indexed
-- lookup instead of reading the process's variables through the engine.
CREATE INDEX application_process_instance_idx ON application (process_instance_id);
