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
public class CompanyUser {

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

  protected CompanyUser() {}

  public CompanyUser(String userId, String customerId, CompanyRole role, String displayName, String email,
      BigDecimal spendLimit) {
    this.userId = userId;
    this.customerId = customerId;
    this.role = role;
    this.displayName = displayName;
    this.email = email;
    this.spendLimit = spendLimit;
  }

  public String userId() {
    return userId;
  }

  public String customerId() {
    return customerId;
  }

  public CompanyRole role() {
    return role;
  }

  public String displayName() {
    return displayName;
  }

  public String email() {
    return email;
  }

  public BigDecimal spendLimit() {
    return spendLimit;
  }
}
