package io.podesk.orders;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Which orders a work list wants, oldest submission first: those in any of the statuses, those still SUBMITTED
 * since before a moment (never routed), and those named by id; all within the companies, when given.
 *
 * @param companies the companies to look in; null for all, empty for none
 * @param unroutedBefore also orders still SUBMITTED that were submitted before this; null for none
 * @param limit at most this many rows
 */
public record PurchaseOrderSearch(List<PurchaseOrderStatus> statuses, Instant unroutedBefore, Set<UUID> ids,
    Collection<String> companies, int limit) {

  public PurchaseOrderSearch {
    statuses = statuses == null ? List.of() : List.copyOf(statuses);
    ids = ids == null ? Set.of() : Set.copyOf(ids);
    companies = companies == null ? null : Set.copyOf(companies);
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be positive: " + limit);
    }
  }

  boolean matchesNothing() {
    return (statuses.isEmpty() && unroutedBefore == null && ids.isEmpty())
        || (companies != null && companies.isEmpty());
  }
}
