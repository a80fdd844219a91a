package io.podesk.portal;

import io.podesk.approval.ApprovalHistory;
import io.podesk.approval.DecidedApproval;
import io.podesk.customers.CustomerDirectory;
import io.podesk.orders.PurchaseOrderQueries;
import io.podesk.orders.PurchaseOrderStatus;
import io.podesk.orders.PurchaseOrderSummary;
import io.podesk.workflow.ProcessInsights.OpenIncident;
import io.podesk.workflow.ProcessInsights;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard's numbers over a window of days. A tier is the group an approval task was for (a routing step's
 * group, e.g. salesmanagers; the buyer's own approvers count as one tier, "company approvers"). Cycle time is
 * from the task's creation (the engine's history) to the decision (the approval record): the time the tier took,
 * not the order's whole approval. Rejection rate is a tier's rejections over its decisions.
 */
@Component
class Analytics {

  static final String COMPANY_APPROVERS = "company approvers";
  /** Tiers in routing order; others follow alphabetically. */
  private static final List<String> TIER_ORDER =
      List.of(COMPANY_APPROVERS, "salesmanagers", "finance", "creditcontrol", "directors");
  static final String ALL_TIERS = "all tiers";

  private final PurchaseOrderQueries orders;
  private final ApprovalHistory approvals;
  private final CustomerDirectory customers;
  private final ProcessInsights insights;
  private final Clock clock;

  Analytics(PurchaseOrderQueries orders, ApprovalHistory approvals, CustomerDirectory customers,
      ProcessInsights insights, Clock clock) {
    this.orders = orders;
    this.approvals = approvals;
    this.customers = customers;
    this.insights = insights;
    this.clock = clock;
  }

  /**
   * One tier's decisions in the window.
   *
   * @param timed decisions whose task's creation the history still knows (cycle times are over these)
   */
  record Tier(String tier, int decisions, int approved, int rejected, int timed, OptionalDouble medianHours,
      OptionalDouble p90Hours) {

    public double rejectionRate() {
      return decisions == 0 ? 0 : (double) rejected / decisions;
    }

    public String rejectionPercent() {
      return Formats.percent(rejectionRate());
    }

    public String medianText() {
      return Formats.hours(medianHours, 1);
    }

    public String p90Text() {
      return Formats.hours(p90Hours, 1);
    }
  }

  record StatusCount(String status, long count) {}

  record ErpFailure(UUID purchaseOrderId, String poNumber, String company, String error, Instant since) {}

  record ErpSync(long failuresInWindow, List<ErpFailure> failingNow) {}

  record Report(Instant from, Instant to, List<Tier> tiers, Tier allTiers, List<StatusCount> statuses,
      ErpSync erp) {}

  @Transactional(readOnly = true)
  Report report(DashboardFilter filter) {
    Instant to = clock.instant();
    Instant from = to.minus(Duration.ofDays(filter.days()));
    CompanyScope scope = CompanyScope.of(customers, filter);
    List<Decision> decisions = decisions(scope, from);
    Map<String, Instant> opened = insights.approvalTasksOpenedAt(from.minus(Duration.ofMinutes(1)));
    Map<String, List<Decision>> byTier = new TreeMap<>(Comparator.comparing(Analytics::tierRank)
        .thenComparing(Comparator.naturalOrder()));
    decisions.forEach(decision -> byTier.computeIfAbsent(decision.tier(), t -> new ArrayList<>()).add(decision));
    List<Tier> tiers = byTier.entrySet().stream().map(e -> tier(e.getKey(), e.getValue(), opened)).toList();
    return new Report(from, to, tiers, tier(ALL_TIERS, decisions, opened), statuses(scope, from),
        erpSync(scope, from));
  }

  private record Decision(String taskId, String tier, boolean approved, Instant decidedAt) {}

