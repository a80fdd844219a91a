package io.podesk.customers;

import io.podesk.shared.CompanyId;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A customer company as other modules see it: its terms, credit limit and the rules its purchase orders follow.
 *
 * @param id the company's code, as orders name it ({@code customerId})
 * @param risk credit risk as the seller rates it: low, medium or high; approval routing may add steps for high
 * @param salesRep the user id of the seller's sales rep for the company
 * @param approvalExpiryDays days an order may wait for its approvals before it expires
 * @param companyApprovalsRequired how many of the company's approvers approve an order above a buyer's spend limit
 * @param active false once the seller deactivated the company: its buyers submit no new orders
 * @param pricePolicy what happens to an order line off the catalog price or off the catalog
 */
public record CustomerTerms(String id, String name, PaymentTerms paymentTerms, String currency, BigDecimal creditLimit,
    PoNumberPolicy poNumberPolicy, boolean documentRequired, String customerGroup, String region, String risk,
    String salesRep, int approvalExpiryDays, int companyApprovalsRequired, boolean active, PricePolicy pricePolicy) {

  public CustomerTerms {
    pricePolicy = pricePolicy == null ? PricePolicy.DEFAULT : pricePolicy;
  }

  /** A company with the default price policy. */
  public CustomerTerms(String id, String name, PaymentTerms paymentTerms, String currency, BigDecimal creditLimit,
      PoNumberPolicy poNumberPolicy, boolean documentRequired, String customerGroup, String region, String risk,
      String salesRep, int approvalExpiryDays, int companyApprovalsRequired, boolean active) {
    this(id, name, paymentTerms, currency, creditLimit, poNumberPolicy, documentRequired, customerGroup, region, risk,
        salesRep, approvalExpiryDays, companyApprovalsRequired, active, PricePolicy.DEFAULT);
  }

  /** An active company with the default price policy. */
  public CustomerTerms(String id, String name, PaymentTerms paymentTerms, String currency, BigDecimal creditLimit,
      PoNumberPolicy poNumberPolicy, boolean documentRequired, String customerGroup, String region, String risk,
      String salesRep, int approvalExpiryDays, int companyApprovalsRequired) {
    this(id, name, paymentTerms, currency, creditLimit, poNumberPolicy, documentRequired, customerGroup, region, risk,
        salesRep, approvalExpiryDays, companyApprovalsRequired, true);
  }

  /** These terms with another PO-number rule: the one an order was checked against, which it keeps. */
  public CustomerTerms withPoNumberPolicy(PoNumberPolicy rule) {
    return new CustomerTerms(id, name, paymentTerms, currency, creditLimit, rule, documentRequired, customerGroup,
        region, risk, salesRep, approvalExpiryDays, companyApprovalsRequired, active, pricePolicy);
  }

  /** The company's id as other modules pass it. */
  public CompanyId companyId() {
    return CompanyId.of(id);
  }

  /** The user-store group of the company's approvers. */
  public String approverGroup() {
    return id + "approvers";
  }

  /**
   * Checks a PO number against this company's policy.
   *
   * @return the message a buyer can act on, or empty when the number is acceptable
   */
  public Optional<String> checkPoNumber(String poNumber) {
    return poNumberPolicy.check(poNumber, name);
  }
}
