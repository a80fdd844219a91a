package io.podesk.portal;

import io.podesk.workflow.ProcessInsights.OpenIncident;
import io.podesk.workflow.ProcessInsights.OpenTask;
import io.podesk.workflow.ProcessInsights;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff's work list: orders waiting for an approval, in credit hold or for a document, and orders stuck
 * (a step out of retries, an ERP totals review, or never routed). One query on indexed columns (status and
 * submitted_at, the order's id, the customer's sales rep), then the engine's open tasks for the rows shown.
 */
@Component
class WorkList {

  /** Rows on one page; the page says when more matched. */
  static final int LIMIT = 200;
  /** A submitted order is routed within seconds; one still unrouted after this is stuck. */
  static final Duration UNROUTED_AFTER = Duration.ofHours(1);

  private final NamedParameterJdbcTemplate jdbc;
  private final ProcessInsights insights;
  private final Clock clock;

  WorkList(NamedParameterJdbcTemplate jdbc, ProcessInsights insights, Clock clock) {
    this.jdbc = jdbc;
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
    Map<UUID, OpenIncident> incidents = insights.openIncidents().stream()
        .collect(Collectors.toMap(OpenIncident::purchaseOrderId, Function.identity(), (a, b) -> a));
    Set<UUID> reviews = insights.ordersAwaitingErpTotalsReview();
    Set<UUID> overdue = insights.ordersWithOverdueTasks(now);

    // One branch per way onto the list, each ordered and limited on its own index (status, submitted_at): one
    // query with OR walked the submitted_at index through every completed order (20 ms with 100,000; this: 3).
    List<String> branches = new ArrayList<>();
    var params = new MapSqlParameterSource("limit", LIMIT + 1);
    String filters = "";
    if (filter.company() != null) {
      filters += " and o.customer_id = :company";
      params.addValue("company", filter.company());
    }
    if (filter.salesRep() != null) {
      filters += " and c.sales_rep = :salesRep";
      params.addValue("salesRep", filter.salesRep());
    }
    String branch = "(select o.id from purchase_orders o join customers c on c.id = o.customer_id where %s" + filters
        + " order by o.submitted_at limit :limit)";
    Set<UUID> ids = new HashSet<>();
    String status = filter.status();
    if (status == null || DashboardFilter.WAITING_STATUSES.contains(status)) {
      List<String> statuses = status == null ? DashboardFilter.WAITING_STATUSES : List.of(status);
      for (int i = 0; i < statuses.size(); i++) {
        branches.add(branch.formatted("o.status = :status" + i));
        params.addValue("status" + i, statuses.get(i));
      }
    }
    if (status == null || DashboardFilter.STALLED.equals(status)) {
      ids.addAll(overdue);
    }
    if (status == null || DashboardFilter.STUCK.equals(status)) {
      ids.addAll(incidents.keySet());
      ids.addAll(reviews);
      branches.add(branch.formatted("o.status = 'SUBMITTED' and o.submitted_at < :unroutedBefore"));
      params.addValue("unroutedBefore", OffsetDateTime.ofInstant(now.minus(UNROUTED_AFTER), ZoneOffset.UTC));
    }
    if (!ids.isEmpty()) {
      branches.add(branch.formatted("o.id in (:ids)"));
      params.addValue("ids", ids);
    }
    if (branches.isEmpty()) {
      return new Page(List.of(), false, now);
    }
    String sql = """
        select o.id, o.po_number, o.customer_id, c.name, c.sales_rep, o.total, o.currency, o.status, o.submitted_at
        from purchase_orders o join customers c on c.id = o.customer_id
        where o.id in (%s)
        order by o.submitted_at limit :limit""".formatted(String.join(" union ", branches));
    List<Row> rows = jdbc.query(sql, params, (rs, n) -> new Row(rs.getObject("id", UUID.class),
        rs.getString("po_number"), rs.getString("customer_id"), rs.getString("name"), rs.getString("sales_rep"),
        rs.getBigDecimal("total"), rs.getString("currency"), rs.getString("status"),
        rs.getObject("submitted_at", OffsetDateTime.class).toInstant()));
    boolean truncated = rows.size() > LIMIT;
    List<Row> shown = truncated ? rows.subList(0, LIMIT) : rows;
    Map<UUID, List<OpenTask>> tasks = insights.openTasksOf(shown.stream().map(Row::id).toList());
    List<Item> items = shown.stream()
        .map(row -> item(row, tasks.getOrDefault(row.id(), List.of()), incidents.get(row.id()),
            reviews.contains(row.id()), now))
        .sorted(Comparator.comparing((Item item) -> !item.stalled()).thenComparing(Item::submittedAt))
        .toList();
    return new Page(items, truncated, now);
  }

  private record Row(UUID id, String poNumber, String companyId, String companyName, String salesRep,
      BigDecimal total, String currency, String status, Instant submittedAt) {}

  private static Item item(Row row, List<OpenTask> tasks, OpenIncident incident, boolean review, Instant now) {
    OpenTask task = tasks.stream()
        .min(Comparator.comparing((OpenTask t) -> t.due() == null ? Instant.MAX : t.due())
            .thenComparing(OpenTask::created))
        .orElse(null);
    boolean stalled = task != null && task.overdueAt(now);
    return new Item(row.id(), row.poNumber(), row.companyId(), row.companyName(), row.salesRep(), row.total(),
        row.currency(), row.status(), row.submittedAt(), Duration.between(row.submittedAt(), now), task, stalled,
        waitingOn(row, task, incident), problem(row, incident, review, now));
  }

  private static String waitingOn(Row row, OpenTask task, OpenIncident incident) {
    if (task != null) {
      return task.assignee() != null ? task.assignee() : String.join(", ", task.candidateGroups());
    }
    if (incident != null) {
      return "operations";
    }
    return "AWAITING_DOCUMENT".equals(row.status()) ? "buyer (document)" : "";
  }

  private static String problem(Row row, OpenIncident incident, boolean review, Instant now) {
    if (incident != null) {
      return (incident.erpPush() ? "ERP push failing: " : "Incident at " + incident.activityId() + ": ")
          + incident.message();
    }
    if (review) {
      return "ERP totals differ: finance to review";
    }
    if ("SUBMITTED".equals(row.status()) && row.submittedAt().isBefore(now.minus(UNROUTED_AFTER))) {
      return "Not routed since submission";
    }
    return null;
  }

  /** Companies and sales reps for the filter lists. */
  Map<String, String> companies() {
    Map<String, String> companies = new LinkedHashMap<>();
    jdbc.query("select id, name from customers order by name", rs -> {
      companies.put(rs.getString("id"), rs.getString("name"));
    });
    return companies;
  }

  List<String> salesReps() {
    return jdbc.queryForList("select distinct sales_rep from customers order by sales_rep", Map.of(), String.class);
  }
}
