package io.podesk.workflow.purchaseorder;

import static io.podesk.workflow.purchaseorder.PurchaseOrderProcess.*;

import io.podesk.customers.CustomerDirectory;
import io.podesk.invoicing.Invoicing;
import io.podesk.orders.PurchaseOrderCommands;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The daily look at open invoices: reminders before the due date, dunning after it. */
@Component("paymentRemindersDelegate")
class PaymentRemindersDelegate implements JavaDelegate {

  private final Invoicing invoicing;
  private final PurchaseOrderCommands orders;
  private final CustomerDirectory customers;
  private final IdentityService identity;

  PaymentRemindersDelegate(Invoicing invoicing, PurchaseOrderCommands orders, CustomerDirectory customers,
      IdentityService identity) {
    this.invoicing = invoicing;
    this.orders = orders;
    this.customers = customers;
    this.identity = identity;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var order = orders.get(orderIdOf(execution));
    String salesRep = customers.termsOf(order.companyId()).salesRep();
    var user = identity.createUserQuery().userId(salesRep).singleResult();
    invoicing.sendPaymentReminders(order.purchaseOrderId(), user == null ? null : user.getEmail());
  }
}
