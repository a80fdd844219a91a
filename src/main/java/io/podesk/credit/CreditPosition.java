package io.podesk.credit;

import java.math.BigDecimal;

/**
 * What a customer can still buy on credit, against one order.
 *
 * @param available credit limit − open approved orders − unpaid invoices
 */
public record CreditPosition(String currency, BigDecimal limit, BigDecimal openOrders, BigDecimal unpaidInvoices,
    BigDecimal available, BigDecimal orderTotal) {

  public boolean exceeded() {
    return orderTotal.compareTo(available) > 0;
  }

  public String summary() {
    return "Credit limit " + limit.toPlainString() + " " + currency + ", open approved orders "
        + openOrders.toPlainString() + ", unpaid invoices " + unpaidInvoices.toPlainString() + ": available "
        + available.toPlainString() + "; this order " + orderTotal.toPlainString()
        + (exceeded() ? " exceeds it by " + orderTotal.subtract(available).toPlainString() : " fits");
  }
}
