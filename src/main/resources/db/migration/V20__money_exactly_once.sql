-- Money exactly once (issue 11, point 4).

-- Each shipped quantity names the order line it filled (counted from 0), so that two lines with one SKU are each
-- invoiced at their own price. Shipments recorded before named the SKU only and were invoiced at the first line
-- with that SKU; they keep that.
alter table shipment_lines add column order_line_no integer;
update shipment_lines set order_line_no = (
  select min(l.line_no) from purchase_order_lines l join shipments s on s.purchase_order_id = l.purchase_order_id
  where s.id = shipment_lines.shipment_id and l.sku = shipment_lines.sku);
alter table shipment_lines alter column order_line_no set not null;

-- Invoices are written under optimistic locking: a change made from a stale copy (a payment, a reminder, the ERP
-- push) is refused instead of overwriting another.
alter table invoices add column version bigint default 0 not null;

-- Every payment recorded against an invoice; their sum is the invoice's paid amount.
create table invoice_payments (
  invoice_id           uuid           not null references invoices (id),
  payment_no           integer        not null,
  amount               numeric(19, 2) not null,
  recorded_by          varchar(100)   not null,
  recorded_at          timestamp with time zone not null,
  primary key (invoice_id, payment_no)
);
-- what was paid before payments were kept one by one, as one payment
insert into invoice_payments (invoice_id, payment_no, amount, recorded_by, recorded_at)
  select id, 0, paid, 'before-v20', issued_at from invoices where paid > 0;
