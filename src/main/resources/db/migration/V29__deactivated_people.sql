-- A company's person can be deactivated (issue 13): kept for the history of the orders they touched, without a login.
alter table company_users add column active boolean default true not null;