  /**
   * The window's decisions on orders of the companies in scope. Only a filtered dashboard asks orders whose each
   * decision's order is; the tier needs no order, since a company's approvers have a group of their own.
   */
  private List<Decision> decisions(CompanyScope scope, Instant from) {
    List<DecidedApproval> decided = approvals.decidedSince(from);
    if (scope.ids() != null) {
      Set<UUID> inScope = orders.summaries(decided.stream().map(DecidedApproval::purchaseOrderId)
              .collect(Collectors.toSet())).stream()
          .filter(order -> scope.includes(order.companyId())).map(PurchaseOrderSummary::id)
          .collect(Collectors.toSet());
      decided = decided.stream().filter(decision -> inScope.contains(decision.purchaseOrderId())).toList();
    }
    return decided.stream().map(decision -> new Decision(decision.taskId(), tierOf(decision.approverGroup(), scope),
        decision.approved(), decision.decidedAt())).toList();
  }

  private static String tierOf(String group, CompanyScope scope) {
    if (group == null) {
      return "unknown";
    }
    return scope.isCompanyApproverGroup(group) ? COMPANY_APPROVERS : group;
  }

  private static int tierRank(String tier) {
    int rank = TIER_ORDER.indexOf(tier);
    return rank < 0 ? TIER_ORDER.size() : rank;
  }

  private static Tier tier(String name, List<Decision> decisions, Map<String, Instant> opened) {
    List<Double> hours = decisions.stream()
        .filter(decision -> opened.containsKey(decision.taskId()))
        .map(decision -> Duration.between(opened.get(decision.taskId()), decision.decidedAt()).toMillis() / 3_600_000d)
        .map(h -> Math.max(0, h))
        .toList();
    int approved = (int) decisions.stream().filter(Decision::approved).count();
    return new Tier(name, decisions.size(), approved, decisions.size() - approved, hours.size(),
        Percentiles.median(hours), Percentiles.p90(hours));
  }

  private List<StatusCount> statuses(CompanyScope scope, Instant from) {
    Map<PurchaseOrderStatus, Long> counts = orders.countByStatus(from, scope.ids());
    return STATUS_ORDER.stream().map(PurchaseOrderStatus::valueOf).filter(counts::containsKey)
        .map(status -> new StatusCount(status.name(), counts.get(status))).toList();
  }

  /** The lifecycle's order, for charts that read left to right. */
  static final List<String> STATUS_ORDER = List.of("SUBMITTED", "AWAITING_DOCUMENT", "PENDING_APPROVAL",
      "CREDIT_HOLD", "APPROVED", "SENT_TO_ERP", "PARTIALLY_SHIPPED", "SHIPPED", "INVOICED", "PAID", "COMPLETED",
      "REJECTED", "CANCELLED", "EXPIRED");

  private ErpSync erpSync(CompanyScope scope, Instant from) {
    List<OpenIncident> failing = insights.openIncidents().stream().filter(OpenIncident::erpPush).toList();
    Map<UUID, PurchaseOrderSummary> failingOrders = new HashMap<>();
    orders.summaries(failing.stream().map(OpenIncident::purchaseOrderId).collect(Collectors.toSet())).stream()
        .filter(order -> scope.includes(order.companyId()))
        .forEach(order -> failingOrders.put(order.id(), order));
    List<ErpFailure> failures = failing.stream()
        .filter(incident -> failingOrders.containsKey(incident.purchaseOrderId()))
        .map(incident -> {
          PurchaseOrderSummary order = failingOrders.get(incident.purchaseOrderId());
          return new ErpFailure(order.id(), order.poNumber(), scope.nameOf(order.companyId()), incident.message(),
              incident.since());
        })
        .toList();
    // the engine's history does not know companies: the window's count is shown unfiltered only
    return new ErpSync(scope.ids() == null ? insights.erpPushFailuresSince(from) : -1, failures);
  }

  static Set<String> csvNames() {
    return Set.of("approval-tiers", "statuses", "erp-failures");
  }
}
