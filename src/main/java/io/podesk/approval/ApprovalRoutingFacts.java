package io.podesk.approval;

import io.podesk.shared.Money;
import java.util.List;
import java.util.Optional;

/**
 * What the routing table decides an order's approval route on, read from the order and its company when the route
 * is planned, never from process variables.
 *
 * @param totalInBase the order's total in the base currency; empty without a rate (the table's fallback rule routes)
 * @param buyerApprovalGroup the group of the buyer's company approvers
 * @param buyerApprovalsRequired how many of them approve first (the company's spend-limit rule); 0 for none
 * @param fromStep the step a re-approval starts from (0: from the start)
 * @param priceVariance whether a line is off the catalog price beyond the company's tolerance, or off the catalog,
 *     under a policy that flags it
 */
public record ApprovalRoutingFacts(int revision, Optional<Money> totalInBase, String customerGroup, String region,
    String customerRisk, List<String> categories, String buyerApprovalGroup, int buyerApprovalsRequired,
    int fromStep, boolean priceVariance) {

  public ApprovalRoutingFacts {
    categories = List.copyOf(categories);
  }
}
