package io.podesk.portal;

import io.podesk.customers.CustomerDirectory;
import io.podesk.orders.PurchaseOrderQueries;
import io.podesk.orders.PurchaseOrderSearch;
import io.podesk.orders.PurchaseOrderStatus;
import io.podesk.orders.PurchaseOrderSummary;
import io.podesk.workflow.ProcessInsights.OpenIncident;
import io.podesk.workflow.ProcessInsights.OpenTask;
import io.podesk.workflow.ProcessInsights;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff's work list: orders waiting for an approval, in credit hold or for a document, and orders stuck
 * (a step out of retries, an ERP totals review, or never routed). One search through orders' query API (on indexed
 * columns: status and submitted_at, the order's id, the company), then the engine's open tasks for the rows shown;
 * company names and sales reps come from the customer directory.
 */
@Component
class WorkList {

  /** Rows on one page; the page says when more matched. */
  static final int LIMIT = 200;
  /** A submitted order is routed within seconds; one still unrouted after this is stuck. */
  static final Duration UNROUTED_AFTER = Duration.ofHours(1);

  private final PurchaseOrderQueries orders;
  private final CustomerDirectory customers;
  private final ProcessInsights insights;
  private final Clock clock;

  WorkList(PurchaseOrderQueries orders, CustomerDirectory customers, ProcessInsights insights, Clock clock) {
    this.orders = orders;
    this.customers = customers;
    this.insights = insights;
    this.clock = clock;
  }

  /**
   * One order on the work list.
   *
   * @param task the open task that matters most (the most overdue, else the oldest), or null
   * @param waitingOn who the order waits for: the assignee, the candidate groups, the buyer or operations
   * @param problem why a stuck order is listed, or null
   */
  record Item(UUID id, String poNumber, String companyId, String companyName, String salesRep, BigDecimal total,
      String currency, String status, Instant submittedAt, Duration age, OpenTask task, boolean stalled,
      String waitingOn, String problem) {

    public String tasklistUrl() {
      return task == null ? null : "/camunda/app/tasklist/default/#/?task=" + task.taskId();
    }

    public String displayNumber() {
      return poNumber != null ? poNumber : "(no PO number)";
    }

    public String totalText() {
      return Formats.money(total, currency);
    }

    public String ageText() {
      return Formats.age(age);
    }

    public String submittedText() {
      return Formats.time(submittedAt);
    }

    public String dueText() {
      return task == null ? "" : Formats.time(task.due());
    }

    public String dueIso() {
      return task == null ? "" : Formats.iso(task.due());
    }
  }

  record Page(List<Item> items, boolean truncated, Instant now) {}

  @Transactional(readOnly = true)
  Page find(DashboardFilter filter) {
    Instant now = clock.instant();
    CompanyScope scope = CompanyScope.of(customers, filter);
    Map<UUID, OpenIncident> incidents = insights.openIncidents().stream()
        .collect(Collectors.toMap(OpenIncident::purchaseOrderId, Function.identity(), (a, b) -> a));
    Set<UUID> reviews = insights.ordersAwaitingErpTotalsReview();
    Set<UUID> overdue = insights.ordersWithOverdueTasks(now);

    String status = filter.status();
    List<PurchaseOrderStatus> statuses = new ArrayList<>();
    if (status == null || DashboardFilter.WAITING_STATUSES.contains(status)) {
      (status == null ? DashboardFilter.WAITING_STATUSES : List.of(status)).stream()
          .map(PurchaseOrderStatus::valueOf).forEach(statuses::add);
    }
    Set<UUID> ids = new HashSet<>();
    if (status == null || DashboardFilter.STALLED.equals(status)) {
      ids.addAll(overdue);
    }
    Instant unroutedBefore = null;
    if (status == null || DashboardFilter.STUCK.equals(status)) {
      ids.addAll(incidents.keySet());
      ids.addAll(reviews);
      unroutedBefore = now.minus(UNROUTED_AFTER);
    }
    List<PurchaseOrderSummary> rows =
        orders.search(new PurchaseOrderSearch(statuses, unroutedBefore, ids, scope.ids(), LIMIT + 1));
    boolean truncated = rows.size() > LIMIT;
    List<PurchaseOrderSummary> shown = truncated ? rows.subList(0, LIMIT) : rows;
    Map<UUID, List<OpenTask>> tasks = insights.openTasksOf(shown.stream().map(PurchaseOrderSummary::id).toList());
    List<Item> items = shown.stream()
        .map(row -> item(row, scope, tasks.getOrDefault(row.id(), List.of()), incidents.get(row.id()),
            reviews.contains(row.id()), now))
        .sorted(Comparator.comparing((Item item) -> !item.stalled()).thenComparing(Item::submittedAt))
        .toList();
    return new Page(items, truncated, now);
  }

  private static Item item(PurchaseOrderSummary row, CompanyScope scope, List<OpenTask> tasks,
      OpenIncident incident, boolean review, Instant now) {
    OpenTask task = tasks.stream()
        .min(Comparator.comparing((OpenTask t) -> t.due() == null ? Instant.MAX : t.due())
            .thenComparing(OpenTask::created))
        .orElse(null);
    boolean stalled = task != null && task.overdueAt(now);
    return new Item(row.id(), row.poNumber(), row.companyId(), scope.nameOf(row.companyId()),
        scope.salesRepOf(row.companyId()), row.total(), row.currency(), row.status().name(), row.submittedAt(),
        Duration.between(row.submittedAt(), now), task, stalled,
        waitingOn(row, task, incident), problem(row, incident, review, now));
  }

  private static String waitingOn(PurchaseOrderSummary row, OpenTask task, OpenIncident incident) {
    if (task != null) {
      return task.assignee() != null ? task.assignee() : String.join(", ", task.candidateGroups());
    }
    if (incident != null) {
      return "operations";
    }
    return row.status() == PurchaseOrderStatus.AWAITING_DOCUMENT ? "buyer (document)" : "";
  }

  private static String problem(PurchaseOrderSummary row, OpenIncident incident, boolean review, Instant now) {
    if (incident != null) {
      return (incident.erpPush() ? "ERP push failing: " : "Incident at " + incident.activityId() + ": ")
          + incident.message();
    }
    if (review) {
      return "ERP totals differ: finance to review";
    }
    if (row.status() == PurchaseOrderStatus.SUBMITTED && row.submittedAt().isBefore(now.minus(UNROUTED_AFTER))) {
      return "Not routed since submission";
    }
    return null;
  }

  /** Companies and sales reps for the filter lists. */
  Map<String, String> companies() {
    return CompanyScope.names(customers);
  }

  List<String> salesReps() {
    return CompanyScope.salesReps(customers);
  }
}
