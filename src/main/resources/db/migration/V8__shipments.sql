-- Fulfilment: what shipped of each line, and every shipment the ERP reported.
alter table purchase_order_lines add column shipped_quantity numeric(19, 3) default 0 not null;

create table shipments (
  id                   uuid           not null primary key,
  purchase_order_id    uuid           not null references purchase_orders (id),
  erp_event_id         varchar(100),
  tracking_number      varchar(100),
  shipped_at           timestamp with time zone not null
);
create index shipments_purchase_order_idx on shipments (purchase_order_id, shipped_at);

create table shipment_lines (
  shipment_id          uuid           not null references shipments (id),
  line_no              integer        not null,
  sku                  varchar(64)    not null,
  quantity             numeric(19, 3) not null,
  primary key (shipment_id, line_no)
);
