package io.podesk.workflow;

import io.podesk.customers.CompanyPerson;
import io.podesk.customers.CustomerDirectory;
import io.podesk.customers.CustomerTerms;
import io.podesk.orders.BaseCurrency;
import io.podesk.orders.PurchaseOrder;
import java.math.BigDecimal;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * The routing table's inputs, read from the order and its company when the route is planned, never from process
 * variables: total (base currency), customer group, region, product categories and risk; and how many of the
 * buyer's company approvers must approve first.
 */
@Component
class ApprovalRoutingInputs {

  private final CustomerDirectory customers;
  private final BaseCurrency baseCurrency;

  ApprovalRoutingInputs(CustomerDirectory customers, BaseCurrency baseCurrency) {
    this.customers = customers;
    this.baseCurrency = baseCurrency;
  }

  VariableMap of(PurchaseOrder order) {
    CustomerTerms customer = customerOf(order);
    VariableMap inputs = Variables.createVariables();
    // no rate for the order's currency: no total, and the routing table's fallback rule routes the order
    inputs.putValue("total", baseCurrency.toBase(order.total(), order.currency()).map(BigDecimal::doubleValue)
        .orElse(null));
    inputs.putValue("customerGroup", customer.customerGroup());
    inputs.putValue("region", customer.region());
    inputs.putValue("customerRisk", customer.risk());
    inputs.putValue("categories", String.join(",", order.categories()));
    return inputs;
  }

  String buyerApprovalGroup(PurchaseOrder order) {
    return customerOf(order).approverGroup();
  }

  /**
   * Above the buyer's spend limit the buyer's company approves first, as many of its approvers as it requires
   * (at most as many as it has). A company without approvers has no buyer-side approval.
   */
  int buyerApprovalsRequired(PurchaseOrder order) {
    CustomerTerms customer = customerOf(order);
    // a spend limit is in the company's currency; an order that cannot be converted counts as above it
    BigDecimal total = baseCurrency.convert(order.total(), order.currency(), customer.currency()).orElse(null);
    boolean aboveLimit = customers.person(order.submittedBy())
        .map(CompanyPerson::spendLimit)
        .filter(limit -> total == null || total.compareTo(limit) > 0)
        .isPresent();
    int approvers = customers.approversOf(customer.id()).size();
    return aboveLimit ? Math.min(approvers, Math.max(1, customer.companyApprovalsRequired())) : 0;
  }

  private CustomerTerms customerOf(PurchaseOrder order) {
    return customers.find(order.customerId()).orElseThrow(
        () -> new IllegalStateException("Order " + order.id() + " names an unknown company " + order.customerId()));
  }
}
