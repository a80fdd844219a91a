package io.podesk.customers;

import java.math.BigDecimal;

/**
 * A person at a customer company, as other modules see them.
 *
 * @param companyId the company's code
 * @param spendLimit in the company's currency; buyers only, null for approvers
 */
public record CompanyPerson(String userId, String companyId, CompanyRole role, String displayName, String email,
    BigDecimal spendLimit) {

  public boolean isBuyer() {
    return role == CompanyRole.BUYER;
  }
}
