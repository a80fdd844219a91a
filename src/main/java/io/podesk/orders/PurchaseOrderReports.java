package io.podesk.orders;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The list and report queries behind {@link PurchaseOrderQueries}, in SQL on orders' own table: the work list's
 * search is one branch per way onto the list, each ordered and limited on its own index (status, submitted_at),
 * because one query with OR walked the submitted_at index through every completed order (20 ms with 100,000
 * orders; this: 3).
 */
@Component
class PurchaseOrderReports {

  /** Enough ids per statement for any page, few enough for every database's parameter limit. */
  private static final int IDS_PER_QUERY = 1000;

  private final NamedParameterJdbcTemplate jdbc;

  PurchaseOrderReports(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  List<PurchaseOrderSummary> search(PurchaseOrderSearch search) {
    if (search.matchesNothing()) {
      return List.of();
    }
    var params = new MapSqlParameterSource("limit", search.limit());
    String companies = companies(search.companies(), params);
    String branch = "(select o.id from purchase_orders o where %s" + companies
        + " order by o.submitted_at limit :limit)";
    List<String> branches = new ArrayList<>();
    for (int i = 0; i < search.statuses().size(); i++) {
      branches.add(branch.formatted("o.status = :status" + i));
      params.addValue("status" + i, search.statuses().get(i).name());
    }
    if (search.unroutedBefore() != null) {
      branches.add(branch.formatted("o.status = 'SUBMITTED' and o.submitted_at < :unroutedBefore"));
      params.addValue("unroutedBefore", OffsetDateTime.ofInstant(search.unroutedBefore(), ZoneOffset.UTC));
    }
    if (!search.ids().isEmpty()) {
      branches.add(branch.formatted("o.id in (:ids)"));
      params.addValue("ids", search.ids());
    }
    String sql = """
        select o.id, o.po_number, o.customer_id, o.total, o.currency, o.status, o.submitted_at, o.updated_at
        from purchase_orders o
        where o.id in (%s)
        order by o.submitted_at limit :limit""".formatted(String.join(" union ", branches));
    return jdbc.query(sql, params, (rs, n) -> summary(rs));
  }

  List<PurchaseOrderSummary> summaries(Collection<UUID> ids) {
    List<UUID> all = List.copyOf(ids);
    List<PurchaseOrderSummary> found = new ArrayList<>();
    for (int from = 0; from < all.size(); from += IDS_PER_QUERY) {
      var params = new MapSqlParameterSource("ids", all.subList(from, Math.min(all.size(), from + IDS_PER_QUERY)));
      found.addAll(jdbc.query("""
          select o.id, o.po_number, o.customer_id, o.total, o.currency, o.status, o.submitted_at, o.updated_at
          from purchase_orders o where o.id in (:ids)""", params, (rs, n) -> summary(rs)));
    }
    return found;
  }

  Map<PurchaseOrderStatus, Long> countByStatus(Instant submittedSince, Collection<String> companies) {
    Map<PurchaseOrderStatus, Long> counts = new EnumMap<>(PurchaseOrderStatus.class);
    if (companies != null && companies.isEmpty()) {
      return counts;
    }
    var params = new MapSqlParameterSource("from", OffsetDateTime.ofInstant(submittedSince, ZoneOffset.UTC));
    String sql = "select o.status, count(*) as n from purchase_orders o where o.submitted_at >= :from"
        + companies(companies, params) + " group by o.status";
    jdbc.query(sql, params, rs -> {
      counts.put(PurchaseOrderStatus.valueOf(rs.getString("status")), rs.getLong("n"));
    });
    return counts;
  }

  private static String companies(Collection<String> companies, MapSqlParameterSource params) {
    if (companies == null) {
      return "";
    }
    params.addValue("companies", companies);
    return " and o.customer_id in (:companies)";
  }

  private static PurchaseOrderSummary summary(ResultSet rs) throws SQLException {
    return new PurchaseOrderSummary(rs.getObject("id", UUID.class), rs.getString("po_number"),
        rs.getString("customer_id"), rs.getBigDecimal("total"), rs.getString("currency"),
        PurchaseOrderStatus.valueOf(rs.getString("status")),
        rs.getObject("submitted_at", OffsetDateTime.class).toInstant(),
        rs.getObject("updated_at", OffsetDateTime.class).toInstant());
  }
}
