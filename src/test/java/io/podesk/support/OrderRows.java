package io.podesk.support;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows that a module test of a module below {@code orders} needs because its tables reference
 * {@code purchase_orders}: a customer and an order, written straight to the database since the orders and customers
 * modules are not started there.
 */
public final class OrderRows {

  private OrderRows() {}

  /** A new order of a customer of its own, with the given submitter; returns its id. */
  public static UUID purchaseOrder(JdbcTemplate jdbc, String submittedBy) {
    UUID id = UUID.randomUUID();
    String customer = "c-" + id.toString().substring(0, 8);
    Timestamp now = Timestamp.from(Instant.now());
    jdbc.update("insert into customers (id, name, payment_terms, currency, credit_limit, po_number_required,"
        + " document_required, customer_group, region, sales_rep) values (?, ?, 'NET_30', 'USD', 100000, false,"
        + " false, 'smb', 'NA', 'salesrep')", customer, "Customer " + customer);
    jdbc.update("insert into purchase_orders (id, customer_id, status, currency, total, submitted_by, submitted_at,"
        + " updated_at, version) values (?, ?, 'PENDING_APPROVAL', 'USD', 5000, ?, ?, ?, 0)", id, customer,
        submittedBy, now, now);
    return id;
  }
}
