-- One owner for the order's status (issue 12, point 2): the order derives INVOICED, PAID and COMPLETED from facts of
-- its own, which invoicing reports to it: what of each line its invoices cover, and each invoice with what is paid.
-- Both are filled from the invoices issued so far, so an order in the middle of fulfilment goes on where it stands.
alter table purchase_order_lines add column invoiced_quantity numeric(19, 3) default 0 not null;
update purchase_order_lines set invoiced_quantity = coalesce((
  select sum(sl.quantity) from shipment_lines sl
    join shipments s on s.id = sl.shipment_id
    join invoices i on i.shipment_id = s.id
  where s.purchase_order_id = purchase_order_lines.purchase_order_id
    and sl.order_line_no = purchase_order_lines.line_no), 0);

create table purchase_order_invoices (
  purchase_order_id    uuid           not null references purchase_orders (id),
  invoice_no           integer        not null,
  invoice_number       varchar(32)    not null,
  total                numeric(19, 2) not null,
  paid                 numeric(19, 2) not null,
  primary key (purchase_order_id, invoice_no)
);
insert into purchase_order_invoices (purchase_order_id, invoice_no, invoice_number, total, paid)
  select purchase_order_id, row_number() over (partition by purchase_order_id order by issued_at, number) - 1,
    number, total, paid
  from invoices;
