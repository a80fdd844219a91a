package io.podesk.customers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A customer company as the admin API and pages take and show it ({@code /api/admin/companies}). On the way in,
 * {@code active} is ignored (deactivate and reactivate have their own calls) and a missing number takes its default.
 */
public record CompanyForm(String code, String name, String currency, Terms paymentTerms, PoNumberRule poNumber,
    Boolean documentRequired, BigDecimal creditLimit, Integer approvalExpiryDays, Integer companyApprovalsRequired,
    String customerGroup, String region, String risk, String salesRep, Address billingAddress, List<Address> shipTos,
    Integer documentReminderDays, Integer documentCancelDays, Exemption taxExemption, Integer retentionDays,
    Boolean active, PricePolicy pricePolicy) {

  /** Payment terms: {@code {"type": "NET", "days": 45}}, {@code {"type": "DUE_ON_RECEIPT"}}, {@code END_OF_MONTH}. */
  public record Terms(String type, Integer days) {}

  /**
   * The PO-number rule: whether one is required, its pattern (a regular expression), a human example, and whether
   * numbers differing only in case are the same number.
   */
  public record PoNumberRule(Boolean required, String pattern, String example, Boolean ignoreCase) {}

  public record Exemption(String certificate, LocalDate expiresOn) {}

  public static CompanyForm of(CompanyProfile profile) {
    CustomerTerms terms = profile.terms();
    PoNumberPolicy rule = terms.poNumberPolicy();
    TaxExemption exemption = profile.taxExemption();
    return new CompanyForm(terms.id(), terms.name(), terms.currency(),
        new Terms(terms.paymentTerms().type().name(), terms.paymentTerms().days()),
        new PoNumberRule(rule.required(), rule.pattern(), rule.example(), rule.ignoreCase()), terms.documentRequired(),
        terms.creditLimit(), terms.approvalExpiryDays(), terms.companyApprovalsRequired(), terms.customerGroup(),
        terms.region(), terms.risk(), terms.salesRep(), profile.billingAddress(), profile.shipTos(),
        profile.documentReminderDays(), profile.documentCancelDays(),
        exemption == null ? null : new Exemption(exemption.certificate(), exemption.expiresOn()),
        profile.retentionDays(), terms.active(), terms.pricePolicy());
  }
}
