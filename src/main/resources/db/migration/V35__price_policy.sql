-- Each company's price policy (issue 14): what happens to an order line off the catalog price (beyond a tolerance in
-- percent) or off the catalog: ACCEPT (within the tolerance; beyond, flag), FLAG (to a sales manager) or REFUSE.
alter table customers add column price_policy varchar(8) default 'FLAG' not null;
alter table customers add column price_tolerance numeric(5, 2) default 0 not null;
