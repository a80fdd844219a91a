package io.podesk.orders;

import io.podesk.shared.BaseCurrency;
import io.podesk.approval.ApprovalRequested;
import io.podesk.approval.ApprovalRoutingFacts;
import io.podesk.approval.ApprovalSubject;
import io.podesk.approval.ApprovalSubjects;
import io.podesk.customers.CustomerDirectory;
import io.podesk.customers.CustomerTerms;
import io.podesk.customers.SpendLimitRule;
import io.podesk.shared.NotFoundException;
import io.podesk.shared.PurchaseOrderId;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Orders' answer to what approval asks about an order: who submitted it, its total in the base currency, its
 * company's sales rep and approvers, and the facts its route is planned on (customer group, region, risk, the
 * categories of its lines, the company's spend-limit rule).
 */
@Component
class OrdersForApproval implements ApprovalSubjects {

  private final PurchaseOrders orders;
  private final CustomerDirectory customers;
  private final BaseCurrency baseCurrency;

  OrdersForApproval(PurchaseOrders orders, CustomerDirectory customers, BaseCurrency baseCurrency) {
    this.orders = orders;
    this.customers = customers;
    this.baseCurrency = baseCurrency;
  }

  @Override
  @Transactional(readOnly = true)
  public ApprovalSubject subjectOf(PurchaseOrderId id) {
    PurchaseOrder order = load(id);
    return new ApprovalSubject(id, order.displayName(), order.companyId(), order.submittedBy(), order.total(),
        baseCurrency.toBase(order.total()), customers.termsOf(order.companyId()).salesRep(), order.updatedAt());
  }

  @Override
  @Transactional(readOnly = true)
  public ApprovalRoutingFacts routingFactsOf(PurchaseOrderId id) {
    PurchaseOrder order = load(id);
    CustomerTerms company = customers.find(order.companyId()).orElseThrow(() -> new IllegalStateException(
        "Order " + order.displayName() + " names an unknown company " + order.companyId()));
    // the spend-limit rule is stated in the company's currency; no rate into it: no approvals counted from it
    SpendLimitRule rule = customers.spendLimitRule(order.companyId(), order.submittedBy());
    int buyerApprovals = rule.approvalsFor(baseCurrency.convert(order.total(), rule.currency()));
    return new ApprovalRoutingFacts(order.revision(), baseCurrency.toBase(order.total()), company.customerGroup(),
        company.region(), company.risk(),
        order.lines().stream().map(PurchaseOrderLine::category).distinct().sorted().toList(),
        company.approverGroup(), buyerApprovals, order.approvalFromStep(), order.priceFlagged());
  }

  @Override
  @Transactional(readOnly = true)
  public List<ApprovalRequested.Recipient> companyApproversOf(PurchaseOrderId id) {
    return customers.approversOf(load(id).companyId()).stream()
        .map(person -> new ApprovalRequested.Recipient(person.userId(), person.displayName(), person.email()))
        .toList();
  }

  private PurchaseOrder load(PurchaseOrderId id) {
    return orders.findById(id.value()).orElseThrow(() -> new NotFoundException("No purchase order " + id));
  }
}
