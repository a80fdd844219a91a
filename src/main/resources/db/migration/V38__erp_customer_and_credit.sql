-- The ERP's customer master data and credit exposure (issue 14): customer.upserted at a version per company, and
-- credit.updated, the ERP's own exposure per company, which the ERP credit source (podesk.credit.source=erp) uses.
alter table customers add column erp_version bigint;

create table erp_credit_exposures (
  company_id           varchar(32)    not null primary key references customers (id),
  exposure             numeric(19, 2) not null,
  currency             varchar(3)     not null,
  erp_version          bigint         not null,
  updated_at           timestamp with time zone not null
);
