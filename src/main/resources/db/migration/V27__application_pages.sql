-- A requisition's page lists its applications newest first, a page at a time (issue 13).
CREATE INDEX application_requisition_created_idx ON application (requisition_id, created_at, id);
