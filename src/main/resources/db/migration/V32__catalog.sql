-- The catalog (issue 14): products, and price lists with their prices. One base price list (neither company nor
-- customer group) and contract lists per company or customer group; each price has validity dates and a quantity
-- break (the least quantity it applies from), in its list's currency.
create table products (
  sku                  varchar(64)    not null primary key,
  name                 varchar(200)   not null,
  category             varchar(64)    not null,
  unit                 varchar(16)    not null,
  tax_class            varchar(32)    not null,
  active               boolean        not null,
  pack_size            numeric(19, 3) not null,
  min_order_quantity   numeric(19, 3) not null,
  updated_at           timestamp with time zone not null
);
create index products_category_idx on products (category, sku);

create table price_lists (
  code                 varchar(32)    not null primary key,
  name                 varchar(200)   not null,
  currency             varchar(3)     not null,
  company_id           varchar(32),
  customer_group       varchar(64),
  constraint price_lists_one_scope check (company_id is null or customer_group is null)
);

create table prices (
  id                   uuid           not null primary key,
  price_list           varchar(32)    not null references price_lists (code),
  sku                  varchar(64)    not null references products (sku),
  min_quantity         numeric(19, 3) not null,
  unit_price           numeric(19, 4) not null,
  valid_from           date           not null,
  valid_to             date,
  constraint prices_uk unique (price_list, sku, min_quantity, valid_from)
);
create index prices_sku_idx on prices (sku, price_list);
