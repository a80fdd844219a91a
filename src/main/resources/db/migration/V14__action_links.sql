-- Signed, single-purpose links in mails (approve or reject, upload the PO document, revise): one row per link.
-- The token in the mail is the row id with an HMAC over these columns; the row records when it was used.
create table action_links (
  id                   uuid           not null primary key,
  purchase_order_id    uuid           not null,
  action               varchar(32)    not null,
  recipient            varchar(100)   not null,
  expires_at           timestamp with time zone not null,
  used_at              timestamp with time zone,
  created_at           timestamp with time zone not null
);
create index action_links_order_idx on action_links (purchase_order_id);
