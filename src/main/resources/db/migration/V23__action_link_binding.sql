-- An approval link is bound to the task and the order revision it was mailed for, and remembers who held the
-- task then: a revision, or the task handed to someone else since, makes the link act on nothing.
-- Rows from before this change have no task: their approval links are refused (the reminder brings a new one).
alter table action_links add column task_id varchar(64);
alter table action_links add column revision integer;
alter table action_links add column assignee_when_sent varchar(100);
