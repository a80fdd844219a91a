package io.podesk.orders;

import io.podesk.shared.Money;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

/** All purchase orders. */
interface PurchaseOrders extends JpaRepository<PurchaseOrder, UUID>, JpaSpecificationExecutor<PurchaseOrder> {

  /** Whether a live or done order of the company holds this PO-number key. */
  boolean existsByCustomerIdAndPoNumberKey(String customerId, String poNumberKey);

  /** The company's live or done order with this PO-number key. */
  Optional<PurchaseOrder> findByCustomerIdAndPoNumberKey(String customerId, String poNumberKey);

  /** The company's latest order with this PO number as typed, live or not. */
  Optional<PurchaseOrder> findFirstByCustomerIdAndPoNumberOrderBySubmittedAtDesc(String customerId, String poNumber);

  /**
   * A company's orders that finished before the cut-off, not under legal hold, whose documents retention has not yet
   * removed: the oldest first.
   */
  @Query("select o.id from PurchaseOrder o where o.customerId = :customerId and o.finishedAt < :cutOff"
      + " and o.documentsRetiredAt is null and o.legalHold.reason is null order by o.finishedAt")
  List<UUID> pastRetention(String customerId, Instant cutOff, Pageable page);

  List<PurchaseOrder> findByCustomerIdAndStatusIn(String customerId, Collection<PurchaseOrderStatus> statuses);

  /** Per currency, the total of a customer's orders in the given statuses, one order left out. */
  @Query("select new io.podesk.shared.Money(sum(o.total), o.currency) from PurchaseOrder o"
      + " where o.customerId = :customerId and o.status in :statuses and o.id <> :excluded group by o.currency")
  List<Money> sumOfTotals(String customerId, Collection<PurchaseOrderStatus> statuses,
      UUID excluded);
}
