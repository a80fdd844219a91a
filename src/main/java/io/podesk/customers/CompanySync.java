package io.podesk.customers;

import io.podesk.shared.Actor;
import java.math.BigDecimal;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies the ERP's customer master data (customer.upserted) to a company the seller onboarded: its name, currency,
 * credit limit and payment terms, at the ERP's version. A version not newer than the stored one is ignored; the
 * change is checked as the admin's are and audited as the ERP's.
 */
@Service
public class CompanySync {

  private final Customers customers;
  private final CompanyAdministration administration;

  CompanySync(Customers customers, CompanyAdministration administration) {
    this.customers = customers;
    this.administration = administration;
  }

  /** A company as the ERP sends it; {@code paymentTerms} may be null (the company's stay). */
  public record ErpCompany(String code, String name, String currency, BigDecimal creditLimit,
      CompanyForm.Terms paymentTerms) {}

  /** What became of the change: applied, or ignored as older than what is stored. */
  public record Result(boolean applied, String detail) {}

  @Transactional(readOnly = true)
  public boolean knows(String code) {
    return code != null && customers.existsById(code);
  }

  @Transactional
  public Result apply(ErpCompany company, long version) {
    Customer customer = customers.findById(company.code()).orElseThrow(() -> new IllegalStateException(
        "No company " + company.code() + "; check with knows() first"));
    Long stored = customer.erpVersion();
    if (stored != null && stored >= version) {
      return new Result(false, "Company " + company.code() + ": version " + version + " is not newer than the "
          + "stored " + stored + "; ignored");
    }
    CompanyForm current = CompanyForm.of(customer.profile());
    CompanyForm changed = new CompanyForm(current.code(), company.name(), company.currency(),
        Optional.ofNullable(company.paymentTerms()).orElse(current.paymentTerms()), current.poNumber(),
        current.documentRequired(), company.creditLimit() != null ? company.creditLimit() : current.creditLimit(),
        current.approvalExpiryDays(), current.companyApprovalsRequired(), current.customerGroup(), current.region(),
        current.risk(), current.salesRep(), current.billingAddress(), current.shipTos(),
        current.documentReminderDays(), current.documentCancelDays(), current.taxExemption(),
        current.retentionDays(), current.active(), current.pricePolicy());
    administration.update(company.code(), changed, Actor.ERP);
    customers.findById(company.code()).orElseThrow().erpVersion(version);
    return new Result(true, "Company " + company.code() + " at version " + version);
  }
}
