package io.podesk.customers;

import io.podesk.shared.CompanyId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The only way other modules see customer companies and their people: read-only values, never the entities. */
public interface CustomerDirectory {

  Optional<CustomerTerms> find(CompanyId companyId);

  /** The terms of a company that must exist (an order's company, say). */
  CustomerTerms termsOf(CompanyId companyId);

  /** Everything the seller keeps about the company: addresses, document periods, tax exemption, retention. */
  Optional<CompanyProfile> profile(CompanyId companyId);

  List<CustomerTerms> all();

  /** Every company's document retention in days, deactivated companies included: their orders' documents age too. */
  Map<CompanyId, Integer> retentionDays();

  /** A buyer or approver by user id; empty for staff and unknown users. */
  Optional<CompanyPerson> person(String userId);

  List<CompanyPerson> approversOf(CompanyId companyId);

  /** The spend-limit rule for an order of the given company that the given user submitted. */
  SpendLimitRule spendLimitRule(CompanyId companyId, String submittedBy);

  /** Every company's people. */
  List<CompanyPerson> people();
}
