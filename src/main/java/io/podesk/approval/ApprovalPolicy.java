package io.podesk.approval;

import io.podesk.audit.AuditTrail;
import io.podesk.audit.AuditType;
import io.podesk.shared.Actor;
import io.podesk.shared.ConflictException;
import io.podesk.shared.Money;
import io.podesk.shared.PurchaseOrderId;
import io.podesk.shared.StaffDirectory;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules every approval decision must pass, whoever sends it (Tasklist, /engine-rest, Java): a rejection has a
 * reason, nobody decides on their own order, nobody counts twice in one chain, and nobody approves above their
 * authority limit. Accepted decisions are recorded and audited. It reads the order a decision is about through
 * {@link ApprovalSubjects} and reaches people through the {@link StaffDirectory}, so the process steps that open,
 * decide, escalate, remind or alert about approvals ask this one class.
 */
@Service
public class ApprovalPolicy {

  private final ApprovalRecords records;
  private final ApprovalPlans plans;
  private final AuthorityLimitAdministration limits;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final ApprovalSubjects subjects;
  private final StaffDirectory staff;

  ApprovalPolicy(ApprovalRecords records, ApprovalPlans plans, AuthorityLimitAdministration limits, AuditTrail audit,
      ApplicationEventPublisher events, Clock clock, ApprovalSubjects subjects, StaffDirectory staff) {
    this.subjects = subjects;
    this.staff = staff;
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
    ApprovalSubject order = subjects.subjectOf(PurchaseOrderId.of(slot.purchaseOrderId()));
    FourEyes.requireNotOwnOrder(decision.approver(), order.submittedBy());
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
      requireAuthority(decision.approver(), order.totalInBase().orElse(null));
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
    audit.record(PurchaseOrderId.of(slot.purchaseOrderId()), Actor.person(decision.approver()), AuditType.TASK_COMPLETED,
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
    Optional<Money> own = limits.limitOf(approver);
    if (own.isEmpty()) {
      throw new ApprovalRefused("You have no authority limit yet, so you cannot approve orders; an admin sets it "
          + "under Authority limits. The task was escalated.", true);
    }
    Money limit = own.get();
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

  /** Whether someone may decide on the order at all (four eyes): not the person who submitted it. */
  @Transactional(readOnly = true)
  public boolean mayDecide(PurchaseOrderId id, String userId) {
    return FourEyes.mayDecide(userId, subjects.subjectOf(id).submittedBy());
  }

  /**
   * An approval task was bound to its slot and is due at the given time: the timeline says who is asked until
   * when, and the group's members are asked by mail ({@link ApprovalRequested}): the buyer's company approvers for
   * a buyer-side slot, the staff group's members otherwise.
   */
  @Transactional
  public void requested(BoundSlot bound, Instant due) {
    PurchaseOrderId id = PurchaseOrderId.of(bound.purchaseOrderId());
    String group = bound.slot().group();
    audit.record(id, Actor.SYSTEM, AuditType.APPROVAL_REQUESTED,
        "Step " + bound.step().number() + ": " + group + ", SLA due " + due);
    ApprovalSubject order = subjects.subjectOf(id);
    List<ApprovalRequested.Recipient> recipients = bound.buyerSide() ? subjects.companyApproversOf(id)
        : membersOf(List.of(group));
    events.publishEvent(new ApprovalRequested(id.value(), order.displayName(), group, bound.buyerSide(),
        bound.taskId(), recipients, order.total().amount(), order.total().currencyCode(), due));
  }

  /** Alerts the company's sales rep that an order's approval has stalled, waiting for the given groups. */
  @Transactional
  public void stalled(PurchaseOrderId id, Collection<String> waitingForGroups) {
    ApprovalSubject order = subjects.subjectOf(id);
    String waitingFor = "waiting for " + (waitingForGroups.isEmpty() ? "approval"
        : String.join(", ", waitingForGroups.stream().distinct().toList())) + " since " + order.updatedAt();
    audit.record(id, Actor.SYSTEM, AuditType.STALLED,
        "Sales rep " + order.salesRep() + " alerted: " + waitingFor);
    List<String> recipients = order.salesRep() == null ? List.of()
        : staff.mailOf(order.salesRep()).stream().toList();
    events.publishEvent(new ApprovalStalled(id.value(), order.displayName(), recipients, waitingFor));
  }

  /** Records that a task was handed from one person to another, and why. */
  @Transactional
  public void delegated(PurchaseOrderId id, String from, String to, String why) {
    audit.record(id, Actor.person(from), AuditType.DELEGATED,
        from + " → " + to + (why == null ? "" : ": " + why));
  }

  @Transactional(readOnly = true)
  public List<DecidedApproval> recordsOf(PurchaseOrderId purchaseOrderId) {
    return records.findByPurchaseOrderIdOrderByDecidedAt(purchaseOrderId.value()).stream().map(DecidedApproval::of).toList();
  }

  /** Audits an escalation and tells the backup group's members. */
  @Transactional
  public void escalated(PurchaseOrderId id, String from, String to, String why) {
    audit.record(id, Actor.SYSTEM, AuditType.ESCALATED, from + " → " + to + ": " + why);
    events.publishEvent(new ApprovalEscalated(id.value(), subjects.subjectOf(id).displayName(),
        membersOf(List.of(to)), to, why));
  }

  /**
   * Audits a reminder and sends it to the approvers who have not decided yet: the assignees of claimed tasks and
   * every member of the groups of unclaimed ones.
   */
  @Transactional
  public void remind(PurchaseOrderId id, Collection<String> assignees, Collection<String> groups) {
    List<ApprovalRequested.Recipient> recipients = new ArrayList<>();
    assignees.forEach(assignee -> staff.reachable(assignee).map(ApprovalPolicy::recipient).ifPresent(recipients::add));
    recipients.addAll(membersOf(groups));
    String named = String.join(", ", groups.stream().distinct().toList());
    audit.record(id, Actor.SYSTEM, AuditType.REMINDED, "Approval reminder to " + named);
    events.publishEvent(new ApprovalReminderDue(id.value(), subjects.subjectOf(id).displayName(),
        recipients.stream().distinct().toList(), named));
  }

  private List<ApprovalRequested.Recipient> membersOf(Collection<String> groups) {
    return staff.reachableMembersOf(groups).stream().map(ApprovalPolicy::recipient).toList();
  }

  private static ApprovalRequested.Recipient recipient(StaffDirectory.Person person) {
    return new ApprovalRequested.Recipient(person.userId(), person.name(), person.email());
  }
}
