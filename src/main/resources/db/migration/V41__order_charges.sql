-- Freight, handling and order discounts (issue 14): the seller's rules (one row), and what each order and invoice
-- carries of them. An order's net is its lines less the discount plus freight and handling; tax is on that net.
create table order_charges (
    id varchar(16) primary key,
    currency varchar(3) not null,
    freight numeric(19, 2) default 0 not null check (freight >= 0),
    free_freight_from numeric(19, 2),
    handling_fee numeric(19, 2) default 0 not null check (handling_fee >= 0),
    handling_below numeric(19, 2),
    discount_percent numeric(5, 2) default 0 not null check (discount_percent >= 0 and discount_percent < 100),
    discount_from numeric(19, 2),
    charges_tax_class varchar(40) default 'standard' not null,
    updated_at timestamp with time zone not null
);

alter table purchase_orders add column discount_total numeric(19, 2) default 0 not null;
alter table purchase_orders add column discount_percent numeric(5, 2) default 0 not null;
alter table purchase_orders add column freight_total numeric(19, 2) default 0 not null;
alter table purchase_orders add column handling_total numeric(19, 2) default 0 not null;
alter table purchase_orders add column charges_tax_percent numeric(7, 4) default 0 not null;

alter table invoices add column discount numeric(19, 2) default 0 not null;
alter table invoices add column freight numeric(19, 2) default 0 not null;
alter table invoices add column handling numeric(19, 2) default 0 not null;
