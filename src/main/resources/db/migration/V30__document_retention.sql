-- Document retention (issue 13): a finished order's PO PDF and invoice PDFs are removed from the document store once
-- the company's retention period has run, unless the order is under legal hold. The metadata and hash stay.
alter table documents add column removed_at timestamp with time zone;
alter table documents add column removal_rule varchar(500);

-- when the order reached a final status (COMPLETED, REJECTED, CANCELLED, EXPIRED); the retention period runs from here
alter table purchase_orders add column finished_at timestamp with time zone;
-- when retention removed the order's documents (cleared again if the order is resubmitted)
alter table purchase_orders add column documents_retired_at timestamp with time zone;
alter table purchase_orders add column legal_hold_reason varchar(1000);
alter table purchase_orders add column legal_hold_by varchar(64);
alter table purchase_orders add column legal_hold_at timestamp with time zone;

update purchase_orders set finished_at = updated_at
  where status in ('COMPLETED', 'REJECTED', 'CANCELLED', 'EXPIRED');

create index purchase_orders_finished_idx on purchase_orders (customer_id, finished_at);
