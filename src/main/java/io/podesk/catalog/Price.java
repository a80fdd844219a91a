package io.podesk.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** One price of a list: a SKU's unit price from a quantity on, between two dates. */
@Entity
@Table(name = "prices")
class Price {

  @Id private UUID id;

  @Column(name = "price_list", nullable = false)
  private String priceList;

  @Column(nullable = false)
  private String sku;

  @Column(name = "min_quantity", nullable = false)
  private BigDecimal minQuantity;

  @Column(name = "unit_price", nullable = false)
  private BigDecimal unitPrice;

  @Column(name = "valid_from", nullable = false)
  private LocalDate validFrom;

  @Column(name = "valid_to")
  private LocalDate validTo;

  @Column(name = "erp_version")
  private Long erpVersion;

  protected Price() {}

  Long erpVersion() {
    return erpVersion;
  }

  /** The ERP's newer version of this price. */
  void restateFromErp(BigDecimal unitPrice, LocalDate validTo, long version) {
    this.unitPrice = unitPrice;
    this.validTo = validTo;
    this.erpVersion = version;
  }

  void erpVersion(long version) {
    this.erpVersion = version;
  }

  Price(String priceList, PriceView view) {
    this.id = UUID.randomUUID();
    this.priceList = priceList;
    this.sku = view.sku();
    this.minQuantity = view.minQuantity();
    this.unitPrice = view.unitPrice();
    this.validFrom = view.validFrom();
    this.validTo = view.validTo();
  }

  String priceList() {
    return priceList;
  }

  boolean appliesTo(BigDecimal quantity, LocalDate on) {
    return minQuantity.compareTo(quantity) <= 0 && !on.isBefore(validFrom)
        && (validTo == null || !on.isAfter(validTo));
  }

  BigDecimal minQuantity() {
    return minQuantity;
  }

  PriceView view() {
    return new PriceView(id, sku, minQuantity, unitPrice, validFrom, validTo);
  }
}
