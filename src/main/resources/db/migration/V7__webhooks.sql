-- Outbound webhooks: who wants to hear of which order events, and every delivery with its attempts.
create table webhook_subscriptions (
  id                   uuid           not null primary key,
  url                  varchar(500)   not null,
  secret               varchar(200)   not null,
  events               varchar(500)   not null,
  created_at           timestamp with time zone not null
);

create table webhook_deliveries (
  id                   uuid           not null primary key,
  subscription_id      uuid           not null references webhook_subscriptions (id) on delete cascade,
  event_type           varchar(40)    not null,
  purchase_order_id    uuid,
  payload              varchar(100000) not null,
  status               varchar(16)    not null,
  attempts             integer        not null,
  last_status          integer,
  last_error           varchar(1000),
  created_at           timestamp with time zone not null,
  next_attempt_at      timestamp with time zone not null,
  delivered_at         timestamp with time zone
);
create index webhook_deliveries_pending_idx on webhook_deliveries (status, next_attempt_at);
create index webhook_deliveries_subscription_idx on webhook_deliveries (subscription_id, created_at);
