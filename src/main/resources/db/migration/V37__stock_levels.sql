-- Stock per SKU and location as the ERP reports it (issue 14, stock.updated): on hand, and when more is expected.
create table stock_levels (
  sku                  varchar(64)    not null references products (sku),
  location             varchar(64)    not null,
  on_hand              numeric(19, 3) not null,
  expected_on          date,
  erp_version          bigint         not null,
  updated_at           timestamp with time zone not null,
  primary key (sku, location)
);
