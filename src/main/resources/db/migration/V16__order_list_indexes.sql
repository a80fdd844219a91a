-- The order lists (GET /api/purchase-orders and the portal), measured by the benchmark with 100,000 orders (README,
-- Performance): newest first over all orders (staff) and over one company's (buyers), and sorted by total. The
-- status filters already have purchase_orders_status_idx and purchase_orders_customer_status_idx; the PO-number
-- search has its own index on PostgreSQL (PoNumberSearchIndex, version 17).
create index purchase_orders_submitted_idx on purchase_orders (submitted_at);
create index purchase_orders_customer_submitted_idx on purchase_orders (customer_id, submitted_at);
create index purchase_orders_total_idx on purchase_orders (total);
