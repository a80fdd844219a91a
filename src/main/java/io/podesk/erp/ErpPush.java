package io.podesk.erp;

import io.podesk.customers.Address;
import io.podesk.customers.CompanyProfile;
import io.podesk.customers.CustomerDirectory;
import io.podesk.customers.CustomerTerms;
import io.podesk.invoicing.Invoicing;
import io.podesk.orders.PurchaseOrderCommands;
import io.podesk.orders.PurchaseOrderSnapshot;
import io.podesk.orders.ShipTo;
import io.podesk.shared.PurchaseOrderId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Maps an approved order to the ERP's shape, pushes it through the configured gateway and keeps the reference. */
@Service
public class ErpPush {

  private final PurchaseOrderCommands orders;
  private final CustomerDirectory customers;
  private final ErpGateway gateway;
  private final Invoicing invoicing;

  ErpPush(PurchaseOrderCommands orders, CustomerDirectory customers, ErpGateway gateway, Invoicing invoicing) {
    this.invoicing = invoicing;
    this.orders = orders;
    this.customers = customers;
    this.gateway = gateway;
  }

  /** @return the ERP's reference for the order */
  @Transactional
  public String push(PurchaseOrderId purchaseOrderId) {
    PurchaseOrderSnapshot order = orders.get(purchaseOrderId);
    CustomerTerms customer = customers.termsOf(order.companyId());
    String reference = gateway.push(toErpOrder(order, customer, customers.profile(order.companyId())
        .map(CompanyProfile::billingAddress).orElse(null)));
    orders.recordErpReference(purchaseOrderId, reference);
    return reference;
  }

  /**
   * Pushes every invoice of the order the ERP has not received yet, each by its number (the gateways are
   * idempotent by it): a retry after a failure, or after an answer that never came, sends the same invoices again
   * and never makes new ones. Under the order's lock, like invoicing and payments, so the invoices are not written
   * from stale copies and the process is not moved under this step's feet.
   *
   * @return the numbers of the invoices pushed
   */
  @Transactional
  public List<String> pushInvoices(PurchaseOrderId purchaseOrderId) {
    PurchaseOrderSnapshot order = orders.lock(purchaseOrderId);
    List<String> pushed = new ArrayList<>();
    for (var invoice : invoicing.notPushedToErp(purchaseOrderId)) {
      String reference = gateway.pushInvoice(new ErpInvoice(invoice.number(), order.customerId(), order.poNumber(),
          invoice.currency(), invoice.net().amount(), invoice.tax().amount(), invoice.total().amount(),
          invoice.dueDate(),
          invoice.lines().stream().map(l -> new ErpInvoice.Line(l.sku(), l.description(), l.quantity(),
              l.unitPrice(), l.lineTotal())).toList()));
      invoicing.markPushedToErp(invoice.number(), reference);
      pushed.add(invoice.number());
    }
    return pushed;
  }

  static ErpOrder toErpOrder(PurchaseOrderSnapshot order, CustomerTerms customer, Address billing) {
    ShipTo s = order.shipTo();
    return new ErpOrder(order.id(), customer.id(), order.poNumber(), order.revision(), order.currency(),
        order.total().amount(), order.paymentTermsOr(customer.paymentTerms()).code(),
        order.lines().stream().map(l -> new ErpOrder.Line(l.sku(), l.description(), l.quantity(), l.unitPrice(),
            l.lineTotal())).toList(),
        s == null ? null : new ErpOrder.Address(s.name(), s.street(), s.city(), s.postalCode(), s.country()),
        order.notes(), order.tax().amount(), billing == null ? null : new ErpOrder.Address(billing.name(),
            billing.street(), billing.city(), billing.postalCode(), billing.country()),
        new ErpOrder.Charges(order.charges().discountPercent(), order.discount().amount(),
            order.charges().freight().amount(), order.charges().handling().amount()));
  }
}
