-- PO numbers a buyer can live with (issue 13): compared trimmed and, where the company says so, ignoring case; the
-- number of a cancelled or expired order may be used again. The unique key moves from the number as typed to its
-- comparison key, which an order holds only while it is live or done (cancelled and expired orders hold none, and
-- NULLs never collide, on H2 and PostgreSQL alike).
alter table customers add column po_number_ignore_case boolean default false not null;
alter table purchase_orders add column po_number_ignore_case boolean;
update purchase_orders set po_number_ignore_case = false where po_number_required is not null;
alter table purchase_orders add column po_number_key varchar(64);
update purchase_orders set po_number_key = trim(po_number) where status not in ('CANCELLED', 'EXPIRED');
alter table purchase_orders drop constraint purchase_orders_po_number_uk;
alter table purchase_orders add constraint purchase_orders_po_number_key_uk unique (customer_id, po_number_key);
