-- Where the pull of master data from the ERP (issue 14: Odoo's partners, products and pricelist items by write_date)
-- got to, per source: the last write_date and id applied, so a run that stops resumes there and repeats nothing.
create table erp_sync_cursors (
    source varchar(40) primary key,
    write_date varchar(32) not null,
    last_id integer not null,
    records bigint default 0 not null,
    synced_at timestamp with time zone not null
);
