-- Revisions of an order (earlier ones kept), delegation of approval tasks and out-of-office delegates.

alter table purchase_orders add column revision integer default 1 not null;

create table purchase_order_revisions (
  purchase_order_id    uuid           not null references purchase_orders (id),
  revision             integer        not null,
  total                numeric(19, 2) not null,
  snapshot             varchar(200000) not null,
  replaced_at          timestamp with time zone not null,
  replaced_by          varchar(64)    not null,
  primary key (purchase_order_id, revision)
);

alter table approval_records add column delegated_by varchar(64);

create table out_of_office (
  user_id              varchar(64)    not null primary key,
  delegate_id          varchar(64)    not null,
  from_date            date           not null,
  to_date              date           not null
);
