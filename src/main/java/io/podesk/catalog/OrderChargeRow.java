package io.podesk.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** The one row of the seller's charge rules. */
@Entity
@Table(name = "order_charges")
class OrderChargeRow {

  static final String ID = "seller";

  @Id private String id = ID;

  @Column(nullable = false)
  private String currency;

  @Column(nullable = false)
  private BigDecimal freight;

  @Column(name = "free_freight_from")
  private BigDecimal freeFreightFrom;

  @Column(name = "handling_fee", nullable = false)
  private BigDecimal handlingFee;

  @Column(name = "handling_below")
  private BigDecimal handlingBelow;

  @Column(name = "discount_percent", nullable = false)
  private BigDecimal discountPercent;

  @Column(name = "discount_from")
  private BigDecimal discountFrom;

  @Column(name = "charges_tax_class", nullable = false)
  private String chargesTaxClass;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected OrderChargeRow() {}

  OrderChargeRow(OrderChargeRules rules, Instant now) {
    restate(rules, now);
  }

  void restate(OrderChargeRules rules, Instant now) {
    this.currency = rules.currency();
    this.freight = rules.freight();
    this.freeFreightFrom = rules.freeFreightFrom();
    this.handlingFee = rules.handlingFee();
    this.handlingBelow = rules.handlingBelow();
    this.discountPercent = rules.discountPercent();
    this.discountFrom = rules.discountFrom();
    this.chargesTaxClass = rules.chargesTaxClass();
    this.updatedAt = now;
  }

  OrderChargeRules view() {
    return new OrderChargeRules(currency, freight, freeFreightFrom, handlingFee, handlingBelow, discountPercent,
        discountFrom, chargesTaxClass);
  }
}
