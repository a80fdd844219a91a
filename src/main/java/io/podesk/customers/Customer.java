package io.podesk.customers;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A buying company, as stored; others see it as {@link CustomerTerms}. */
@Entity
@Table(name = "customers")
class Customer {

  @Id private String id;

  @Column(nullable = false)
  private String name;

  /** {@link PaymentTerms#code()} */
  @Column(name = "payment_terms", nullable = false)
  private String paymentTerms;

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

  @Column(name = "po_number_ignore_case", nullable = false)
  private boolean poNumberIgnoreCase;

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

  @Column(nullable = false)
  private boolean active;

  @Embedded
  @AttributeOverride(name = "name", column = @Column(name = "billing_name"))
  @AttributeOverride(name = "street", column = @Column(name = "billing_street"))
  @AttributeOverride(name = "city", column = @Column(name = "billing_city"))
  @AttributeOverride(name = "postalCode", column = @Column(name = "billing_postal_code"))
  @AttributeOverride(name = "region", column = @Column(name = "billing_region"))
  @AttributeOverride(name = "country", column = @Column(name = "billing_country"))
  private Address billingAddress;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "company_ship_tos", joinColumns = @JoinColumn(name = "customer_id"))
  @OrderColumn(name = "ship_to_no")
  private List<Address> shipTos = new ArrayList<>();

  @Column(name = "document_reminder_days", nullable = false)
  private int documentReminderDays;

  @Column(name = "document_cancel_days", nullable = false)
  private int documentCancelDays;

  @Column(name = "tax_exemption_certificate")
  private String taxExemptionCertificate;

  @Column(name = "tax_exemption_expires")
  private LocalDate taxExemptionExpires;

  @Column(name = "price_policy", nullable = false)
  private String pricePolicy = PricePolicy.DEFAULT.action().name();

  @Column(name = "price_tolerance", nullable = false)
  private BigDecimal priceTolerance = PricePolicy.DEFAULT.tolerancePercent();

  /** The ERP's version of the company, when the ERP sent it (customer.upserted). */
  @Column(name = "erp_version")
  private Long erpVersion;

  @Column(name = "retention_days", nullable = false)
  private int retentionDays;

  protected Customer() {}

  Customer(CompanyProfile profile) {
    this.id = profile.code();
    update(profile);
  }

  /** Takes the profile's values; the code stays. */
  void update(CompanyProfile profile) {
    CustomerTerms terms = profile.terms();
    this.name = terms.name();
    this.paymentTerms = terms.paymentTerms().code();
    this.currency = terms.currency();
    this.creditLimit = terms.creditLimit();
    this.pricePolicy = terms.pricePolicy().action().name();
    this.priceTolerance = terms.pricePolicy().tolerancePercent();
    this.poNumberRequired = terms.poNumberPolicy().required();
    this.poNumberPattern = terms.poNumberPolicy().pattern();
    this.poNumberExample = terms.poNumberPolicy().example();
    this.poNumberIgnoreCase = terms.poNumberPolicy().ignoreCase();
    this.documentRequired = terms.documentRequired();
    this.customerGroup = terms.customerGroup();
    this.region = terms.region();
    this.risk = terms.risk();
    this.salesRep = terms.salesRep();
    this.approvalExpiryDays = terms.approvalExpiryDays();
    this.companyApprovalsRequired = terms.companyApprovalsRequired();
    this.active = terms.active();
    this.billingAddress = profile.billingAddress();
    this.shipTos.clear();
    this.shipTos.addAll(profile.shipTos());
    this.documentReminderDays = profile.documentReminderDays();
    this.documentCancelDays = profile.documentCancelDays();
    this.taxExemptionCertificate = profile.taxExemption() == null ? null : profile.taxExemption().certificate();
    this.taxExemptionExpires = profile.taxExemption() == null ? null : profile.taxExemption().expiresOn();
    this.retentionDays = profile.retentionDays();
  }

  void setActive(boolean active) {
    this.active = active;
  }

  String code() {
    return id;
  }

  CustomerTerms terms() {
    return new CustomerTerms(id, name, PaymentTerms.ofCode(paymentTerms), currency, creditLimit,
        new PoNumberPolicy(poNumberRequired, poNumberPattern, poNumberExample, poNumberIgnoreCase), documentRequired, customerGroup,
        region, risk, salesRep, approvalExpiryDays, companyApprovalsRequired, active,
        new PricePolicy(PricePolicy.Action.valueOf(pricePolicy), priceTolerance));
  }

  CompanyProfile profile() {
    return new CompanyProfile(terms(), billingAddress, List.copyOf(shipTos), documentReminderDays, documentCancelDays,
        taxExemptionCertificate == null ? null : new TaxExemption(taxExemptionCertificate, taxExemptionExpires),
        retentionDays);
  }

  int retentionDays() {
    return retentionDays;
  }

  Long erpVersion() {
    return erpVersion;
  }

  void erpVersion(long version) {
    this.erpVersion = version;
  }
}
