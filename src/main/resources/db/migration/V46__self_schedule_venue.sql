-- The venue the recruiter typed when sending a self-scheduling link (both optional, as on the schedule form): the
-- interview the candidate books through the link gets it, so its calendar invite says where, like any other booking.
ALTER TABLE self_schedule_link ADD COLUMN location VARCHAR(200);
ALTER TABLE self_schedule_link ADD COLUMN video_link VARCHAR(500);
