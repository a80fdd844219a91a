package io.podesk.workflow.purchaseorder;

import static io.podesk.workflow.purchaseorder.PurchaseOrderProcess.*;

import io.podesk.invoicing.Invoicing;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The daily look at open invoices: reminders before the due date, dunning after it. */
@Component("paymentRemindersDelegate")
class PaymentRemindersDelegate implements JavaDelegate {

  private final Invoicing invoicing;

  PaymentRemindersDelegate(Invoicing invoicing) {
    this.invoicing = invoicing;
  }

  @Override
  public void execute(DelegateExecution execution) {
    invoicing.sendPaymentReminders(orderIdOf(execution));
  }
}
