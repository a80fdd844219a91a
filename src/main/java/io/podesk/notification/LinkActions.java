package io.podesk.notification;

import io.podesk.customers.Customer;
import io.podesk.customers.Customers;
import io.podesk.orders.BaseCurrency;
import io.podesk.orders.PurchaseOrder;
import io.podesk.orders.PurchaseOrderDocuments;
import io.podesk.orders.PurchaseOrders;
import io.podesk.shared.ConflictException;
import io.podesk.shared.NotFoundException;
import io.podesk.workflow.ApprovalTasks;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a mail link does. Opening one only reads; performing it checks the link again under a row lock, acts through
 * the owning module's API as the link's recipient, and spends the link in the same transaction, so a failed action
 * leaves it usable and a successful one cannot be replayed.
 */
@Service
class LinkActions {

  private final SignedLinks links;
  private final PurchaseOrders orders;
  private final Customers customers;
  private final ApprovalTasks approvals;
  private final PurchaseOrderDocuments documents;
  private final BaseCurrency baseCurrency;
  private final LinkProperties properties;
  private final Clock clock;

  LinkActions(SignedLinks links, PurchaseOrders orders, Customers customers, ApprovalTasks approvals,
      PurchaseOrderDocuments documents, BaseCurrency baseCurrency, LinkProperties properties, Clock clock) {
    this.links = links;
    this.orders = orders;
    this.customers = customers;
    this.approvals = approvals;
    this.documents = documents;
    this.baseCurrency = baseCurrency;
    this.properties = properties;
    this.clock = clock;
  }

  /** What the confirm page shows. */
  record LinkPage(UUID purchaseOrderId, ActionLink.Action action, String recipient, Instant expiresAt,
      String poNumber, String company, String total, String status, String notes,
      List<PurchaseOrderMails.MailLine> lines, boolean loginRequired) {}

  /**
   * The link's page, if the link may be used by this user (null: nobody logged in). Changes nothing: mail scanners
   * open links too.
   */
  @Transactional(readOnly = true)
  LinkPage open(String token, String loggedInUser) {
    ActionLink link = usable(links.find(token), loggedInUser);
    PurchaseOrder order = orders.findById(link.purchaseOrderId())
        .orElseThrow(() -> new NotFoundException("The order of this link no longer exists"));
    requireStillOpen(link, order);
    return new LinkPage(order.id(), link.action(), link.recipient(), link.expiresAt(), order.displayName(),
        customers.findById(order.customerId()).map(Customer::name).orElse(order.customerId()),
        PurchaseOrderMails.amount(order.total(), order.currency()), order.status().name(), order.notes(),
        PurchaseOrderMails.MailLine.of(order), loginRequired(link, order));
  }

  /** Approves or rejects the order's open approval step as the link's recipient. */
  @Transactional
  UUID decide(String token, String loggedInUser, boolean approved, String reason) {
    ActionLink link = lockUsable(token, loggedInUser, ActionLink.Action.APPROVAL);
    orders.findById(link.purchaseOrderId())
        .filter(order -> loginRequired(link, order) && loggedInUser == null)
        .ifPresent(order -> {
          throw new LinkRefused(LinkRefused.Reason.LOGIN_REQUIRED);
        });
    approvals.decide(link.purchaseOrderId(), link.recipient(), approved, reason);
    link.use(Instant.now(clock));
    return link.purchaseOrderId();
  }

  /** Attaches the signed PO the recipient uploads. */
  @Transactional
  UUID upload(String token, String loggedInUser, String fileName, byte[] content) {
    ActionLink link = lockUsable(token, loggedInUser, ActionLink.Action.UPLOAD_DOCUMENT);
    documents.attach(link.purchaseOrderId(), fileName, content, link.recipient());
    link.use(Instant.now(clock));
    return link.purchaseOrderId();
  }

  /** Spends a revise link; the caller sends the buyer to the portal's revise page. */
  @Transactional
  UUID revise(String token, String loggedInUser) {
    ActionLink link = lockUsable(token, loggedInUser, ActionLink.Action.REVISE);
    link.use(Instant.now(clock));
    return link.purchaseOrderId();
  }

  private ActionLink lockUsable(String token, String loggedInUser, ActionLink.Action action) {
    ActionLink link = usable(links.lockUsable(token), loggedInUser);
    if (link.action() != action) {
      throw new LinkRefused(LinkRefused.Reason.UNKNOWN);
    }
    return link;
  }

  private ActionLink usable(ActionLink link, String loggedInUser) {
    links.requireUsable(link);
    if (loggedInUser != null && !loggedInUser.equals(link.recipient())) {
      throw new LinkRefused(LinkRefused.Reason.FOREIGN);
    }
    return link;
  }

  /** A link whose work was done some other way (decided in Tasklist, uploaded in the portal) says so. */
  private void requireStillOpen(ActionLink link, PurchaseOrder order) {
    if (link.action() == ActionLink.Action.APPROVAL
        && approvals.standingOf(order.id(), link.recipient()) != ApprovalTasks.Standing.OPEN) {
      throw new ConflictException("This approval step of " + order.displayName()
          + " was already decided, or the order no longer waits for it (it is " + order.status() + ")");
    }
    if (link.action() == ActionLink.Action.UPLOAD_DOCUMENT && order.hasDocument()) {
      throw new ConflictException("Purchase order " + order.displayName() + " already has its document");
    }
  }

  private boolean loginRequired(ActionLink link, PurchaseOrder order) {
    return link.action() == ActionLink.Action.APPROVAL
        && baseCurrency.toBase(order.total(), order.currency())
            .map(total -> total.compareTo(properties.loginRequiredAbove()) > 0).orElse(true);
  }
}
