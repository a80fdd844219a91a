package io.podesk.portal;

import java.util.List;

/**
 * The dashboard's filters, from the query string. Blank means all.
 *
 * @param status a status of the work list, or STALLED (an open task past its SLA) or STUCK (an incident, an ERP
 *     totals review, or an order never routed)
 * @param company a customer id
 * @param salesRep the customer's sales rep (a user id)
 * @param days how far back analytics look (1 to 365, 30 when absent)
 */
record DashboardFilter(String status, String company, String salesRep, Integer days) {

  static final String STALLED = "STALLED";
  static final String STUCK = "STUCK";
  static final List<String> WAITING_STATUSES = List.of("PENDING_APPROVAL", "CREDIT_HOLD", "AWAITING_DOCUMENT");
  static final List<String> STATUSES = List.of("PENDING_APPROVAL", "CREDIT_HOLD", "AWAITING_DOCUMENT", STALLED, STUCK);

  DashboardFilter {
    status = blankToNull(status);
    status = status != null && STATUSES.contains(status) ? status : null;
    company = blankToNull(company);
    salesRep = blankToNull(salesRep);
    days = days == null ? 30 : Math.max(1, Math.min(365, days));
  }

  static DashboardFilter none() {
    return new DashboardFilter(null, null, null, null);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
