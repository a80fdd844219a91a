-- Invitations to set a password (issue 13): one row per mailed link, single use; the token is the id with a
-- signature over the row's columns, as for the other mail links.
create table invitations (
  id                   uuid           not null primary key,
  user_id              varchar(64)    not null,
  email                varchar(254)   not null,
  invited_by           varchar(64)    not null,
  created_at           timestamp with time zone not null,
  expires_at           timestamp with time zone not null,
  used_at              timestamp with time zone,
  revoked_at           timestamp with time zone
);
create index invitations_user_idx on invitations (user_id);

-- authority limits of a whole staff group; a person's own limit, where set, comes first
create table group_authority_limits (
  group_id             varchar(64)    not null primary key,
  amount               numeric(19, 2) not null,
  currency             varchar(3)     not null
);
