package io.podesk.purchasing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A supplier the seller buys from. */
@Entity
@Table(name = "suppliers")
class Supplier {

  @Id private String code;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false)
  private String email;

  @Column(nullable = false)
  private String currency;

  @Column(name = "payment_terms", nullable = false)
  private String paymentTerms;

  @Column(name = "ack_sla_hours", nullable = false)
  private int ackSlaHours;

  @Enumerated(EnumType.STRING)
  @Column(name = "backorder_policy", nullable = false)
  private BackorderPolicy backorderPolicy;

  /** The match tolerances as JSON (see {@link Tolerances}). */
  @Column(nullable = false)
  private String tolerances;

  @Column(nullable = false)
  private boolean active = true;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected Supplier() {}

  Supplier(String code, Instant now) {
    this.code = code;
    this.createdAt = now;
  }

  void restate(String name, String email, String currency, String paymentTerms, int ackSlaHours,
      BackorderPolicy backorderPolicy, String tolerancesJson, boolean active, Instant now) {
    this.name = name;
    this.email = email;
    this.currency = currency;
    this.paymentTerms = paymentTerms;
    this.ackSlaHours = ackSlaHours;
    this.backorderPolicy = backorderPolicy;
    this.tolerances = tolerancesJson;
    this.active = active;
    this.updatedAt = now;
  }

  String code() {
    return code;
  }

  String name() {
    return name;
  }

  String email() {
    return email;
  }

  String currency() {
    return currency;
  }

  String paymentTerms() {
    return paymentTerms;
  }

  int ackSlaHours() {
    return ackSlaHours;
  }

  BackorderPolicy backorderPolicy() {
    return backorderPolicy;
  }

  String tolerancesJson() {
    return tolerances;
  }

  boolean active() {
    return active;
  }
}
