package io.podesk.notification;

import io.podesk.approval.ApprovalEscalated;
import io.podesk.approval.ApprovalReminderDue;
import io.podesk.approval.ApprovalRequested;
import io.podesk.approval.ApprovalStalled;
import io.podesk.customers.CompanyPerson;
import io.podesk.customers.CustomerDirectory;
import io.podesk.customers.CustomerTerms;
import io.podesk.erp.ErpEventRefused;
import io.podesk.erp.ErpEventUnmatched;
import io.podesk.invoicing.InvoiceIssued;
import io.podesk.invoicing.PaymentReminderDue;
import io.podesk.orders.DocumentReminderDue;
import io.podesk.orders.PurchaseOrderQueries;
import io.podesk.orders.PurchaseOrderSnapshot;
import io.podesk.orders.PurchaseOrderStatus;
import io.podesk.orders.PurchaseOrderStatusChanged;
import io.podesk.orders.PurchaseOrderSubmitted;
import io.podesk.outbox.Outbox;
import io.podesk.shared.Money;
import io.podesk.shared.PurchaseOrderId;
import io.podesk.workflow.ApprovalTasks;
import io.podesk.workflow.ProcessStepFailed;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns purchase-order events into mails for buyers, approvers and staff, rendered from the mail templates. The
 * events reach here through Spring Modulith's event publication registry, so a mail is never lost between the
 * change and the outbox.
 */
@Component
class PurchaseOrderMails {

  private static final Logger log = LoggerFactory.getLogger(PurchaseOrderMails.class);
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
      .withZone(ZoneOffset.UTC);

  private final Outbox outbox;
  private final CustomerDirectory customers;
  private final PurchaseOrderQueries orders;
  private final MailTemplates templates;
  private final SignedLinks links;
  private final MailLinks urls;
  private final ApprovalTasks approvals;
  private final Clock clock;
  private final String operationsEmail;

  PurchaseOrderMails(Outbox outbox, CustomerDirectory customers, PurchaseOrderQueries orders,
      MailTemplates templates, SignedLinks links, MailLinks urls, ApprovalTasks approvals, Clock clock,
      @Value("${podesk.operations.alert-email}") String operationsEmail) {
    this.outbox = outbox;
    this.customers = customers;
    this.orders = orders;
    this.templates = templates;
    this.links = links;
    this.urls = urls;
    this.approvals = approvals;
    this.clock = clock;
    this.operationsEmail = operationsEmail;
  }

  @ApplicationModuleListener
  void on(PurchaseOrderSubmitted event) {
    String label = label(event.poNumber(), event.purchaseOrderId().value());
    Map<String, Object> model = new HashMap<>(orderModel(event.purchaseOrderId().value()));
    model.put("total", amount(event.total(), event.currency()));
    toBuyer(event.submittedBy(), event.purchaseOrderId().value(), templates.render(MailKind.RECEIVED, label, model));
  }

  // only the statuses the buyer is told of: the others store no event publication and run no listener
  @ApplicationModuleListener(condition = "#event.to().name() matches 'APPROVED|REJECTED|EXPIRED|CANCELLED'")
  void on(PurchaseOrderStatusChanged event) {
    String label = label(event.poNumber(), event.purchaseOrderId().value());
    UUID id = event.purchaseOrderId().value();
    Map<String, Object> model = new HashMap<>();
    model.put("orderUrl", urls.order(id));
    model.put("reason", event.reason());
    MailKind kind;
    if (event.to() == PurchaseOrderStatus.APPROVED) {
      kind = MailKind.APPROVED;
    } else if (event.to() == PurchaseOrderStatus.REJECTED) {
      kind = MailKind.REJECTED;
      model.put("reviseUrl", urls.link(links.newToken(id, ActionLink.Action.REVISE, event.submittedBy())));
    } else if (event.to() == PurchaseOrderStatus.EXPIRED) {
      kind = MailKind.EXPIRED;
    } else if (event.to() == PurchaseOrderStatus.CANCELLED) {
      kind = MailKind.CANCELLED;
    } else {
      return;
    }
    toBuyer(event.submittedBy(), id, templates.render(kind, label, model));
  }

  @ApplicationModuleListener
  void on(DocumentReminderDue event) {
    UUID id = event.purchaseOrderId().value();
    toBuyer(event.submittedBy(), id, templates.render(MailKind.DOCUMENT_MISSING, label(event.poNumber(), id),
        Map.of("orderUrl", urls.order(id),
            "uploadUrl", urls.link(links.newToken(id, ActionLink.Action.UPLOAD_DOCUMENT, event.submittedBy())))));
  }

