package io.podesk.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** A product of the catalog, by SKU. */
@Entity
@Table(name = "products")
class Product {

  @Id private String sku;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false)
  private String category;

  @Column(nullable = false)
  private String unit;

  @Column(name = "tax_class", nullable = false)
  private String taxClass;

  @Column(nullable = false)
  private boolean active;

  @Column(name = "pack_size", nullable = false)
  private BigDecimal packSize;

  @Column(name = "min_order_quantity", nullable = false)
  private BigDecimal minOrderQuantity;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  /** The ERP's version of the product, when the ERP sent it; null for one kept in PO Desk only. */
  @Column(name = "erp_version")
  private Long erpVersion;

  protected Product() {}

  Long erpVersion() {
    return erpVersion;
  }

  void erpVersion(long version) {
    this.erpVersion = version;
  }

  Product(CatalogProduct product, Instant now) {
    this.sku = product.sku();
    restate(product, now);
  }

  void restate(CatalogProduct product, Instant now) {
    this.name = product.name();
    this.category = product.category();
    this.unit = product.unit();
    this.taxClass = product.taxClass();
    this.active = product.active();
    this.packSize = product.packSize();
    this.minOrderQuantity = product.minOrderQuantity();
    this.updatedAt = now;
  }

  CatalogProduct view() {
    return new CatalogProduct(sku, name, category, unit, taxClass, active, packSize, minOrderQuantity);
  }
}
