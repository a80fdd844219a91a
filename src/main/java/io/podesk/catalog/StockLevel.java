package io.podesk.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** What the ERP says is on hand of a SKU at one location, and when more is expected. */
@Entity
@Table(name = "stock_levels")
class StockLevel {

  /** SKU and location. */
  @Embeddable
  record Key(@Column(name = "sku") String sku, @Column(name = "location") String location) implements Serializable {}

  @EmbeddedId private Key key;

  @Column(name = "on_hand", nullable = false)
  private BigDecimal onHand;

  @Column(name = "expected_on")
  private LocalDate expectedOn;

  @Column(name = "erp_version", nullable = false)
  private long erpVersion;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected StockLevel() {}

  StockLevel(Key key) {
    this.key = key;
  }

  void restate(BigDecimal onHand, LocalDate expectedOn, long version, Instant now) {
    this.onHand = onHand;
    this.expectedOn = expectedOn;
    this.erpVersion = version;
    this.updatedAt = now;
  }

  long erpVersion() {
    return erpVersion;
  }

  BigDecimal onHand() {
    return onHand;
  }

  LocalDate expectedOn() {
    return expectedOn;
  }
}
