-- The staff dashboard: filter the work list by sales rep, and read approval decisions of a window of days.
-- (The work list itself reads purchase_orders by status and submitted_at: purchase_orders_status_idx.)
create index customers_sales_rep_idx on customers (sales_rep);
create index approval_records_decided_idx on approval_records (decided_at);
