-- Every event the ERP sends, kept whatever became of it (applied, unmatched, refused): idempotent by event id.
create table erp_inbound_events (
  id                   varchar(100)   not null primary key,
  type                 varchar(40)    not null,
  company              varchar(32),
  po_number            varchar(64),
  purchase_order_id    uuid,
  status               varchar(16)    not null,
  detail               varchar(1000),
  payload              varchar(1000000) not null,
  received_at          timestamp with time zone not null
);
create index erp_inbound_events_status_idx on erp_inbound_events (status, received_at);
