package io.podesk.customers;

import io.podesk.shared.CompanyId;
import io.podesk.shared.ConflictException;
import io.podesk.shared.NotFoundException;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The customer companies and their people, read and added through the module's two APIs. */
@Service
class CustomerRegistry implements CustomerDirectory, CustomerOnboarding {

  private final Customers customers;
  private final CompanyUsers companyUsers;

  CustomerRegistry(Customers customers, CompanyUsers companyUsers) {
    this.customers = customers;
    this.companyUsers = companyUsers;
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<CustomerTerms> find(CompanyId companyId) {
    return customers.findById(companyId.value()).map(Customer::terms);
  }

  @Override
  @Transactional(readOnly = true)
  public CustomerTerms termsOf(CompanyId companyId) {
    return find(companyId).orElseThrow(() -> new NoSuchElementException("No customer " + companyId));
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<CompanyProfile> profile(CompanyId companyId) {
    return customers.findById(companyId.value()).map(Customer::profile);
  }

  @Override
  @Transactional(readOnly = true)
  public List<CustomerTerms> all() {
    return customers.findAll().stream().map(Customer::terms).toList();
  }

  @Override
  @Transactional(readOnly = true)
  public Map<CompanyId, Integer> retentionDays() {
    return customers.findAll().stream().collect(Collectors.toMap(customer -> customer.terms().companyId(),
        Customer::retentionDays));
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<CompanyPerson> person(String userId) {
    return companyUsers.findById(userId).map(CompanyUser::person);
  }

  @Override
  @Transactional(readOnly = true)
  public List<CompanyPerson> approversOf(CompanyId companyId) {
    return companyUsers.findByCustomerIdAndRole(companyId.value(), CompanyRole.APPROVER).stream()
        .filter(CompanyUser::active).map(CompanyUser::person).toList();
  }

  @Override
  @Transactional(readOnly = true)
  public SpendLimitRule spendLimitRule(CompanyId companyId, String submittedBy) {
    CustomerTerms company = termsOf(companyId);
    return new SpendLimitRule(company.currency(), person(submittedBy).map(CompanyPerson::spendLimit).orElse(null),
        company.companyApprovalsRequired(), approversOf(companyId).size());
  }

  @Override
  @Transactional(readOnly = true)
  public List<CompanyPerson> people() {
    return companyUsers.findAll().stream().map(CompanyUser::person).toList();
  }

  @Override
  @Transactional
  public void addCompany(CustomerTerms company) {
    if (customers.existsById(company.id())) {
      throw new ConflictException("A company with code " + company.id() + " exists already");
    }
    customers.save(new Customer(CompanyProfile.of(company)));
  }

  @Override
  @Transactional
  public void addPerson(CompanyPerson person) {
    if (!customers.existsById(person.companyId())) {
      throw new NotFoundException("No customer " + person.companyId());
    }
    if (companyUsers.existsById(person.userId())) {
      throw new ConflictException("User " + person.userId() + " exists already");
    }
    companyUsers.save(new CompanyUser(person));
  }
}
