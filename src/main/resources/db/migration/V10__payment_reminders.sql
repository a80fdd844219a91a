-- Payment reminders before the due date and dunning after it, remembered per invoice so none is sent twice.
alter table invoices add column reminded_at timestamp with time zone;
alter table invoices add column dunning_level integer default 0 not null;
alter table invoices add column last_dunned_at timestamp with time zone;
