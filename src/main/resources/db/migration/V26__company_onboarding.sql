-- A seller onboards real customers (issue 13): a company's full profile, edited in /admin and by API, and the
-- changes to it in the audit trail with what was before and after.
alter table customers add column active boolean default true not null;
alter table customers add column billing_name varchar(200);
alter table customers add column billing_street varchar(200);
alter table customers add column billing_city varchar(100);
alter table customers add column billing_postal_code varchar(20);
alter table customers add column billing_region varchar(64);
alter table customers add column billing_country varchar(2);
-- the purchase-order process's reminder and cancel periods for a missing signed PDF (were P2D and P7D for everyone)
alter table customers add column document_reminder_days integer default 2 not null;
alter table customers add column document_cancel_days integer default 7 not null;
alter table customers add column tax_exemption_certificate varchar(64);
alter table customers add column tax_exemption_expires date;
-- how long an order's PO PDF and invoice PDFs are kept after the order ends (ten years unless set)
alter table customers add column retention_days integer default 3650 not null;

create table company_ship_tos (
  customer_id          varchar(32)    not null references customers (id),
  ship_to_no           integer        not null,
  name                 varchar(200)   not null,
  street               varchar(200)   not null,
  city                 varchar(100)   not null,
  postal_code          varchar(20)    not null,
  region               varchar(64),
  country              varchar(2)     not null,
  primary key (customer_id, ship_to_no)
);

-- An order keeps the payment terms and PO-number rule it was submitted under: a company's later change to either
-- applies to its new orders only. Orders submitted before this migration take their company's rules of today.
alter table purchase_orders add column payment_terms varchar(16);
alter table purchase_orders add column po_number_required boolean;
alter table purchase_orders add column po_number_pattern varchar(200);
alter table purchase_orders add column po_number_example varchar(64);
update purchase_orders set
  payment_terms = (select c.payment_terms from customers c where c.id = purchase_orders.customer_id),
  po_number_required = (select c.po_number_required from customers c where c.id = purchase_orders.customer_id),
  po_number_pattern = (select c.po_number_pattern from customers c where c.id = purchase_orders.customer_id),
  po_number_example = (select c.po_number_example from customers c where c.id = purchase_orders.customer_id);

-- changes to master data (companies, people, limits): which record, and its state before and after, as JSON
alter table audit_events add column subject_kind varchar(32);
alter table audit_events add column subject_id varchar(64);
alter table audit_events add column before_state varchar(8000);
alter table audit_events add column after_state varchar(8000);
create index audit_events_subject_idx on audit_events (subject_kind, subject_id, occurred_at);
