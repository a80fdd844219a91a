package io.podesk.orders;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** An invoice of the order, as invoicing reported it: what it asks for and what has been paid on it so far. */
@Embeddable
class OrderInvoice {

  @Column(name = "invoice_number", nullable = false)
  private String number;

  @Column(nullable = false)
  private BigDecimal total;

  @Column(nullable = false)
  private BigDecimal paid = BigDecimal.ZERO;

  protected OrderInvoice() {}

  OrderInvoice(String number, BigDecimal total) {
    this.number = number;
    this.total = total;
  }

  String number() {
    return number;
  }

  void pay(BigDecimal amount) {
    paid = paid.add(amount);
  }

  /** What is still owed on it: its total (tax included) less what was paid, never below 0. */
  BigDecimal total() {
    return total;
  }

  BigDecimal outstanding() {
    return total.subtract(paid).max(BigDecimal.ZERO);
  }

  boolean settled() {
    return paid.compareTo(total) >= 0;
  }
}
