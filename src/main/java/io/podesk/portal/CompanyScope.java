package io.podesk.portal;

import io.podesk.customers.CustomerDirectory;
import io.podesk.customers.CustomerTerms;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The companies a dashboard filter looks at, from the customer directory: a company filter and a sales-rep filter
 * narrow them; without either the dashboard sees all. Also each company's name and sales rep for the rows.
 */
final class CompanyScope {

  private final Map<String, CustomerTerms> companies;
  private final Set<String> ids;
  private final Set<String> approverGroups;

  private CompanyScope(Map<String, CustomerTerms> companies, Set<String> ids) {
    this.companies = companies;
    this.ids = ids;
    this.approverGroups = companies.values().stream().map(CustomerTerms::approverGroup).collect(Collectors.toSet());
  }

  static CompanyScope of(CustomerDirectory directory, DashboardFilter filter) {
    Map<String, CustomerTerms> all = directory.all().stream()
        .collect(Collectors.toMap(CustomerTerms::id, Function.identity()));
    if (filter.company() == null && filter.salesRep() == null) {
      return new CompanyScope(all, null);
    }
    Set<String> ids = all.values().stream()
        .filter(company -> filter.company() == null || filter.company().equals(company.id()))
        .filter(company -> filter.salesRep() == null || filter.salesRep().equals(company.salesRep()))
        .map(CustomerTerms::id)
        .collect(Collectors.toUnmodifiableSet());
    return new CompanyScope(all, ids);
  }

  /** The company ids to look in, or null for all. */
  Collection<String> ids() {
    return ids;
  }

  boolean includes(String companyId) {
    return ids == null || ids.contains(companyId);
  }

  /** Whether the group is some company's own approvers (any company, in scope or not). */
  boolean isCompanyApproverGroup(String group) {
    return approverGroups.contains(group);
  }

  String nameOf(String companyId) {
    CustomerTerms company = companies.get(companyId);
    return company == null ? companyId : company.name();
  }

  String salesRepOf(String companyId) {
    CustomerTerms company = companies.get(companyId);
    return company == null ? null : company.salesRep();
  }

  /** Every company by id, for the filter list, by name. */
  static Map<String, String> names(CustomerDirectory directory) {
    Map<String, String> names = new LinkedHashMap<>();
    directory.all().stream().sorted(Comparator.comparing(CustomerTerms::name))
        .forEach(company -> names.put(company.id(), company.name()));
    return names;
  }

  /** Every sales rep that some company has, for the filter list. */
  static List<String> salesReps(CustomerDirectory directory) {
    return directory.all().stream().map(CustomerTerms::salesRep).filter(Objects::nonNull).distinct().sorted()
        .toList();
  }
}
