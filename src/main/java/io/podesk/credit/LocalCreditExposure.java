package io.podesk.credit;

import io.podesk.customers.CustomerDirectory;
import io.podesk.customers.CustomerTerms;
import io.podesk.shared.BaseCurrency;
import io.podesk.orders.PurchaseOrderCommands;
import io.podesk.orders.PurchaseOrderQueries;
import io.podesk.orders.PurchaseOrderSnapshot;
import io.podesk.orders.PurchaseOrderStatus;
import io.podesk.shared.Money;
import io.podesk.shared.PurchaseOrderId;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Credit from PO Desk's own books: the limit minus what the company's approved orders still hold: what their
 * invoices still owe (tax included, less payments received, so a partial payment frees exactly its amount) plus what
 * is not invoiced yet.
 */
@Component
class LocalCreditExposure implements CreditExposure {

  /** Orders that hold credit: approved, and not yet paid, completed or ended. */
  static final Set<PurchaseOrderStatus> OPEN = EnumSet.of(PurchaseOrderStatus.APPROVED,
      PurchaseOrderStatus.SENT_TO_ERP, PurchaseOrderStatus.PARTIALLY_SHIPPED, PurchaseOrderStatus.SHIPPED,
      PurchaseOrderStatus.INVOICED);

  private final PurchaseOrderCommands orders;
  private final PurchaseOrderQueries purchaseOrders;
  private final CustomerDirectory customers;
  private final BaseCurrency currencies;

  LocalCreditExposure(PurchaseOrderCommands orders, PurchaseOrderQueries purchaseOrders, CustomerDirectory customers,
      BaseCurrency currencies) {
    this.currencies = currencies;
    this.orders = orders;
    this.purchaseOrders = purchaseOrders;
    this.customers = customers;
  }

  @Override
  @Transactional(readOnly = true)
  public CreditPosition positionFor(PurchaseOrderId purchaseOrderId) {
    PurchaseOrderSnapshot order = orders.get(purchaseOrderId);
    CustomerTerms customer = customers.termsOf(order.companyId());
    Money limit = Money.of(customer.creditLimit(), customer.currency());
    Money open = purchaseOrders.creditHeldByCurrency(customer.companyId(), OPEN, purchaseOrderId).stream()
        .map(sum -> inCustomerCurrency(sum, customer))
        .reduce(Money.zero(customer.currency()), Money::plus);
    Money unpaid = Money.zero(customer.currency());
    return new CreditPosition(limit, open, unpaid, limit.minus(open).minus(unpaid),
        inCustomerCurrency(order.total(), customer));
  }

  /** Credit is kept in the customer's currency; a missing rate is an error operations must see (an incident). */
  private Money inCustomerCurrency(Money amount, CustomerTerms customer) {
    return inCustomerCurrency(currencies, amount, customer);
  }

  /** The amount in the customer's currency, where credit is kept; a missing rate fails (an incident). */
  static Money inCustomerCurrency(BaseCurrency currencies, Money amount, CustomerTerms customer) {
    return currencies.convert(amount, customer.currency()).orElseThrow(() -> new IllegalStateException(
        "No exchange rate from " + amount.currencyCode() + " to " + customer.currency() + " (podesk.currency.rates)"));
  }
}
