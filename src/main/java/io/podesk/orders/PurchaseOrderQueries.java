package io.podesk.orders;

import io.podesk.customers.CompanyProfile;
import io.podesk.customers.CustomerDirectory;
import io.podesk.shared.CompanyId;
import io.podesk.shared.Money;
import io.podesk.shared.NotFoundException;
import io.podesk.shared.PurchaseOrderId;
import java.time.Instant;
import java.time.Period;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How other modules look orders up (issue 12: the start of orders' query API; they no longer reach its repository).
 * Each call runs in the caller's transaction, or in its own read when there is none, as the repository did.
 */
@Service
public class PurchaseOrderQueries {

  private final PurchaseOrders orders;
  private final PurchaseOrderReports reports;
  private final Shipments shipments;
  private final CustomerDirectory customers;

  PurchaseOrderQueries(PurchaseOrders orders, PurchaseOrderReports reports, Shipments shipments,
      CustomerDirectory customers) {
    this.orders = orders;
    this.reports = reports;
    this.shipments = shipments;
    this.customers = customers;
  }

  /** The order as it stands, if it exists. */
  @Transactional(readOnly = true)
  public Optional<PurchaseOrderSnapshot> find(PurchaseOrderId id) {
    return orders.findById(id.value()).map(PurchaseOrderSnapshot::of);
  }

  /** Where the order stands; the order must exist. */
  public PurchaseOrderStatus statusOf(PurchaseOrderId id) {
    return orders.findById(id.value()).orElseThrow(() -> new NotFoundException("No purchase order " + id)).status();
  }

  /**
   * The company's order with this PO number: the live or done one (compared as the company compares numbers), else
   * the latest cancelled or expired one.
   */
  @Transactional(readOnly = true)
  public Optional<PurchaseOrderSnapshot> findByPoNumber(CompanyId companyId, String poNumber) {
    Optional<PurchaseOrder> live = customers.find(companyId)
        .flatMap(company -> orders.findByCustomerIdAndPoNumberKey(companyId.value(),
            company.poNumberPolicy().keyOf(poNumber)));
    return live.or(() -> orders.findFirstByCustomerIdAndPoNumberOrderBySubmittedAtDesc(companyId.value(), poNumber))
        .map(PurchaseOrderSnapshot::of);
  }

  /**
   * Whether the order's company requires a signed PO document, whether the order has one, and the company's periods
   * for a missing one: when the buyer is reminded, when the order is cancelled.
   */
  @Transactional(readOnly = true)
  public DocumentStanding documentStanding(PurchaseOrderId id) {
    PurchaseOrder order = orders.findById(id.value())
        .orElseThrow(() -> new NotFoundException("No purchase order " + id));
    CompanyProfile company = customers.profile(order.companyId())
        .orElseThrow(() -> new NotFoundException("No customer " + order.companyId()));
    return new DocumentStanding(company.terms().documentRequired(), order.hasDocument(),
        Period.ofDays(company.documentReminderDays()), Period.ofDays(company.documentCancelDays()));
  }

  /** The order's shipments, oldest first. */
  @Transactional(readOnly = true)
  public List<RecordedShipment> shipmentsOf(PurchaseOrderId id) {
    return shipments.findByPurchaseOrderIdOrderByShippedAt(id.value()).stream().map(RecordedShipment::of).toList();
  }

  /** Per currency, the total of a company's orders in the given statuses, one order left out. */
  public List<Money> totalsByCurrency(CompanyId companyId, Collection<PurchaseOrderStatus> statuses,
      PurchaseOrderId excluded) {
    return orders.sumOfTotals(companyId.value(), statuses, excluded.value());
  }

  /**
   * Per currency, the credit the company's orders in these statuses hold (one order left out): what their invoices
   * still owe, tax included and payments deducted, plus what is not invoiced yet.
   */
  @Transactional(readOnly = true)
  public List<Money> creditHeldByCurrency(CompanyId companyId, Collection<PurchaseOrderStatus> statuses,
      PurchaseOrderId excluded) {
    Map<String, Money> byCurrency = new TreeMap<>();
    orders.findByCustomerIdAndStatusIn(companyId.value(), statuses).stream()
        .filter(order -> !order.purchaseOrderId().equals(excluded))
        .map(PurchaseOrder::creditHeld)
        .forEach(held -> byCurrency.merge(held.currencyCode(), held, Money::plus));
    return List.copyOf(byCurrency.values());
  }

  /** The orders a work list wants, oldest submission first, at most the search's limit. */
  public List<PurchaseOrderSummary> search(PurchaseOrderSearch search) {
    return reports.search(search);
  }

  /** The orders with these ids that exist, in no particular order. */
  public List<PurchaseOrderSummary> summaries(Collection<UUID> ids) {
    return ids.isEmpty() ? List.of() : reports.summaries(ids);
  }

  /**
   * How many orders submitted since the moment stand in each status now.
   *
   * @param companies the companies to count; null for all
   */
  public Map<PurchaseOrderStatus, Long> countByStatus(Instant submittedSince, Collection<String> companies) {
    return reports.countByStatus(submittedSince, companies);
  }
}
