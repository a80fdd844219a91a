package io.podesk.customers;

import io.podesk.shared.Money;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * When a buyer's company approves the buyer's order first: above the buyer's spend limit, as many of its approvers as
 * the company requires, at most as many as it has. A company without approvers has no buyer-side approval, and
 * neither has an order whose submitter has no spend limit (an approver, staff).
 *
 * @param currency the company's currency, in which the spend limit is stated
 * @param spendLimit the buyer's spend limit, or null when the submitter has none
 * @param approvalsRequired how many of its approvers the company requires above a spend limit
 * @param approvers how many approvers the company has
 */
public record SpendLimitRule(String currency, BigDecimal spendLimit, int approvalsRequired, int approvers) {

  /**
   * How many of the company's approvers must approve an order first.
   *
   * @param total the order's total in the company's {@link #currency()} (another currency is refused); empty when it
   *     cannot be converted, which counts as above the spend limit
   */
  public int approvalsFor(Optional<Money> total) {
    boolean aboveLimit = spendLimit != null
        && total.map(amount -> amount.isGreaterThan(Money.of(spendLimit, currency))).orElse(true);
    return aboveLimit ? Math.min(approvers, Math.max(1, approvalsRequired)) : 0;
  }
}
