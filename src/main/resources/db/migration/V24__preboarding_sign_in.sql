-- Pre-boarding: a new hire signs in as soon as they have set a password, not only from their start week.
UPDATE person SET sign_in_from = NULL
 WHERE id IN (SELECT person_id FROM person_role WHERE role = 'NEW_HIRE');
