-- The ERP's version of each product and price it sent (issue 14): an event older than the stored version is ignored.
alter table products add column erp_version bigint;
alter table prices add column erp_version bigint;
