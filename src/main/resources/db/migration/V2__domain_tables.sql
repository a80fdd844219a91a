-- PO Desk's own tables. Portable SQL: runs on H2 (default profile) and PostgreSQL.
-- V1 is CamundaEngineSchema, a Java migration that runs Camunda's own create scripts.

create table customers (
  id                   varchar(32)    not null primary key,
  name                 varchar(200)   not null,
  payment_terms        varchar(16)    not null,
  currency             varchar(3)     not null,
  credit_limit         numeric(19, 2) not null,
  po_number_required   boolean        not null,
  po_number_pattern    varchar(200),
  po_number_example    varchar(64),
  document_required    boolean        not null,
  customer_group       varchar(64)    not null,
  region               varchar(64)    not null,
  sales_rep            varchar(64)    not null
);

create table company_users (
  user_id              varchar(64)    not null primary key,
  customer_id          varchar(32)    not null references customers (id),
  role                 varchar(16)    not null,
  display_name         varchar(200)   not null,
  email                varchar(254)   not null,
  spend_limit          numeric(19, 2)
);
create index company_users_customer_idx on company_users (customer_id);

create table purchase_orders (
  id                   uuid           not null primary key,
  customer_id          varchar(32)    not null references customers (id),
  po_number            varchar(64),
  status               varchar(24)    not null,
  currency             varchar(3)     not null,
  total                numeric(19, 2) not null,
  notes                varchar(2000),
  ship_to_name         varchar(200),
  ship_to_street       varchar(200),
  ship_to_city         varchar(100),
  ship_to_postal_code  varchar(20),
  ship_to_country      varchar(2),
  submitted_by         varchar(64)    not null,
  submitted_at         timestamp with time zone not null,
  updated_at           timestamp with time zone not null,
  document_id          uuid,
  rejection_reason     varchar(1000),
  status_reason        varchar(1000),
  erp_reference        varchar(200),
  version              bigint         not null,
  -- decides duplicates, also under concurrent submits (NULL PO numbers never collide)
  constraint purchase_orders_po_number_uk unique (customer_id, po_number)
);
create index purchase_orders_customer_status_idx on purchase_orders (customer_id, status, submitted_at);
create index purchase_orders_status_idx on purchase_orders (status, submitted_at);

create table purchase_order_lines (
  purchase_order_id    uuid           not null references purchase_orders (id),
  line_no              integer        not null,
  sku                  varchar(64)    not null,
  description          varchar(500),
  quantity             numeric(19, 3) not null,
  unit_price           numeric(19, 4) not null,
  line_total           numeric(19, 2) not null,
  primary key (purchase_order_id, line_no)
);

create table documents (
  id                   uuid           not null primary key,
  purchase_order_id    uuid           not null references purchase_orders (id),
  file_name            varchar(255)   not null,
  content_type         varchar(100)   not null,
  size_bytes           bigint         not null,
  sha256               varchar(64)    not null,
  storage_key          varchar(200)   not null,
  uploaded_by          varchar(64)    not null,
  uploaded_at          timestamp with time zone not null
);
create index documents_purchase_order_idx on documents (purchase_order_id);

create table audit_events (
  id                   uuid           not null primary key,
  purchase_order_id    uuid,
  occurred_at          timestamp with time zone not null,
  actor                varchar(64)    not null,
  type                 varchar(40)    not null,
  detail               varchar(2000)
);
create index audit_events_purchase_order_idx on audit_events (purchase_order_id, occurred_at);

create table outbox_mails (
  id                   uuid           not null primary key,
  purchase_order_id    uuid,
  recipient            varchar(254)   not null,
  subject              varchar(300)   not null,
  body                 varchar(10000) not null,
  status               varchar(16)    not null,
  attempts             integer        not null,
  last_error           varchar(1000),
  created_at           timestamp with time zone not null,
  next_attempt_at      timestamp with time zone not null,
  sent_at              timestamp with time zone
);
create index outbox_mails_pending_idx on outbox_mails (status, next_attempt_at);

-- Spring Modulith's event publication registry (the outbox of domain events between modules).
create table event_publication (
  id                   uuid           not null primary key,
  listener_id          varchar(512)   not null,
  event_type           varchar(512)   not null,
  serialized_event     varchar(1000000) not null,
  publication_date     timestamp with time zone not null,
  completion_date      timestamp with time zone
);
create index event_publication_completion_idx on event_publication (completion_date);
