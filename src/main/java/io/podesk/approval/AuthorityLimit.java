package io.podesk.approval;

import io.podesk.shared.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** The largest order a member of the seller's staff may approve. */
@Entity
@Table(name = "authority_limits")
public class AuthorityLimit {

  @Id
  @Column(name = "user_id")
  private String userId;

  @Column(nullable = false)
  private BigDecimal amount;

  @Column(nullable = false)
  private String currency;

  protected AuthorityLimit() {}

  public AuthorityLimit(String userId, BigDecimal amount, String currency) {
    this.userId = userId;
    this.amount = amount;
    this.currency = currency;
  }

  /** A new amount, in the base currency. */
  void restate(BigDecimal amount, String currency) {
    this.amount = amount;
    this.currency = currency;
  }

  public String userId() {
    return userId;
  }

  public BigDecimal amount() {
    return amount;
  }

  public String currency() {
    return currency;
  }

  /** The limit as money: amount and currency (the base currency, as approval thresholds are). */
  public Money limit() {
    return Money.of(amount, currency);
  }
}
