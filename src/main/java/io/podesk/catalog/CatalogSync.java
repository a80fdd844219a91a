package io.podesk.catalog;

import io.podesk.customers.CustomerDirectory;
import io.podesk.shared.Actor;
import io.podesk.shared.CompanyId;
import io.podesk.shared.InvalidInputException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies the ERP's catalog master data: products and prices, each at the ERP's version. A version older than (or
 * the same as) the one stored is ignored, so events arriving out of order keep the newest. Changes are checked as
 * the admin's are and audited as the ERP's.
 */
@Service
public class CatalogSync {

  private final Products products;
  private final PriceLists lists;
  private final Prices prices;
  private final CatalogAdministration administration;
  private final CustomerDirectory customers;
  private final Clock clock;

  CatalogSync(Products products, PriceLists lists, Prices prices, CatalogAdministration administration,
      CustomerDirectory customers, Clock clock) {
    this.products = products;
    this.lists = lists;
    this.prices = prices;
    this.administration = administration;
    this.customers = customers;
    this.clock = clock;
  }

  /**
   * A price as the ERP sends it.
   *
   * @param company the company whose contract price it is; null for the base price
   * @param validFrom the first day it applies; null: today
   */
  public record ErpPrice(String sku, BigDecimal price, String currency, String company, LocalDate validFrom,
      LocalDate validTo) {}

  /** What became of an ERP change: applied, or ignored as older than what is stored (and why). */
  public record Result(boolean applied, String detail) {}

  /** Whether the catalog has the SKU: a price for one it has not waits until the product exists. */
  @Transactional(readOnly = true)
  public boolean knows(String sku) {
    return products.existsById(sku);
  }

  @Transactional
  public Result applyProduct(CatalogProduct product, long version) {
    Optional<Product> existing = products.findById(product.sku());
    Long stored = existing.map(Product::erpVersion).orElse(null);
    if (stored != null && stored >= version) {
      return new Result(false, "Product " + product.sku() + ": version " + version + " is not newer than the stored "
          + stored + "; ignored");
    }
    CatalogProduct before = existing.map(Product::view).orElse(null);
    CatalogProduct complete = new CatalogProduct(product.sku(), product.name(), product.category(), product.unit(),
        product.taxClass(), product.active(),
        product.packSize() != null ? product.packSize() : before != null ? before.packSize() : BigDecimal.ONE,
        product.minOrderQuantity() != null ? product.minOrderQuantity()
            : before != null ? before.minOrderQuantity() : BigDecimal.ONE);
    administration.saveProduct(product.sku(), complete, Actor.ERP);
    products.findById(product.sku()).orElseThrow().erpVersion(version);
    return new Result(true, "Product " + product.sku() + " at version " + version);
  }

  @Transactional
  public Result applyPrice(ErpPrice price, long version) {
    if (!products.existsById(price.sku())) {
      throw new InvalidInputException("sku", "no product with SKU " + price.sku());
    }
    if (price.price() == null || price.price().signum() < 0 || price.price().stripTrailingZeros().scale() > 4) {
      throw new InvalidInputException("price", "price is required: an amount from 0 with at most four decimals");
    }
    String currency = price.currency().toUpperCase(Locale.ROOT);
    PriceList list = listFor(price.company(), currency);
    LocalDate from = price.validFrom() != null ? price.validFrom() : LocalDate.now(clock.withZone(ZoneOffset.UTC));
    if (price.validTo() != null && price.validTo().isBefore(from)) {
      throw new InvalidInputException("validTo", "validTo must not be before validFrom (" + from + ")");
    }
    BigDecimal unitPrice = price.price().setScale(4);
    Optional<Price> existing = prices.findByPriceListOrderBySkuAscMinQuantityAscValidFromAsc(list.code()).stream()
        .filter(row -> row.view().sku().equals(price.sku()) && row.minQuantity().compareTo(BigDecimal.ONE) == 0
            && row.view().validFrom().equals(from))
        .findFirst();
    if (existing.isPresent()) {
      Long stored = existing.get().erpVersion();
      if (stored != null && stored >= version) {
        return new Result(false, "Price of " + price.sku() + " in list " + list.code() + ": version " + version
            + " is not newer than the stored " + stored + "; ignored");
      }
      existing.get().restateFromErp(unitPrice, price.validTo(), version);
      return new Result(true, "Price of " + price.sku() + " in list " + list.code() + " is "
          + unitPrice.stripTrailingZeros().toPlainString() + " " + currency + " at version " + version);
    }
    PriceView added = administration.addPrice(list.code(), new PriceView(null, price.sku(), BigDecimal.ONE, unitPrice,
        from, price.validTo()), Actor.ERP);
    prices.findById(added.id()).orElseThrow().erpVersion(version);
    return new Result(true, "Price of " + price.sku() + " in list " + list.code() + " is "
        + unitPrice.stripTrailingZeros().toPlainString() + " " + currency + " at version " + version);
  }

  /** The base list, or the company's contract list in the currency; made when the ERP's first price needs it. */
  private PriceList listFor(String company, String currency) {
    if (company != null && customers.find(CompanyId.of(company)).isEmpty()) {
      throw new InvalidInputException("company", "no company with code " + company);
    }
    Optional<PriceList> found = lists.findAll().stream()
        .filter(list -> company == null ? list.view().base() : company.equals(list.view().company()))
        .filter(list -> list.view().currency().equals(currency) || company == null)
        .findFirst();
    if (found.isPresent()) {
      if (!found.get().view().currency().equals(currency)) {
        throw new InvalidInputException("currency", "the base price list is in " + found.get().view().currency()
            + "; a base price in " + currency + " cannot go into it");
      }
      return found.get();
    }
    String code = company == null ? "base" : (company + "-" + currency).toLowerCase(Locale.ROOT);
    administration.savePriceList(code, new PriceListView(code, company == null ? "Base prices"
        : "Contract prices of " + company + " (from the ERP)", currency, company, null), Actor.ERP);
    return lists.findById(code).orElseThrow();
  }
}
