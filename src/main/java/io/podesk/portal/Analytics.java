package io.podesk.portal;

import io.podesk.workflow.ProcessInsights;
import io.podesk.workflow.ProcessInsights.OpenIncident;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
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

  private final NamedParameterJdbcTemplate jdbc;
  private final ProcessInsights insights;
  private final Clock clock;

  Analytics(NamedParameterJdbcTemplate jdbc, ProcessInsights insights, Clock clock) {
    this.jdbc = jdbc;
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
    List<Decision> decisions = decisions(filter, from);
    Map<String, Instant> opened = insights.approvalTasksOpenedAt(from.minus(Duration.ofMinutes(1)));
    Map<String, List<Decision>> byTier = new TreeMap<>(Comparator.comparing(Analytics::tierRank)
        .thenComparing(Comparator.naturalOrder()));
    decisions.forEach(decision -> byTier.computeIfAbsent(decision.tier(), t -> new ArrayList<>()).add(decision));
    List<Tier> tiers = byTier.entrySet().stream().map(e -> tier(e.getKey(), e.getValue(), opened)).toList();
    return new Report(from, to, tiers, tier(ALL_TIERS, decisions, opened), statuses(filter, from),
        erpSync(filter, from));
  }

  private record Decision(String taskId, String tier, boolean approved, Instant decidedAt) {}

  private List<Decision> decisions(DashboardFilter filter, Instant from) {
    var params = new MapSqlParameterSource("from", OffsetDateTime.ofInstant(from, ZoneOffset.UTC));
    String sql = """
        select r.task_id, r.approver_group, r.decision, r.decided_at, o.customer_id
        from approval_records r join purchase_orders o on o.id = r.purchase_order_id
        join customers c on c.id = o.customer_id
        where r.decided_at >= :from""" + filters(filter, params);
    return jdbc.query(sql, params, (rs, n) -> new Decision(rs.getString("task_id"),
        tierOf(rs.getString("approver_group"), rs.getString("customer_id")), "APPROVED".equals(rs.getString(
            "decision")), rs.getObject("decided_at", OffsetDateTime.class).toInstant()));
  }

  private static String tierOf(String group, String customerId) {
    if (group == null) {
      return "unknown";
    }
    return group.equals(customerId + "approvers") ? COMPANY_APPROVERS : group;
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

  private List<StatusCount> statuses(DashboardFilter filter, Instant from) {
    var params = new MapSqlParameterSource("from", OffsetDateTime.ofInstant(from, ZoneOffset.UTC));
    String sql = "select o.status, count(*) as n from purchase_orders o join customers c on c.id = o.customer_id"
        + " where o.submitted_at >= :from" + filters(filter, params) + " group by o.status";
    Map<String, Long> counts = new LinkedHashMap<>();
    jdbc.query(sql, params, rs -> {
      counts.put(rs.getString("status"), rs.getLong("n"));
    });
    return STATUS_ORDER.stream().filter(counts::containsKey).map(s -> new StatusCount(s, counts.get(s))).toList();
  }

  /** The lifecycle's order, for charts that read left to right. */
  static final List<String> STATUS_ORDER = List.of("SUBMITTED", "AWAITING_DOCUMENT", "PENDING_APPROVAL",
      "CREDIT_HOLD", "APPROVED", "SENT_TO_ERP", "PARTIALLY_SHIPPED", "SHIPPED", "INVOICED", "PAID", "COMPLETED",
      "REJECTED", "CANCELLED", "EXPIRED");

  private ErpSync erpSync(DashboardFilter filter, Instant from) {
    List<OpenIncident> failing = insights.openIncidents().stream().filter(OpenIncident::erpPush).toList();
    List<ErpFailure> failures = new ArrayList<>();
    if (!failing.isEmpty()) {
      var params = new MapSqlParameterSource("ids", failing.stream().map(OpenIncident::purchaseOrderId).toList());
      Map<UUID, String[]> orders = new LinkedHashMap<>();
      jdbc.query("select o.id, o.po_number, c.name from purchase_orders o join customers c on c.id = o.customer_id"
          + " where o.id in (:ids)" + filters(filter, params), params, rs -> {
            orders.put(rs.getObject("id", UUID.class), new String[] {rs.getString("po_number"), rs.getString("name")});
          });
      failing.stream().filter(incident -> orders.containsKey(incident.purchaseOrderId()))
          .forEach(incident -> failures.add(new ErpFailure(incident.purchaseOrderId(),
              orders.get(incident.purchaseOrderId())[0], orders.get(incident.purchaseOrderId())[1],
              incident.message(), incident.since())));
    }
    boolean unfiltered = filter.company() == null && filter.salesRep() == null;
    // the engine's history does not know companies: the window's count is shown unfiltered only
    return new ErpSync(unfiltered ? insights.erpPushFailuresSince(from) : -1, failures);
  }

  private static String filters(DashboardFilter filter, MapSqlParameterSource params) {
    String sql = "";
    if (filter.company() != null) {
      sql += " and o.customer_id = :company";
      params.addValue("company", filter.company());
    }
    if (filter.salesRep() != null) {
      sql += " and c.sales_rep = :salesRep";
      params.addValue("salesRep", filter.salesRep());
    }
    return sql;
  }

  static Set<String> csvNames() {
    return Set.of("approval-tiers", "statuses", "erp-failures");
  }
}
