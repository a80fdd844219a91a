package io.podesk.customers;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A buying company, as stored; others see it as {@link CustomerTerms}. */
@Entity
@Table(name = "customers")
class Customer {

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

  @Column(nullable = false)
  private String risk;

  @Column(name = "approval_expiry_days", nullable = false)
  private int approvalExpiryDays;

  @Column(name = "company_approvals_required", nullable = false)
  private int companyApprovalsRequired;

  protected Customer() {}

  Customer(CustomerTerms terms) {
    this.id = terms.id();
    this.name = terms.name();
    this.paymentTerms = terms.paymentTerms();
    this.currency = terms.currency();
    this.creditLimit = terms.creditLimit();
    this.poNumberRequired = terms.poNumberPolicy().required();
    this.poNumberPattern = terms.poNumberPolicy().pattern();
    this.poNumberExample = terms.poNumberPolicy().example();
    this.documentRequired = terms.documentRequired();
    this.customerGroup = terms.customerGroup();
    this.region = terms.region();
    this.risk = terms.risk();
    this.salesRep = terms.salesRep();
    this.approvalExpiryDays = terms.approvalExpiryDays();
    this.companyApprovalsRequired = terms.companyApprovalsRequired();
  }

  CustomerTerms terms() {
    return new CustomerTerms(id, name, paymentTerms, currency, creditLimit,
        new PoNumberPolicy(poNumberRequired, poNumberPattern, poNumberExample), documentRequired, customerGroup,
        region, risk, salesRep, approvalExpiryDays, companyApprovalsRequired);
  }
}
