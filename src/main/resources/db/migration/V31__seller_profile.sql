-- The seller's own company profile (issue 13): its legal name, address, tax id and contact, shown on every invoice.
-- One row; the admin sets it on /admin/profile.
create table seller_profile (
  id                   integer        not null primary key,
  name                 varchar(200)   not null,
  street               varchar(200)   not null,
  city                 varchar(100)   not null,
  postal_code          varchar(20)    not null,
  region               varchar(64),
  country              varchar(2)     not null,
  tax_id               varchar(64),
  email                varchar(254),
  updated_by           varchar(64)    not null,
  updated_at           timestamp with time zone not null,
  constraint seller_profile_one_row check (id = 1)
);
