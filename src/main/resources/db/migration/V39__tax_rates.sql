-- Tax per line (issue 14): a rate table per tax class and ship-to country (with validity dates), each order line's
-- rate as it applied at submission, the order's tax and what exempted it, and each invoice line's rate.
create table tax_rates (
    id uuid primary key,
    tax_class varchar(40) not null,
    country varchar(2) not null,
    rate_percent numeric(7, 4) not null check (rate_percent >= 0 and rate_percent <= 100),
    valid_from date not null,
    valid_to date,
    created_at timestamp with time zone not null,
    check (valid_to is null or valid_to >= valid_from)
);
create index tax_rates_class_country on tax_rates (tax_class, country);

alter table purchase_order_lines add column tax_percent numeric(7, 4);
alter table purchase_orders add column tax_total numeric(19, 2) default 0 not null;
alter table purchase_orders add column tax_note varchar(300);
alter table purchase_orders add column tax_rounding varchar(8) default 'LINE' not null;
alter table invoice_lines add column tax_percent numeric(7, 4);
