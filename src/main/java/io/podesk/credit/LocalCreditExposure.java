package io.podesk.credit;

import io.podesk.customers.CustomerDirectory;
import io.podesk.customers.CustomerTerms;
import io.podesk.orders.BaseCurrency;
import io.podesk.orders.PurchaseOrder;
import io.podesk.orders.PurchaseOrderLifecycle;
import io.podesk.orders.PurchaseOrderStatus;
import io.podesk.orders.PurchaseOrderQueries;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Credit from PO Desk's own books: the limit minus orders approved but not yet paid. Unpaid invoices count as
 * zero until PO Desk issues invoices; then they are part of the open orders' amounts.
 */
@Component
class LocalCreditExposure implements CreditExposure {

  /** Orders that hold credit: approved, and not yet paid, completed or ended. */
  static final Set<PurchaseOrderStatus> OPEN = EnumSet.of(PurchaseOrderStatus.APPROVED,
      PurchaseOrderStatus.SENT_TO_ERP, PurchaseOrderStatus.PARTIALLY_SHIPPED, PurchaseOrderStatus.SHIPPED,
      PurchaseOrderStatus.INVOICED);

  private final PurchaseOrderLifecycle orders;
  private final PurchaseOrderQueries purchaseOrders;
  private final CustomerDirectory customers;
  private final BaseCurrency currencies;

  LocalCreditExposure(PurchaseOrderLifecycle orders, PurchaseOrderQueries purchaseOrders, CustomerDirectory customers,
      BaseCurrency currencies) {
    this.currencies = currencies;
    this.orders = orders;
    this.purchaseOrders = purchaseOrders;
    this.customers = customers;
  }

  @Override
  @Transactional(readOnly = true)
  public CreditPosition positionFor(UUID purchaseOrderId) {
    PurchaseOrder order = orders.get(purchaseOrderId);
    CustomerTerms customer = customers.termsOf(order.customerId());
    BigDecimal open = purchaseOrders.totalsByCurrency(customer.id(), OPEN, purchaseOrderId).stream()
        .map(sum -> inCustomerCurrency(sum.amount(), sum.currency(), customer))
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal unpaid = BigDecimal.ZERO;
    return new CreditPosition(customer.currency(), customer.creditLimit(), open, unpaid,
        customer.creditLimit().subtract(open).subtract(unpaid),
        inCustomerCurrency(order.total(), order.currency(), customer));
  }

  /** Credit is kept in the customer's currency; a missing rate is an error operations must see (an incident). */
  private BigDecimal inCustomerCurrency(BigDecimal amount, String currency, CustomerTerms customer) {
    return currencies.convert(amount, currency, customer.currency()).orElseThrow(() -> new IllegalStateException(
        "No exchange rate from " + currency + " to " + customer.currency() + " (podesk.currency.rates)"));
  }
}
