package io.podesk.notification;

import io.podesk.approval.ApprovalEscalated;
import io.podesk.approval.ApprovalReminderDue;
import io.podesk.approval.ApprovalStalled;
import io.podesk.customers.CompanyUser;
import io.podesk.erp.ErpEventRefused;
import io.podesk.invoicing.InvoiceIssued;
import io.podesk.invoicing.PaymentReminderDue;
import io.podesk.customers.CompanyUsers;
import io.podesk.orders.DocumentReminderDue;
import io.podesk.orders.PurchaseOrderStatus;
import io.podesk.orders.PurchaseOrderStatusChanged;
import io.podesk.orders.PurchaseOrderSubmitted;
import io.podesk.workflow.ProcessStepFailed;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns purchase-order events into mails for the buyer. The events reach here through Spring Modulith's event
 * publication registry, so a mail is never lost between the change and the outbox.
 */
@Component
class PurchaseOrderMails {

  private static final Logger log = LoggerFactory.getLogger(PurchaseOrderMails.class);

  private final OutboxMails outbox;
  private final CompanyUsers companyUsers;
  private final Clock clock;
  private final String baseUrl;
  private final io.podesk.orders.PurchaseOrders orders;
  private final String operationsEmail;

  PurchaseOrderMails(OutboxMails outbox, CompanyUsers companyUsers, Clock clock,
      @Value("${podesk.base-url}") String baseUrl, io.podesk.orders.PurchaseOrders orders,
      @Value("${podesk.operations.alert-email}") String operationsEmail) {
    this.orders = orders;
    this.operationsEmail = operationsEmail;
    this.outbox = outbox;
    this.companyUsers = companyUsers;
    this.clock = clock;
    this.baseUrl = baseUrl;
  }

  @ApplicationModuleListener
  void on(PurchaseOrderSubmitted event) {
    String label = label(event.poNumber(), event.purchaseOrderId());
    toBuyer(event.submittedBy(), event.purchaseOrderId(), "PO " + label + " received",
        "We received your purchase order " + label + " (total " + event.total().toPlainString() + " "
            + event.currency() + ").\n\nTrack it here: " + link(event.purchaseOrderId()));
  }

  @ApplicationModuleListener
  void on(PurchaseOrderStatusChanged event) {
    String label = label(event.poNumber(), event.purchaseOrderId());
    if (event.to() == PurchaseOrderStatus.APPROVED) {
      toBuyer(event.submittedBy(), event.purchaseOrderId(), "PO " + label + " approved",
          "Your purchase order " + label + " was approved and is on its way to fulfilment.\n\n"
              + link(event.purchaseOrderId()));
    } else if (event.to() == PurchaseOrderStatus.REJECTED) {
      toBuyer(event.submittedBy(), event.purchaseOrderId(), "PO " + label + " rejected",
          "Your purchase order " + label + " was rejected.\n\nReason: " + event.reason()
              + "\n\nSee the order: " + link(event.purchaseOrderId()));
    } else if (event.to() == PurchaseOrderStatus.EXPIRED) {
      toBuyer(event.submittedBy(), event.purchaseOrderId(), "PO " + label + " expired",
          "Your purchase order " + label + " expired before it was approved.\n\nReason: " + event.reason()
              + "\n\nPlease submit it again if you still need it: " + link(event.purchaseOrderId()));
    } else if (event.to() == PurchaseOrderStatus.CANCELLED) {
      toBuyer(event.submittedBy(), event.purchaseOrderId(), "PO " + label + " cancelled",
          "Your purchase order " + label + " was cancelled.\n\nReason: " + event.reason()
              + "\n\n" + link(event.purchaseOrderId()));
    }
  }

  @ApplicationModuleListener
  void on(DocumentReminderDue event) {
    String label = label(event.poNumber(), event.purchaseOrderId());
    toBuyer(event.submittedBy(), event.purchaseOrderId(), "PO " + label + ": document missing",
        "Your purchase order " + label + " is waiting for its signed PO document (PDF).\n\nUpload it here: "
            + link(event.purchaseOrderId()) + "\n\nWithout it the order will be cancelled.");
  }

  @ApplicationModuleListener
  void on(ApprovalReminderDue event) {
    event.recipients().forEach(recipient -> outbox.save(new OutboxMail(event.purchaseOrderId(), recipient,
        "PO " + event.poNumber() + ": your approval is still needed",
        "Purchase order " + event.poNumber() + " is waiting for a decision from " + event.groups()
            + ".\n\nOpen Tasklist: " + baseUrl + "/camunda/app/tasklist/", Instant.now(clock))));
  }

  @ApplicationModuleListener
  void on(ApprovalEscalated event) {
    event.recipients().forEach(recipient -> outbox.save(new OutboxMail(event.purchaseOrderId(), recipient,
        "PO " + event.poNumber() + ": approval escalated to " + event.toGroup(),
        "Purchase order " + event.poNumber() + " needs your decision: " + event.why()
            + ".\n\nOpen Tasklist: " + baseUrl + "/camunda/app/tasklist/", Instant.now(clock))));
  }

