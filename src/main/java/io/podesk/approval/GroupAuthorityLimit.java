package io.podesk.approval;

import io.podesk.shared.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** The authority limit of every member of a staff group who has no limit of their own. */
@Entity
@Table(name = "group_authority_limits")
class GroupAuthorityLimit {

  @Id
  @Column(name = "group_id")
  private String groupId;

  @Column(nullable = false)
  private BigDecimal amount;

  @Column(nullable = false)
  private String currency;

  protected GroupAuthorityLimit() {}

  GroupAuthorityLimit(String groupId, BigDecimal amount, String currency) {
    this.groupId = groupId;
    this.amount = amount;
    this.currency = currency;
  }

  void restate(BigDecimal amount, String currency) {
    this.amount = amount;
    this.currency = currency;
  }

  String groupId() {
    return groupId;
  }

  Money limit() {
    return Money.of(amount, currency);
  }
}
