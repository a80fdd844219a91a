-- Approval chains: who may approve how much, and every decision taken in a chain.

alter table customers add column risk varchar(16) default 'low' not null;
alter table customers add column approval_expiry_days integer default 7 not null;

create table authority_limits (
  user_id              varchar(64)    not null primary key,
  amount               numeric(19, 2) not null,
  currency             varchar(3)     not null
);

create table approval_records (
  id                   uuid           not null primary key,
  purchase_order_id    uuid           not null references purchase_orders (id),
  chain_id             varchar(64)    not null,
  task_id              varchar(64)    not null,
  approver_group       varchar(64),
  approver             varchar(64)    not null,
  decision             varchar(16)    not null,
  reason               varchar(1000),
  decided_at           timestamp with time zone not null,
  -- one person never counts twice in one chain
  constraint approval_records_once_per_chain_uk unique (chain_id, approver)
);
create index approval_records_purchase_order_idx on approval_records (purchase_order_id, decided_at);
