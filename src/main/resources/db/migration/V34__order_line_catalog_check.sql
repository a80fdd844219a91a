-- Each order line keeps the catalog price that applied when it was submitted, where that price came from, and what
-- the catalog found wrong with the line (issue 14): the approver and the PO page show expected against given.
alter table purchase_order_lines add column expected_unit_price numeric(19, 4);
alter table purchase_order_lines add column price_source varchar(200);
alter table purchase_order_lines add column catalog_issue varchar(500);
