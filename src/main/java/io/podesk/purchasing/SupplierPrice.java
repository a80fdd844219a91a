package io.podesk.purchasing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One row of a supplier's catalog: a SKU's price from a day on, with lead time, minimum and pack. */
@Entity
@Table(name = "supplier_catalog")
class SupplierPrice {

  @Id private UUID id;

  @Column(nullable = false)
  private String supplier;

  @Column(nullable = false)
  private String sku;

  @Column(nullable = false)
  private BigDecimal price;

  @Column(nullable = false)
  private String currency;

  @Column(name = "valid_from", nullable = false)
  private LocalDate validFrom;

  @Column(name = "valid_to")
  private LocalDate validTo;

  @Column(nullable = false)
  private int priority;

  @Column(name = "lead_time_days", nullable = false)
  private int leadTimeDays;

  @Column(name = "min_order_quantity", nullable = false)
  private BigDecimal minOrderQuantity;

  @Column(name = "pack_size", nullable = false)
  private BigDecimal packSize;

  /** This SKU's own tolerances as JSON; null: the supplier's. */
  private String tolerances;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected SupplierPrice() {}

  SupplierPrice(String supplier, String sku, LocalDate validFrom) {
    this.id = UUID.randomUUID();
    this.supplier = supplier;
    this.sku = sku;
    this.validFrom = validFrom;
  }

  void restate(BigDecimal price, String currency, LocalDate validTo, int priority, int leadTimeDays,
      BigDecimal minOrderQuantity, BigDecimal packSize, String tolerancesJson, Instant now) {
    this.price = price;
    this.currency = currency;
    this.validTo = validTo;
    this.priority = priority;
    this.leadTimeDays = leadTimeDays;
    this.minOrderQuantity = minOrderQuantity;
    this.packSize = packSize;
    this.tolerances = tolerancesJson;
    this.updatedAt = now;
  }

  String sku() {
    return sku;
  }

  LocalDate validFrom() {
    return validFrom;
  }

  SupplierCatalogEntry view(Tolerances own) {
    return new SupplierCatalogEntry(sku, price, currency, validFrom, validTo, priority, leadTimeDays,
        minOrderQuantity, packSize, own);
  }

  String tolerancesJson() {
    return tolerances;
  }
}
