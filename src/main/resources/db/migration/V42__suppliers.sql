-- The buy side's master data (issue 15): suppliers, with their acknowledgement SLA, backorder policy and match
-- tolerances (JSON: quantity and price, over and under, percent and absolute), and what each sells per SKU.
create table suppliers (
    code varchar(32) primary key,
    name varchar(200) not null,
    email varchar(254) not null,
    currency varchar(3) not null,
    payment_terms varchar(32) not null,
    ack_sla_hours integer not null check (ack_sla_hours between 1 and 720),
    backorder_policy varchar(20) not null,
    tolerances text not null,
    active boolean default true not null,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null
);

create table supplier_catalog (
    id uuid primary key,
    supplier varchar(32) not null references suppliers (code),
    sku varchar(64) not null,
    price numeric(19, 4) not null check (price >= 0),
    currency varchar(3) not null,
    valid_from date not null,
    valid_to date,
    priority integer not null,
    lead_time_days integer not null check (lead_time_days >= 0),
    min_order_quantity numeric(19, 4) not null check (min_order_quantity > 0),
    pack_size numeric(19, 4) not null check (pack_size > 0),
    tolerances text,
    updated_at timestamp with time zone not null,
    unique (supplier, sku, valid_from),
    check (valid_to is null or valid_to >= valid_from)
);
create index supplier_catalog_sku on supplier_catalog (sku);
