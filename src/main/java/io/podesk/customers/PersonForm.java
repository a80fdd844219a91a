package io.podesk.customers;

import java.math.BigDecimal;

/**
 * A person at a customer company as the admin API takes and shows them ({@code /api/admin/companies/{code}/users}).
 *
 * @param role BUYER, APPROVER or COMPANY_ADMIN
 * @param spendLimit a buyer's limit per order in the company's currency (none: any order goes to the company's
 *     approvers); only buyers have one
 */
public record PersonForm(String username, String name, String email, String role, BigDecimal spendLimit,
    String company) {

  static PersonForm of(CompanyPerson person) {
    return new PersonForm(person.userId(), person.displayName(), person.email(), person.role().name(),
        person.spendLimit(), person.companyId());
  }
}
