package io.podesk.credit;

import io.podesk.shared.Money;

/**
 * What a customer can still buy on credit, against one order; every amount in the customer's currency.
 *
 * @param available credit limit − open approved orders − unpaid invoices
 */
public record CreditPosition(Money limit, Money openOrders, Money unpaidInvoices, Money available, Money orderTotal) {

  public boolean exceeded() {
    return orderTotal.isGreaterThan(available);
  }

  public String summary() {
    return "Credit limit " + limit + ", open approved orders " + openOrders.amount().toPlainString()
        + ", unpaid invoices " + unpaidInvoices.amount().toPlainString() + ": available "
        + available.amount().toPlainString() + "; this order " + orderTotal.amount().toPlainString()
        + (exceeded() ? " exceeds it by " + orderTotal.minus(available).amount().toPlainString() : " fits");
  }
}
