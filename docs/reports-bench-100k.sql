-- 100,000 applications over two years with their history, for the reports' queries (scratch DB reports_bench)
INSERT INTO requisition (team_id, title, hiring_manager_id, location_policy, openings, description, status, opened_by, opened_at)
SELECT t.id, 'Bench ' || t.slug || ' ' || g, (SELECT MIN(id) FROM person), 'Anywhere', 5, '', 'OPEN', (SELECT MIN(id) FROM person), now() - interval '800 days'
FROM team t, generate_series(1, 10) g;

INSERT INTO application (requisition_id, candidate_name, candidate_email, candidate_email_key, candidate_zone, candidate_country,
  source, status, created_by, created_at, ended_at, process_instance_id)
SELECT r.id, 'Bench ' || g, 'b' || g || '@example.com', 'b' || g || '@example.com', 'Europe/Berlin', 'DE',
  (ARRAY['REFERRAL','INBOUND','SOURCED','AGENCY','OTHER'])[1 + g % 5],
  CASE WHEN g % 10 = 0 THEN 'HIRED' WHEN g % 10 < 5 THEN 'REJECTED' ELSE 'ACTIVE' END,
  (SELECT MIN(id) FROM person), now() - (g % 730) * interval '1 day',
  CASE WHEN g % 10 = 0 THEN now() - (g % 730) * interval '1 day' + (20 + g % 40) * interval '1 day'
       WHEN g % 10 < 5 THEN now() - (g % 730) * interval '1 day' + interval '3 days' END,
  'bench-pi-' || g
FROM generate_series(1, 100000) g
JOIN (SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM requisition WHERE title LIKE 'Bench %') r ON r.n = g % 60;

-- history: screening for all, two loop stages for half, the decision for a fifth
INSERT INTO ACT_HI_ACTINST (ID_, PROC_DEF_KEY_, PROC_DEF_ID_, ROOT_PROC_INST_ID_, PROC_INST_ID_, EXECUTION_ID_, ACT_ID_, ACT_NAME_,
  ACT_TYPE_, START_TIME_, END_TIME_, DURATION_, ACT_INST_STATE_, SEQUENCE_COUNTER_)
SELECT 'bench-s-' || a.id, 'HiringProcess', 'HiringProcess:1:x', a.process_instance_id, a.process_instance_id, a.process_instance_id,
  'Task_Screen', 'Screen', 'userTask', a.created_at, a.created_at + interval '2 days', 172800000, 4, 1
FROM application a WHERE a.process_instance_id LIKE 'bench-pi-%';
INSERT INTO ACT_HI_ACTINST (ID_, PROC_DEF_KEY_, PROC_DEF_ID_, ROOT_PROC_INST_ID_, PROC_INST_ID_, EXECUTION_ID_, ACT_ID_, ACT_NAME_,
  ACT_TYPE_, START_TIME_, END_TIME_, DURATION_, ACT_INST_STATE_, SEQUENCE_COUNTER_)
SELECT 'bench-l' || k || '-' || a.id, t.loop_process_key, t.loop_process_key || ':1:x', a.process_instance_id, 'loop-' || a.id, 'loop-' || a.id,
  'CallActivity_Stage' || k, 'Stage ' || k, 'callActivity', a.created_at + interval '3 days', a.created_at + interval '9 days', 518400000, 4, k + 1
FROM application a JOIN requisition r ON r.id = a.requisition_id JOIN team t ON t.id = r.team_id, generate_series(1, 2) k
WHERE a.process_instance_id LIKE 'bench-pi-%' AND a.id % 2 = 0;
INSERT INTO ACT_HI_ACTINST (ID_, PROC_DEF_KEY_, PROC_DEF_ID_, ROOT_PROC_INST_ID_, PROC_INST_ID_, EXECUTION_ID_, ACT_ID_, ACT_NAME_,
  ACT_TYPE_, START_TIME_, END_TIME_, DURATION_, ACT_INST_STATE_, SEQUENCE_COUNTER_)
SELECT 'bench-d-' || a.id, 'HiringProcess', 'HiringProcess:1:x', a.process_instance_id, a.process_instance_id, a.process_instance_id,
  'CallActivity_DecideAndOffer', 'Decide', 'callActivity', a.created_at + interval '15 days', a.created_at + interval '20 days', 432000000, 4, 9
FROM application a WHERE a.process_instance_id LIKE 'bench-pi-%' AND a.id % 5 = 0;

-- interviews (three for every other application), a panel of two, feedback for each seat
INSERT INTO interview (application_id, stage_key, stage_name, kind, starts_at, ends_at, status, scheduled_by, scheduled_at)
SELECT a.id, 'stage-' || k, 'Stage ' || k, 'LIVE', a.created_at + k * interval '4 days', a.created_at + k * interval '4 days' + interval '1 hour',
  'DONE', (SELECT MIN(id) FROM person), a.created_at
FROM application a, generate_series(1, 3) k WHERE a.process_instance_id LIKE 'bench-pi-%' AND a.id % 2 = 0;
INSERT INTO interview_panel (interview_id, person_id, seat)
SELECT i.id, p.id, s FROM interview i, generate_series(0, 1) s,
  LATERAL (SELECT id FROM person ORDER BY id OFFSET ((i.id + s * 7) % 40) LIMIT 1) p
WHERE i.stage_key LIKE 'stage-%' ON CONFLICT DO NOTHING;
INSERT INTO feedback (interview_id, application_id, interviewer_id, status, vote, created_at, updated_at, submitted_at)
SELECT i.id, i.application_id, ip.person_id, 'SUBMITTED', 1, i.ends_at, i.ends_at, i.ends_at + ((i.id % 48) * interval '1 hour')
FROM interview i JOIN interview_panel ip ON ip.interview_id = i.id WHERE i.stage_key LIKE 'stage-%';

INSERT INTO offer (application_id, process_instance_id, start_date, work_country, time_zone, annual_amount, currency, status, prepared_by, prepared_at)
SELECT a.id, 'bench-offer-' || a.id, CURRENT_DATE, 'DE', 'Europe/Berlin', 90000, 'EUR',
  (ARRAY['ACCEPTED','DECLINED','EXPIRED','ACCEPTED'])[1 + a.id % 4], (SELECT MIN(id) FROM person), a.created_at + interval '18 days'
FROM application a WHERE a.process_instance_id LIKE 'bench-pi-%' AND a.id % 8 = 0;
ANALYZE;
