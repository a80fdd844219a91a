-- The job executor asks for due jobs (due date empty or past) on every acquisition. Every open order keeps
-- several timers (reminders, escalation, expiry, daily re-checks) due days ahead; without an index on the due
-- date each acquisition reads all of them (docs/performance.md, the timer storm).
create index act_ru_job_duedate_idx on act_ru_job (duedate_);
