package io.podesk.catalog;

import io.podesk.shared.Actor;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo catalog, loaded once when demo data is enabled: bearings, gloves and valves at USD base prices, a quantity
 * break, Northwind's contract price for GLV-100, a tax table (standard and reduced rates for US, CA, DE, GB),
 * and freight, handling and discount rules.
 * {@code podesk.demo-data.catalog=false} leaves the demo seller
 * without a catalog (orders are then taken at the buyer's prices, unchecked).
 */
@Component
@ConditionalOnProperty(name = "podesk.demo-data.enabled", havingValue = "true")
@ConditionalOnProperty(name = "podesk.demo-data.catalog", havingValue = "true", matchIfMissing = true)
class DemoCatalog {

  private static final LocalDate FROM = LocalDate.of(2026, 1, 1);

  private final CatalogAdministration catalog;
  private final PriceBook priceBook;
  private final TaxTable taxTable;
  private final OrderCharges charges;

  DemoCatalog(CatalogAdministration catalog, PriceBook priceBook, TaxTable taxTable, OrderCharges charges) {
    this.taxTable = taxTable;
    this.charges = charges;
    this.catalog = catalog;
    this.priceBook = priceBook;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(2)
  public void load() {
    if (priceBook.hasProducts()) {
      return;
    }
    try {
      List.of(
          product("BRG-6204", "Ball bearing 6204", "bearings", "each", "1", "1"),
          product("BRG-6205", "Ball bearing 6205", "bearings", "each", "1", "1"),
          product("BRG-6306", "Ball bearing 6306, sealed", "bearings", "each", "1", "1"),
          product("GLV-100", "Nitrile gloves, box of 100", "safety", "box", "1", "1").withTaxClass("reduced"),
          product("GLV-200", "Nitrile gloves, box of 200", "safety", "box", "1", "1").withTaxClass("reduced"),
          product("HLM-10", "Safety helmet, white", "safety", "each", "1", "1"),
          product("VLV-200", "Gate valve DN50", "valves", "each", "1", "1"),
          product("VLV-250", "Gate valve DN65", "valves", "each", "1", "1"),
          product("VLV-300", "Ball valve DN80, pack of 2", "valves", "each", "2", "2"))
          .forEach(product -> catalog.saveProduct(product.sku(), product, Actor.SYSTEM));
      catalog.savePriceList("base", new PriceListView("base", "Base prices", "USD", null, null), Actor.SYSTEM);
      price("base", "BRG-6204", "1", "12.50");
      price("base", "BRG-6204", "100", "11.90");
      price("base", "BRG-6205", "1", "14.20");
      price("base", "BRG-6306", "1", "27.80");
      price("base", "GLV-100", "1", "6.40");
      price("base", "GLV-200", "1", "11.90");
      price("base", "HLM-10", "1", "18.00");
      price("base", "VLV-200", "1", "85.00");
      price("base", "VLV-250", "1", "120.00");
      price("base", "VLV-300", "1", "210.00");
      catalog.savePriceList("northwind", new PriceListView("northwind", "Northwind Health contract", "USD",
          "northwind", null), Actor.SYSTEM);
      price("northwind", "GLV-100", "1", "6.10");
      List.of(tax("standard", "US", "8"), tax("reduced", "US", "4"), tax("standard", "CA", "5"),
          tax("standard", "DE", "19"), tax("reduced", "DE", "7"), tax("standard", "GB", "20"),
          tax("reduced", "GB", "5")).forEach(rate -> taxTable.add(rate, Actor.SYSTEM));
      // 25.00 freight under 500, 10.00 handling under 100, 2 % off from 5,000 (all USD, net)
      charges.save(new OrderChargeRules("USD", new BigDecimal("25.00"), new BigDecimal("500.00"),
          new BigDecimal("10.00"), new BigDecimal("100.00"), new BigDecimal("2"), new BigDecimal("5000.00"),
          "standard"), Actor.SYSTEM);
    } catch (RuntimeException e) {
      // another node loading the demo catalog at the same time got there first
      if (!priceBook.hasProducts()) {
        throw e;
      }
    }
  }

  private static CatalogProduct product(String sku, String name, String category, String unit, String pack,
      String moq) {
    return new CatalogProduct(sku, name, category, unit, "standard", true, new BigDecimal(pack), new BigDecimal(moq));
  }

  private static TaxRateView tax(String taxClass, String country, String percent) {
    return new TaxRateView(null, taxClass, country, new BigDecimal(percent), FROM, null);
  }

  private void price(String list, String sku, String minQuantity, String unitPrice) {
    catalog.addPrice(list, new PriceView(null, sku, new BigDecimal(minQuantity), new BigDecimal(unitPrice), FROM,
        null), Actor.SYSTEM);
  }
}
