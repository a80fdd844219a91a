package io.podesk.customers;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/** A buying company: its terms, credit limit and the rules its purchase orders must follow. */
@Entity
@Table(name = "customers")
public class Customer {

  @Id private String id;

  @Column(nullable = false)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "payment_terms", nullable = false)
  private PaymentTerms paymentTerms;

  @Column(nullable = false)
  private String currency;

  @Column(name = "credit_limit", nullable = false)
  private BigDecimal creditLimit;

  @Column(name = "po_number_required", nullable = false)
  private boolean poNumberRequired;

  @Column(name = "po_number_pattern")
  private String poNumberPattern;

  @Column(name = "po_number_example")
  private String poNumberExample;

  @Column(name = "document_required", nullable = false)
  private boolean documentRequired;

  @Column(name = "customer_group", nullable = false)
  private String customerGroup;

  @Column(nullable = false)
  private String region;

  @Column(name = "sales_rep", nullable = false)
  private String salesRep;

  /** Credit risk as the seller rates it: low, medium or high; approval routing may add steps for high. */
  @Column(nullable = false)
  private String risk = "low";

  @Column(name = "approval_expiry_days", nullable = false)
  private int approvalExpiryDays = 7;

  @Column(name = "company_approvals_required", nullable = false)
  private int companyApprovalsRequired = 1;

  @Transient private Pattern compiledPattern;

  protected Customer() {}

  public Customer(String id, String name, PaymentTerms paymentTerms, String currency, BigDecimal creditLimit,
      PoNumberPolicy poNumberPolicy, boolean documentRequired, String customerGroup, String region, String salesRep) {
    this.id = id;
    this.name = name;
    this.paymentTerms = paymentTerms;
    this.currency = currency;
    this.creditLimit = creditLimit;
    this.poNumberRequired = poNumberPolicy.required();
    this.poNumberPattern = poNumberPolicy.pattern();
    this.poNumberExample = poNumberPolicy.example();
    this.documentRequired = documentRequired;
    this.customerGroup = customerGroup;
    this.region = region;
    this.salesRep = salesRep;
  }

  /**
   * Checks a PO number against this company's policy.
   *
   * @return the message a buyer can act on, or empty when the number is acceptable
   */
  public Optional<String> checkPoNumber(String poNumber) {
    PoNumberPolicy policy = poNumberPolicy();
    if (poNumber == null || poNumber.isBlank()) {
      return policy.required()
          ? Optional.of("PO number is required for " + name + policy.exampleHint())
          : Optional.empty();
    }
    if (poNumberPattern != null && !pattern().matcher(poNumber).matches()) {
      return Optional.of("PO number must look like " + (poNumberExample != null ? poNumberExample : poNumberPattern));
    }
    return Optional.empty();
  }

  private Pattern pattern() {
    if (compiledPattern == null) {
      compiledPattern = Pattern.compile(poNumberPattern);
    }
    return compiledPattern;
  }

  public PoNumberPolicy poNumberPolicy() {
    return new PoNumberPolicy(poNumberRequired, poNumberPattern, poNumberExample);
  }

  public String id() {
    return id;
  }

  public String name() {
    return name;
  }

  public PaymentTerms paymentTerms() {
    return paymentTerms;
  }

  public String currency() {
    return currency;
  }

  public BigDecimal creditLimit() {
    return creditLimit;
  }

  public boolean documentRequired() {
    return documentRequired;
  }

  public String customerGroup() {
    return customerGroup;
  }

  public String region() {
    return region;
  }

  public String salesRep() {
    return salesRep;
  }

  public String risk() {
    return risk;
  }

  /** Days an order may wait for its approvals before it expires. */
  public int approvalExpiryDays() {
    return approvalExpiryDays;
  }

  /** How many of the company's approvers must approve an order above the buyer's spend limit. */
  public int companyApprovalsRequired() {
    return companyApprovalsRequired;
  }

  /** The user-store group of the company's approvers. */
  public String approverGroup() {
    return id + "approvers";
  }

  /** Rates the customer's credit risk (low, medium, high). */
  public Customer withRisk(String risk) {
    this.risk = risk;
    return this;
  }
}
