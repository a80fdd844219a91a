package io.podesk.workflow.approval;

import io.podesk.customers.CustomerDirectory;
import io.podesk.customers.CustomerTerms;
import io.podesk.customers.SpendLimitRule;
import io.podesk.orders.BaseCurrency;
import io.podesk.orders.PurchaseOrderSnapshot;
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

  VariableMap of(PurchaseOrderSnapshot order) {
    CustomerTerms customer = customerOf(order);
    VariableMap inputs = Variables.createVariables();
    // no rate for the order's currency: no total, and the routing table's fallback rule routes the order; the table
    // gets the amount as a plain number, the one place money leaves Money
    inputs.putValue("total", baseCurrency.toBase(order.total()).map(total -> total.amount().doubleValue())
        .orElse(null));
    inputs.putValue("customerGroup", customer.customerGroup());
    inputs.putValue("region", customer.region());
    inputs.putValue("customerRisk", customer.risk());
    inputs.putValue("categories", String.join(",", order.categories()));
    return inputs;
  }

  String buyerApprovalGroup(PurchaseOrderSnapshot order) {
    return customerOf(order).approverGroup();
  }

  /** How many of the buyer's company approvers approve first: the customers module's spend-limit rule. */
  int buyerApprovalsRequired(PurchaseOrderSnapshot order) {
    SpendLimitRule rule = customers.spendLimitRule(order.companyId(), order.submittedBy());
    // the rule is stated in the company's currency; empty when no rate converts the order's total into it
    return rule.approvalsFor(baseCurrency.convert(order.total(), rule.currency()));
  }

  private CustomerTerms customerOf(PurchaseOrderSnapshot order) {
    return customers.find(order.companyId()).orElseThrow(
        () -> new IllegalStateException("Order " + order.id() + " names an unknown company " + order.customerId()));
  }
}