  @ApplicationModuleListener
  void on(ApprovalStalled event) {
    event.recipients().forEach(recipient -> outbox.save(new OutboxMail(event.purchaseOrderId(), recipient,
        "PO " + event.poNumber() + ": approval stalled",
        "Purchase order " + event.poNumber() + " of one of your customers is stalled: " + event.waitingFor()
            + ".\n\nSee it in Cockpit or Tasklist: " + baseUrl + "/camunda/app/tasklist/", Instant.now(clock))));
  }

  @ApplicationModuleListener
  void on(ProcessStepFailed event) {
    var order = orders.findById(event.purchaseOrderId());
    String label = order.map(o -> o.displayName() + " (" + o.customerId() + ")")
        .orElse(event.purchaseOrderId().toString());
    outbox.save(new OutboxMail(event.purchaseOrderId(), operationsEmail,
        "PO " + label + ": " + event.activityName() + " failed",
        "The step '" + event.activityName() + "' of purchase order " + label + " ran out of retries.\n\n"
            + "Error: " + event.error() + "\n\nRetry it from Cockpit once the cause is fixed: " + baseUrl
            + "/camunda/app/cockpit/default/#/incidents?searchQuery=" + event.incidentId()
            + "\nFailing ERP pushes: " + baseUrl + "/api/admin/erp-sync", Instant.now(clock)));
  }

  @ApplicationModuleListener
  void on(ErpEventRefused event) {
    outbox.save(new OutboxMail(event.purchaseOrderId(), operationsEmail,
        "PO " + event.poNumber() + " (" + event.company() + "): ERP event " + event.type() + " refused",
        "PO Desk refused the ERP's event " + event.eventId() + " (" + event.type() + ") for purchase order "
            + event.poNumber() + " of " + event.company() + ".\n\nReason: " + event.reason()
            + "\n\nThe ERP and PO Desk now disagree about this order: check it in both.\nAll refused events: "
            + baseUrl + "/api/admin/erp-events?status=REFUSED", Instant.now(clock)));
  }

  @ApplicationModuleListener
  void on(InvoiceIssued event) {
    toBuyer(event.submittedBy(), event.purchaseOrderId(), "PO " + event.poNumber() + ": invoice "
        + event.invoiceNumber(), "Invoice " + event.invoiceNumber() + " for your purchase order " + event.poNumber()
        + " is issued: " + event.total().toPlainString() + " " + event.currency() + ", due " + event.dueDate()
        + ".\n\nThe PDF is attached; you can also download it: " + baseUrl + "/api/purchase-orders/"
        + event.purchaseOrderId() + "/invoices/" + event.invoiceNumber())
        .ifPresent(mail -> outbox.save(mail.attaching(event.documentId(), event.invoiceNumber() + ".pdf")));
  }

  @ApplicationModuleListener
  void on(PaymentReminderDue event) {
    String what = event.dunningLevel() == 0 ? "payment due " + event.dueDate()
        : "payment overdue (notice " + event.dunningLevel() + ")";
    String body = "Invoice " + event.invoiceNumber() + " for purchase order " + event.poNumber() + ": "
        + event.outstanding().toPlainString() + " " + event.currency() + " outstanding, due " + event.dueDate()
        + ".\n\nDownload it: " + baseUrl + "/api/purchase-orders/" + event.purchaseOrderId() + "/invoices/"
        + event.invoiceNumber();
    toBuyer(event.submittedBy(), event.purchaseOrderId(), "PO " + event.poNumber() + ": " + what, body);
    if (event.dunningLevel() >= 2 && event.salesRepEmail() != null) {
      outbox.save(new OutboxMail(event.purchaseOrderId(), event.salesRepEmail(), "PO " + event.poNumber() + ": "
          + what, "Your customer has not paid yet.\n\n" + body, Instant.now(clock)));
    }
  }

  /** Writes a mail to the buyer into the outbox; returns it so a caller may add an attachment. */
  private Optional<OutboxMail> toBuyer(String userId, UUID purchaseOrderId, String subject, String body) {
    Optional<String> email = companyUsers.findById(userId).map(CompanyUser::email);
    if (email.isEmpty()) {
      log.warn("No mail address for {}; '{}' not sent", userId, subject);
      return Optional.empty();
    }
    return Optional.of(outbox.save(new OutboxMail(purchaseOrderId, email.get(), subject, body, Instant.now(clock))));
  }

  private String link(UUID purchaseOrderId) {
    return baseUrl + "/api/purchase-orders/" + purchaseOrderId;
  }

  private static String label(String poNumber, UUID id) {
    return poNumber != null ? poNumber : id.toString();
  }
}
