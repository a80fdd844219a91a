package io.podesk.notification;

import io.podesk.customers.CustomerDirectory;
import io.podesk.customers.CustomerTerms;
import io.podesk.shared.BaseCurrency;
import io.podesk.orders.PurchaseOrderCommands;
import io.podesk.orders.PurchaseOrderQueries;
import io.podesk.orders.PurchaseOrderSnapshot;
import io.podesk.shared.Actor;
import io.podesk.shared.ConflictException;
import io.podesk.shared.NotFoundException;
import io.podesk.shared.PurchaseOrderId;
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
  private final PurchaseOrderQueries orders;
  private final CustomerDirectory customers;
  private final ApprovalTasks approvals;
  private final PurchaseOrderCommands commands;
  private final BaseCurrency baseCurrency;
  private final LinkProperties properties;
  private final Clock clock;

  LinkActions(SignedLinks links, PurchaseOrderQueries orders, CustomerDirectory customers, ApprovalTasks approvals,
      PurchaseOrderCommands commands, BaseCurrency baseCurrency, LinkProperties properties, Clock clock) {
    this.links = links;
    this.orders = orders;
    this.customers = customers;
    this.approvals = approvals;
    this.commands = commands;
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
    PurchaseOrderSnapshot order = orders.find(PurchaseOrderId.of(link.purchaseOrderId()))
        .orElseThrow(() -> new NotFoundException("The order of this link no longer exists"));
    requireStillOpen(link, order);
    return new LinkPage(order.id(), link.action(), link.recipient(), link.expiresAt(), order.displayName(),
        customers.find(order.companyId()).map(CustomerTerms::name).orElse(order.customerId()),
        order.total().toString(), order.status().name(), order.notes(),
        PurchaseOrderMails.MailLine.of(order), loginRequired(link, order));
  }

  /**
   * Approves or rejects, as the link's recipient, the task the link was mailed for, if the order is still at the
   * revision the mail showed and the task was not handed to someone else since.
   */
  @Transactional
  UUID decide(String token, String loggedInUser, boolean approved, String reason) {
    ActionLink link = lockUsable(token, loggedInUser, ActionLink.Action.APPROVAL);
    PurchaseOrderSnapshot order = orders.find(PurchaseOrderId.of(link.purchaseOrderId()))
        .orElseThrow(() -> new NotFoundException("The order of this link no longer exists"));
    requireStillOpen(link, order);
    if (loginRequired(link, order) && loggedInUser == null) {
      throw new LinkRefused(LinkRefused.Reason.LOGIN_REQUIRED);
    }
    approvals.decide(link.purchaseOrderId(), linkedTask(link), link.recipient(), approved, reason);
    link.use(Instant.now(clock));
    return link.purchaseOrderId();
  }

  /** Attaches the signed PO the recipient uploads. */
  @Transactional
  UUID upload(String token, String loggedInUser, String fileName, byte[] content) {
    ActionLink link = lockUsable(token, loggedInUser, ActionLink.Action.UPLOAD_DOCUMENT);
    commands.attachDocument(PurchaseOrderId.of(link.purchaseOrderId()), fileName, content, Actor.person(link.recipient()));
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

  /**
   * A link whose work was done some other way (decided in Tasklist, uploaded in the portal) says so; an approval
   * link whose order was revised, or whose task went to someone else, since it was mailed acts on nothing.
   */
  private void requireStillOpen(ActionLink link, PurchaseOrderSnapshot order) {
    if (link.action() == ActionLink.Action.APPROVAL) {
      requireCurrent(link, order);
      ApprovalTasks.Standing standing = approvals.standingOf(order.id(), linkedTask(link), link.recipient());
      if (standing == ApprovalTasks.Standing.HANDED_ON) {
        throw new LinkRefused(LinkRefused.Reason.SUPERSEDED, "This link was for an approval task of "
            + order.displayName() + " that has since been handed to someone else, so it does nothing. Open the "
            + "order in the portal to see where it stands.");
      }
      if (standing != ApprovalTasks.Standing.OPEN) {
        throw new ConflictException("This approval step of " + order.displayName()
            + " was already decided, or the order no longer waits for it (it is " + order.status() + ")");
      }
    }
    if (link.action() == ActionLink.Action.UPLOAD_DOCUMENT && order.hasDocument()) {
      throw new ConflictException("Purchase order " + order.displayName() + " already has its document");
    }
  }

  private static void requireCurrent(ActionLink link, PurchaseOrderSnapshot order) {
    if (link.taskId() == null) {
      throw new LinkRefused(LinkRefused.Reason.SUPERSEDED, "This link to " + order.displayName() + " was mailed "
          + "before links were tied to their approval task, so it does nothing. The next reminder brings a new "
          + "link; or open the order in the portal.");
    }
    if (link.revision() != order.revision()) {
      throw new LinkRefused(LinkRefused.Reason.SUPERSEDED, "This link was for revision " + link.revision() + " of "
          + order.displayName() + "; the order has been revised since (it is at revision " + order.revision()
          + " now), so the link does nothing. If the new revision needs you, a new mail brings its own link.");
    }
  }

  private static ApprovalTasks.LinkedTask linkedTask(ActionLink link) {
    return new ApprovalTasks.LinkedTask(link.taskId(), link.assigneeWhenSent());
  }

  private boolean loginRequired(ActionLink link, PurchaseOrderSnapshot order) {
    return link.action() == ActionLink.Action.APPROVAL
        && baseCurrency.toBase(order.total())
            .map(total -> total.amount().compareTo(properties.loginRequiredAbove()) > 0).orElse(true);
  }
}
