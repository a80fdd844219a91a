-- One outbox for every channel (issue 12): mails and webhook deliveries move into outbox_messages, whose channel
-- column says which; the columns of the other channel stay empty. Ids, statuses, attempts and due times move as they
-- are, so a pending message stays due and a sent one is never sent again; a delivered webhook reads SENT.
-- Renaming first takes each old table's exclusive lock (PostgreSQL) until this migration commits: a sender still
-- running on an old node finishes its row first, and nothing is copied while it changes.
alter table outbox_mails rename to outbox_mails_v23;
alter table webhook_deliveries rename to webhook_deliveries_v23;

create table outbox_messages (
  id                   uuid           not null primary key,
  channel              varchar(16)    not null,
  purchase_order_id    uuid,
  status               varchar(16)    not null,
  attempts             integer        not null,
  last_error           varchar(1000),
  created_at           timestamp with time zone not null,
  next_attempt_at      timestamp with time zone not null,
  sent_at              timestamp with time zone,
  -- channel MAIL
  recipient            varchar(254),
  subject              varchar(300),
  body                 varchar(10000),
  html_body            varchar(100000),
  attachment_document_id uuid,
  attachment_name      varchar(200),
  -- channel WEBHOOK: a subscription takes its deliveries with it
  subscription_id      uuid references webhook_subscriptions (id) on delete cascade,
  event_type           varchar(40),
  payload              varchar(100000),
  last_status          integer,
  constraint outbox_messages_mail_check check (channel <> 'MAIL'
    or (recipient is not null and subject is not null and body is not null)),
  constraint outbox_messages_webhook_check check (channel <> 'WEBHOOK'
    or (subscription_id is not null and event_type is not null and payload is not null))
);

insert into outbox_messages (id, channel, purchase_order_id, status, attempts, last_error, created_at,
    next_attempt_at, sent_at, recipient, subject, body, html_body, attachment_document_id, attachment_name)
  select id, 'MAIL', purchase_order_id, status, attempts, last_error, created_at,
    next_attempt_at, sent_at, recipient, subject, body, html_body, attachment_document_id, attachment_name
  from outbox_mails_v23;

insert into outbox_messages (id, channel, purchase_order_id, status, attempts, last_error, created_at,
    next_attempt_at, sent_at, subscription_id, event_type, payload, last_status)
  select id, 'WEBHOOK', purchase_order_id, case status when 'DELIVERED' then 'SENT' else status end, attempts,
    last_error, created_at, next_attempt_at, delivered_at, subscription_id, event_type, payload, last_status
  from webhook_deliveries_v23;

drop table outbox_mails_v23;
drop table webhook_deliveries_v23;

create index outbox_messages_due_idx on outbox_messages (channel, status, next_attempt_at);
create index outbox_messages_subscription_idx on outbox_messages (subscription_id, created_at);
create index outbox_messages_purchase_order_idx on outbox_messages (purchase_order_id, created_at);
