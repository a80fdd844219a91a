-- When an invoice reached the ERP (null: still to push).
alter table invoices add column erp_pushed_at timestamp with time zone;