  /**
   * One mail per approver, each with a link of their own: the link is bound to its recipient, to the new task
   * (nobody holds it yet) and to the revision of the order the mail shows.
   */
  @ApplicationModuleListener
  void on(ApprovalRequested event) {
    Optional<PurchaseOrderSnapshot> order = orders.find(PurchaseOrderId.of(event.purchaseOrderId()));
    if (order.isEmpty()) {
      return;
    }
    Map<String, Object> common = new HashMap<>(orderModel(event.purchaseOrderId()));
    common.put("group", event.group());
    common.put("total", amount(event.total(), event.currency()));
    common.put("slaDue", WHEN.format(event.slaDue()));
    common.put("tasklistUrl", event.buyerSide() ? null : urls.tasklist(event.taskId()));
    for (ApprovalRequested.Recipient recipient : event.recipients()) {
      ActionLink link = links.issueForTask(event.purchaseOrderId(), recipient.userId(), event.taskId(),
          order.get().revision(), null);
      Map<String, Object> model = new HashMap<>(common);
      model.put("recipientName", recipient.name());
      model.put("actionUrl", urls.link(links.tokenOf(link)));
      model.put("expiresAt", WHEN.format(link.expiresAt()));
      send(event.purchaseOrderId(), recipient.email(),
          templates.render(MailKind.APPROVAL_NEEDED, event.poNumber(), model));
    }
  }

  @ApplicationModuleListener
  void on(ApprovalReminderDue event) {
    for (ApprovalRequested.Recipient recipient : event.recipients()) {
      withDecisionLink(event.purchaseOrderId(), recipient).ifPresent(model -> {
        model.put("groups", event.groups());
        send(event.purchaseOrderId(), recipient.email(),
            templates.render(MailKind.APPROVAL_REMINDER, event.poNumber(), model));
      });
    }
  }

  @ApplicationModuleListener
  void on(ApprovalEscalated event) {
    for (ApprovalRequested.Recipient recipient : event.recipients()) {
      withDecisionLink(event.purchaseOrderId(), recipient).ifPresent(model -> {
        model.put("group", event.toGroup());
        model.put("why", event.why());
        send(event.purchaseOrderId(), recipient.email(),
            templates.render(MailKind.APPROVAL_ESCALATED, event.poNumber(), model, event.toGroup()));
      });
    }
  }

  /**
   * A reminder or escalation carries a fresh approve/reject link of the recipient's own, bound to the task they
   * may decide now; company approvers cannot use Tasklist, so for them the link is the way in. Nobody is reminded
   * of a task that no longer waits for them (decided, or handed on, since the reminder was due).
   */
  private Optional<Map<String, Object>> withDecisionLink(UUID purchaseOrderId, ApprovalRequested.Recipient recipient) {
    Optional<PurchaseOrderSnapshot> order = orders.find(PurchaseOrderId.of(purchaseOrderId));
    Optional<ApprovalTasks.LinkedTask> task = approvals.openTaskOf(purchaseOrderId, recipient.userId());
    if (order.isEmpty() || task.isEmpty()) {
      log.info("No open approval task of {} for {}; no reminder sent", purchaseOrderId, recipient.userId());
      return Optional.empty();
    }
    ActionLink link = links.issueForTask(purchaseOrderId, recipient.userId(), task.get().taskId(),
        order.get().revision(), task.get().assigneeWhenSent());
    Map<String, Object> model = new HashMap<>();
    model.put("tasklistUrl", urls.tasklist(null));
    model.put("actionUrl", urls.link(links.tokenOf(link)));
    model.put("expiresAt", WHEN.format(link.expiresAt()));
    return Optional.of(model);
  }

  @ApplicationModuleListener
  void on(ApprovalStalled event) {
    RenderedMail mail = templates.render(MailKind.APPROVAL_STALLED, event.poNumber(),
        Map.of("waitingFor", event.waitingFor(), "tasklistUrl", urls.tasklist(null)));
    event.recipients().forEach(recipient -> send(event.purchaseOrderId(), recipient, mail));
  }

  @ApplicationModuleListener
  void on(ProcessStepFailed event) {
    String label = orders.find(PurchaseOrderId.of(event.purchaseOrderId()))
        .map(o -> o.displayName() + " (" + o.customerId() + ")")
        .orElse(event.purchaseOrderId().toString());
    Map<String, Object> model = new HashMap<>();
    model.put("activityName", event.activityName());
    model.put("error", event.error());
    model.put("orderUrl", urls.order(event.purchaseOrderId()));
    model.put("incidentUrl", urls.incident(event.incidentId()));
    model.put("erpSyncUrl", urls.of("/api/admin/erp-sync"));
    send(event.purchaseOrderId(), operationsEmail,
        templates.render(MailKind.STEP_FAILED, label, model, event.activityName()));
  }

  @ApplicationModuleListener
  void on(ErpEventRefused event) {
    Map<String, Object> model = new HashMap<>();
    model.put("company", event.company());
    model.put("eventId", event.eventId());
    model.put("type", event.type());
    model.put("reason", event.reason());
    model.put("refusedEventsUrl", urls.of("/api/admin/erp-events?status=REFUSED"));
    send(event.purchaseOrderId(), operationsEmail, templates.render(MailKind.ERP_EVENT_REFUSED, event.poNumber(),
        model, event.company(), event.type()));
  }

