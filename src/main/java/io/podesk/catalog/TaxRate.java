package io.podesk.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One row of the tax table: the rate of a tax class in a country, between two dates. */
@Entity
@Table(name = "tax_rates")
class TaxRate {

  @Id private UUID id;

  @Column(name = "tax_class", nullable = false)
  private String taxClass;

  @Column(nullable = false)
  private String country;

  @Column(name = "rate_percent", nullable = false)
  private BigDecimal ratePercent;

  @Column(name = "valid_from", nullable = false)
  private LocalDate validFrom;

  @Column(name = "valid_to")
  private LocalDate validTo;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected TaxRate() {}

  TaxRate(TaxRateView view, Instant now) {
    this.id = UUID.randomUUID();
    this.taxClass = view.taxClass();
    this.country = view.country();
    this.ratePercent = view.ratePercent();
    this.validFrom = view.validFrom();
    this.validTo = view.validTo();
    this.createdAt = now;
  }

  TaxRateView view() {
    return new TaxRateView(id, taxClass, country, ratePercent, validFrom, validTo);
  }
}
