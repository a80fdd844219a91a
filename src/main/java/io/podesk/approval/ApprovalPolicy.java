package io.podesk.approval;

import io.podesk.audit.AuditTrail;
import io.podesk.audit.AuditType;
import io.podesk.shared.Actor;
import io.podesk.shared.ConflictException;
import io.podesk.shared.Money;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules every approval decision must pass, whoever sends it (Tasklist, /engine-rest, Java): a rejection has a
 * reason, nobody decides on their own order, nobody counts twice in one chain, and nobody approves above their
 * authority limit. Accepted decisions are recorded and audited.
 */
@Service
public class ApprovalPolicy {

  private final ApprovalRecords records;
  private final ApprovalPlans plans;
  private final AuthorityLimits limits;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  ApprovalPolicy(ApprovalRecords records, ApprovalPlans plans, AuthorityLimits limits, AuditTrail audit, ApplicationEventPublisher events,
      Clock clock) {
    this.records = records;
    this.plans = plans;
    this.limits = limits;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
  }

  /**
   * Checks and records a decision; throws {@link ApprovalRefused} with the reason when it is not acceptable, and
   * {@link ConflictException} when the same approver's decision in this chain was recorded meanwhile (the same
   * task completed twice at once: both passed the check, the database keeps one).
   */
  @Transactional
  public DecidedApproval decide(ApprovalDecision decision) {
    BoundSlot slot = decision.slot();
    if (!decision.approved() && (decision.reason() == null || decision.reason().isBlank())) {
      throw new ApprovalRefused("A rejection needs a reason the buyer can act on", false);
    }
    FourEyes.requireNotOwnOrder(decision.approver(), decision.submittedBy());
    plans.requireDecidable(slot);
    if (records.existsByChainIdAndApprover(slot.chainId(), decision.approver())) {
      if (records.existsByTaskId(slot.taskId())) {
        // the same task completed twice at once, and the other completion committed a moment ago: it stands
        throw new ConflictException("This approval step was already decided a moment ago; nothing was changed");
      }
      throw new ApprovalRefused(decision.approver() + " already decided in this approval chain; "
          + "a second approval must come from someone else", false);
    }
    if (decision.approved() && !slot.buyerSide()) {
      requireAuthority(decision.approver(), decision.total());
    }
    String group = slot.slot().group();
    ApprovalRecord record;
    try {
      record = records.saveAndFlush(new ApprovalRecord(slot.purchaseOrderId(), slot.chainId(), slot.taskId(),
          group, decision.approver(), decision.approved(), decision.approved() ? null : decision.reason().strip(),
          decision.delegatedBy(), Instant.now(clock)));
    } catch (DataIntegrityViolationException e) {
      throw new ConflictException("This approval step was already decided by " + decision.approver()
          + " a moment ago; nothing was changed");
    }
    audit.record(slot.purchaseOrderId(), Actor.person(decision.approver()), AuditType.TASK_COMPLETED,
        "Approve purchase order (" + group + "): "
            + (decision.approved() ? "approved" : "rejected: " + decision.reason().strip())
            + (decision.delegatedBy() == null ? "" : " (delegated by " + decision.delegatedBy() + ")"));
    return DecidedApproval.of(record);
  }

  private void requireAuthority(String approver, Money total) {
    if (total == null) {
      throw new ApprovalRefused("The order's currency has no exchange rate into the base currency, so no authority "
          + "limit can be checked; an admin must configure the rate first", false);
    }
    Money limit = limits.findById(approver).map(AuthorityLimit::limit).orElse(Money.zero(total.currencyCode()));
    if (!limit.currency().equals(total.currency())) {
      throw new ApprovalRefused("Your authority limit is stated in " + limit.currencyCode() + ", not in the base "
          + "currency " + total.currencyCode() + " that approvals are checked in; an admin must restate it", false);
    }
    if (total.isGreaterThan(limit)) {
      throw new ApprovalRefused("Your authority limit is " + limit.amount().toPlainString() + "; this order of "
          + total.amount().toPlainString() + " needs someone with a higher limit. The task was escalated.", true);
    }
  }

  /** The decisions so far in a chain, one line each, for the approvers who come next. */
  @Transactional(readOnly = true)
  public String summaryOf(String chainId) {
    List<ApprovalRecord> decided = records.findByChainIdOrderByDecidedAt(chainId);
    return decided.stream()
        .map(r -> r.approver() + " (" + r.approverGroup() + "): " + (r.approved() ? "approved" : "rejected")
            + (r.reason() == null ? "" : " – " + r.reason()))
        .collect(Collectors.joining("\n"));
  }

  /** Alerts the company's sales rep that an order's approval has stalled. */
  @Transactional
  public void stalled(UUID purchaseOrderId, String poNumber, String salesRep, List<String> recipients,
      String waitingFor) {
    audit.record(purchaseOrderId, Actor.SYSTEM, AuditType.STALLED, "Sales rep " + salesRep + " alerted: " + waitingFor);
    events.publishEvent(new ApprovalStalled(purchaseOrderId, poNumber, recipients, waitingFor));
  }

  /** Records that a task was handed from one person to another, and why. */
  @Transactional
  public void delegated(UUID purchaseOrderId, String from, String to, String why) {
    audit.record(purchaseOrderId, Actor.person(from), AuditType.DELEGATED,
        from + " → " + to + (why == null ? "" : ": " + why));
  }

  @Transactional(readOnly = true)
  public List<DecidedApproval> recordsOf(UUID purchaseOrderId) {
    return records.findByPurchaseOrderIdOrderByDecidedAt(purchaseOrderId).stream().map(DecidedApproval::of).toList();
  }

  /** Audits an escalation and tells the backup group's members. */
  @Transactional
  public void escalated(UUID purchaseOrderId, String poNumber, String from, String to, String why,
      List<ApprovalRequested.Recipient> recipients) {
    audit.record(purchaseOrderId, Actor.SYSTEM, AuditType.ESCALATED, from + " → " + to + ": " + why);
    events.publishEvent(new ApprovalEscalated(purchaseOrderId, poNumber, recipients, to, why));
  }

  /** Audits a reminder and sends it to the approvers who have not decided yet. */
  @Transactional
  public void remind(UUID purchaseOrderId, String poNumber, String groups,
      List<ApprovalRequested.Recipient> recipients) {
    audit.record(purchaseOrderId, Actor.SYSTEM, AuditType.REMINDED, "Approval reminder to " + groups);
    events.publishEvent(new ApprovalReminderDue(purchaseOrderId, poNumber, recipients, groups));
  }
}
