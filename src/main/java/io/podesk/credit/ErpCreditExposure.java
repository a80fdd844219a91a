package io.podesk.credit;

import io.podesk.customers.CustomerDirectory;
import io.podesk.customers.CustomerTerms;
import io.podesk.orders.PurchaseOrderCommands;
import io.podesk.orders.PurchaseOrderQueries;
import io.podesk.orders.PurchaseOrderSnapshot;
import io.podesk.orders.PurchaseOrderStatus;
import io.podesk.shared.BaseCurrency;
import io.podesk.shared.Money;
import io.podesk.shared.PurchaseOrderId;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Credit from the ERP's books ({@code podesk.credit.source=erp}): the limit minus the exposure the ERP last reported
 * (credit.updated; its open orders and unpaid invoices) minus what PO Desk approved that the ERP does not have yet.
 * A company the ERP never reported falls back to PO Desk's own books.
 */
@Component
@Primary
@ConditionalOnProperty(name = "podesk.credit.source", havingValue = "erp")
class ErpCreditExposure implements CreditExposure {

  /** Approved in PO Desk, not yet in the ERP's books. */
  private static final Set<PurchaseOrderStatus> NOT_YET_IN_ERP = EnumSet.of(PurchaseOrderStatus.APPROVED);

  private final ErpCreditReports reports;
  private final LocalCreditExposure local;
  private final PurchaseOrderCommands orders;
  private final PurchaseOrderQueries purchaseOrders;
  private final CustomerDirectory customers;
  private final BaseCurrency currencies;

  ErpCreditExposure(ErpCreditReports reports, LocalCreditExposure local, PurchaseOrderCommands orders,
      PurchaseOrderQueries purchaseOrders, CustomerDirectory customers, BaseCurrency currencies) {
    this.reports = reports;
    this.local = local;
    this.orders = orders;
    this.purchaseOrders = purchaseOrders;
    this.customers = customers;
    this.currencies = currencies;
  }

  @Override
  @Transactional(readOnly = true)
  public CreditPosition positionFor(PurchaseOrderId purchaseOrderId) {
    PurchaseOrderSnapshot order = orders.get(purchaseOrderId);
    var reported = reports.of(order.companyId().value());
    if (reported.isEmpty()) {
      return local.positionFor(purchaseOrderId);
    }
    CustomerTerms customer = customers.termsOf(order.companyId());
    Money limit = Money.of(customer.creditLimit(), customer.currency());
    Money erp = inCustomerCurrency(Money.of(reported.get().exposure(), reported.get().currency()), customer);
    Money approved = purchaseOrders.creditHeldByCurrency(customer.companyId(), NOT_YET_IN_ERP, purchaseOrderId)
        .stream().map(sum -> inCustomerCurrency(sum, customer)).reduce(Money.zero(customer.currency()), Money::plus);
    return new CreditPosition(limit, approved, erp, limit.minus(approved).minus(erp),
        inCustomerCurrency(order.total(), customer));
  }

  private Money inCustomerCurrency(Money amount, CustomerTerms customer) {
    return LocalCreditExposure.inCustomerCurrency(currencies, amount, customer);
  }
}
