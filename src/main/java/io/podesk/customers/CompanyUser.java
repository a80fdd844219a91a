package io.podesk.customers;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A person at a customer company: a buyer (with a spend limit) or a company approver. */
@Entity
@Table(name = "company_users")
class CompanyUser {

  @Id
  @Column(name = "user_id")
  private String userId;

  @Column(name = "customer_id", nullable = false)
  private String customerId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private CompanyRole role;

  @Column(name = "display_name", nullable = false)
  private String displayName;

  @Column(nullable = false)
  private String email;

  @Column(name = "spend_limit")
  private BigDecimal spendLimit;

  @Column(nullable = false)
  private boolean active = true;

  protected CompanyUser() {}

  CompanyUser(CompanyPerson person) {
    this.userId = person.userId();
    this.customerId = person.companyId();
    this.role = person.role();
    this.displayName = person.displayName();
    this.email = person.email();
    this.spendLimit = person.spendLimit();
  }

  boolean active() {
    return active;
  }

  void deactivate() {
    this.active = false;
  }

  /** Takes the person's new name, email, role and spend limit (the user name and company stay). */
  void restate(CompanyPerson person) {
    this.role = person.role();
    this.displayName = person.displayName();
    this.email = person.email();
    this.spendLimit = person.spendLimit();
  }

  CompanyPerson person() {
    return new CompanyPerson(userId, customerId, role, displayName, email, spendLimit);
  }
}
