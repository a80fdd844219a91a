package io.podesk.workflow;

import static io.podesk.workflow.PurchaseOrderProcess.*;

import io.podesk.invoicing.Invoicing;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The daily look at open invoices: reminders before the due date, dunning after it. */
@Component("paymentRemindersDelegate")
class PaymentRemindersDelegate implements JavaDelegate {

  private final Invoicing invoicing;
  private final io.podesk.orders.PurchaseOrderLifecycle orders;
  private final io.podesk.customers.Customers customers;
  private final org.camunda.bpm.engine.IdentityService identity;

  PaymentRemindersDelegate(Invoicing invoicing, io.podesk.orders.PurchaseOrderLifecycle orders,
      io.podesk.customers.Customers customers, org.camunda.bpm.engine.IdentityService identity) {
    this.invoicing = invoicing;
    this.orders = orders;
    this.customers = customers;
    this.identity = identity;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var order = orders.get(orderIdOf(execution));
    String salesRep = customers.findById(order.customerId()).orElseThrow().salesRep();
    var user = identity.createUserQuery().userId(salesRep).singleResult();
    invoicing.sendPaymentReminders(order.id(), user == null ? null : user.getEmail());
  }
}
