package io.podesk.orders;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * How other modules look orders up (issue 12: the start of orders' query API; they no longer reach its repository).
 * Each call runs in the caller's transaction, or in its own read when there is none, as the repository did.
 */
@Service
public class PurchaseOrderQueries {

  private final PurchaseOrders orders;

  PurchaseOrderQueries(PurchaseOrders orders) {
    this.orders = orders;
  }

  public Optional<PurchaseOrder> find(UUID id) {
    return orders.findById(id);
  }

  /** The company's order with this PO number (PO numbers are unique per company). */
  public Optional<PurchaseOrder> findByPoNumber(String companyId, String poNumber) {
    return orders.findByCustomerIdAndPoNumber(companyId, poNumber);
  }

  /** Per currency, the total of a company's orders in the given statuses, one order left out. */
  public List<CurrencyAmount> totalsByCurrency(String companyId, Collection<PurchaseOrderStatus> statuses,
      UUID excluded) {
    return orders.sumOfTotals(companyId, statuses, excluded);
  }
}
