-- An order whose lines are off the catalog price beyond its company's tolerance, or off the catalog, under a policy
-- that flags them (issue 14): the routing table sends it to a sales manager whatever its total.
alter table purchase_orders add column price_flagged boolean default false not null;