  @ApplicationModuleListener
  void on(ErpEventUnmatched event) {
    Map<String, Object> model = new HashMap<>();
    model.put("company", event.company());
    model.put("poNumber", event.poNumber());
    model.put("eventId", event.eventId());
    model.put("type", event.type());
    model.put("detail", event.detail());
    model.put("waitingUrl", urls.of("/api/admin/erp-events?status=UNMATCHED"));
    model.put("replayUrl", urls.of("/api/admin/erp-events/" + event.eventId() + "/replay"));
    send(null, operationsEmail, templates.render("erp-event-waiting", "ERP event " + event.type() + " waits: "
        + event.detail(), model));
  }

  @ApplicationModuleListener
  void on(InvoiceIssued event) {
    RenderedMail mail = templates.render(MailKind.INVOICE_ISSUED, event.poNumber(), Map.of(
        "invoiceNumber", event.invoiceNumber(),
        "total", amount(event.total(), event.currency()),
        "dueDate", String.valueOf(event.dueDate()),
        "invoiceUrl", urls.invoice(event.purchaseOrderId().value(), event.invoiceNumber())), event.invoiceNumber());
    toBuyer(event.submittedBy(), event.purchaseOrderId().value(), mail,
        invoice -> invoice.attaching(event.documentId(), event.invoiceNumber() + ".pdf"));
  }

  @ApplicationModuleListener
  void on(PaymentReminderDue event) {
    boolean overdue = event.dunningLevel() > 0;
    Map<String, Object> model = new HashMap<>();
    model.put("invoiceNumber", event.invoiceNumber());
    model.put("outstanding", amount(event.outstanding(), event.currency()));
    model.put("dueDate", String.valueOf(event.dueDate()));
    model.put("dunningLevel", event.dunningLevel());
    model.put("invoiceUrl", urls.invoice(event.purchaseOrderId().value(), event.invoiceNumber()));
    model.put("toSalesRep", false);
    MailKind kind = overdue ? MailKind.PAYMENT_OVERDUE : MailKind.PAYMENT_REMINDER;
    Object detail = overdue ? event.dunningLevel() : event.dueDate();
    toBuyer(event.submittedBy(), event.purchaseOrderId().value(),
        templates.render(kind, event.poNumber(), model, detail));
    if (event.dunningLevel() >= 2 && event.salesRepEmail() != null) {
      model.put("toSalesRep", true);
      send(event.purchaseOrderId().value(), event.salesRepEmail(),
          templates.render(kind, event.poNumber(), model, detail));
    }
  }

  /** Company, lines and notes of the order, for the mails that show what was ordered. */
  private Map<String, Object> orderModel(UUID purchaseOrderId) {
    Map<String, Object> model = new HashMap<>();
    model.put("orderUrl", urls.order(purchaseOrderId));
    orders.find(PurchaseOrderId.of(purchaseOrderId)).ifPresent(order -> {
      model.put("company", customers.find(order.companyId()).map(CustomerTerms::name).orElse(order.customerId()));
      model.put("notes", order.notes());
      model.put("lines", MailLine.of(order));
      if (order.hasDocument()) {
        model.put("documentUrl", urls.document(purchaseOrderId));
      }
    });
    return model;
  }

  /** Writes a mail to the buyer into the outbox. */
  private void toBuyer(String userId, UUID purchaseOrderId, RenderedMail mail) {
    toBuyer(userId, purchaseOrderId, mail, UnaryOperator.identity());
  }

  /** Writes a mail to the buyer into the outbox, {@code finish} adding what the mail carries besides its text. */
  private void toBuyer(String userId, UUID purchaseOrderId, RenderedMail mail, UnaryOperator<OutboxMail> finish) {
    Optional<String> email = customers.person(userId).map(CompanyPerson::email);
    if (email.isEmpty()) {
      log.warn("No mail address for {}; '{}' not sent", userId, mail.subject());
      return;
    }
    send(purchaseOrderId, email.get(), mail, finish);
  }

  private void send(UUID purchaseOrderId, String recipient, RenderedMail mail) {
    send(purchaseOrderId, recipient, mail, UnaryOperator.identity());
  }

  private void send(UUID purchaseOrderId, String recipient, RenderedMail mail, UnaryOperator<OutboxMail> finish) {
    outbox.enqueue(finish.apply(new OutboxMail(purchaseOrderId, recipient, mail.subject(), mail.text(),
        mail.html(), Instant.now(clock))));
  }

  /** An amount an event carries with its currency, as the mails write it ({@code 1234.50 USD}). */
  private static String amount(BigDecimal amount, String currency) {
    return Money.of(amount, currency).toString();
  }

  private static String label(String poNumber, UUID id) {
    return poNumber != null ? poNumber : id.toString();
  }

  /** One line of an order as the mails show it. */
  record MailLine(String sku, String description, String quantity, String unitPrice, String lineTotal) {

    static List<MailLine> of(PurchaseOrderSnapshot order) {
      return order.lines().stream().map(line -> new MailLine(line.sku(), line.description(),
          line.quantity().stripTrailingZeros().toPlainString(), line.unitPrice().toPlainString(),
          line.lineTotal().toPlainString())).toList();
    }
  }
}
