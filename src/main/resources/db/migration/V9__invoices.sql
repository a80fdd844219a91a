-- Invoices: one per shipment, numbered from a sequence, quoting the PO number, due after the payment terms.
create sequence invoice_number_seq start with 1000 increment by 1;

create table invoices (
  id                   uuid           not null primary key,
  number               varchar(32)    not null,
  purchase_order_id    uuid           not null references purchase_orders (id),
  shipment_id          uuid           not null references shipments (id),
  po_number            varchar(64),
  currency             varchar(3)     not null,
  net                  numeric(19, 2) not null,
  tax                  numeric(19, 2) not null,
  total                numeric(19, 2) not null,
  paid                 numeric(19, 2) not null,
  issued_at            timestamp with time zone not null,
  due_date             date           not null,
  document_id          uuid,
  constraint invoices_number_uk unique (number),
  -- one invoice per shipment, whatever the retries
  constraint invoices_shipment_uk unique (shipment_id)
);
create index invoices_purchase_order_idx on invoices (purchase_order_id, issued_at);

create table invoice_lines (
  invoice_id           uuid           not null references invoices (id),
  line_no              integer        not null,
  sku                  varchar(64)    not null,
  description          varchar(500),
  quantity             numeric(19, 3) not null,
  unit_price           numeric(19, 4) not null,
  line_total           numeric(19, 2) not null,
  primary key (invoice_id, line_no)
);
