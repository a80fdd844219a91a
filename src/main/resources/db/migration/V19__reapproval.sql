-- Re-approval of material changes (issue 11, point 3): the routing step a re-approval starts from (0: the buyer's
-- company; 1: the seller's first step), and the signed document the last approval was given on, which stays on
-- record when a new version replaces it.
alter table purchase_orders add column approval_from_step integer default 0 not null;
alter table purchase_orders add column approved_document_id uuid;
