package io.podesk.erp;

import com.fasterxml.jackson.databind.JsonNode;
import io.podesk.catalog.CatalogProduct;
import io.podesk.catalog.CatalogSync;
import io.podesk.catalog.PriceBook;
import io.podesk.customers.CompanySync;
import io.podesk.customers.CustomerDirectory;
import io.podesk.shared.BaseCurrency;
import io.podesk.shared.CompanyId;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Pulls master data from Odoo by {@code write_date}: company partners (name, credit limit) onto the companies the
 * seller onboarded (matched by {@code ref}), products (name, category, unit, active, list price as the base price)
 * into the catalog, and fixed-price pricelist items as the contract prices of the companies that use the pricelist.
 * Each page of records is applied and its cursor (write date and id of the last record) saved in one transaction,
 * so a pull that stops resumes after the last page it finished and repeats nothing; every record is applied at its
 * write date as version, so nothing older overwrites anything newer (the ERP events' rule).
 */
class OdooMasterDataPull {

  private static final Logger log = LoggerFactory.getLogger(OdooMasterDataPull.class);
  static final int PAGE = 200;

  /** What one source's pull did. */
  record Outcome(String source, int applied, int ignored, int unknown) {}

  private final OdooErpGateway odoo;
  private final ErpSyncCursors cursors;
  private final CatalogSync catalog;
  private final PriceBook priceBook;
  private final CompanySync companies;
  private final CustomerDirectory customers;
  private final BaseCurrency baseCurrency;
  private final TransactionTemplate transactions;
  private final Clock clock;
  private final int pageSize;

  OdooMasterDataPull(OdooErpGateway odoo, ErpSyncCursors cursors, CatalogSync catalog, PriceBook priceBook,
      CompanySync companies, CustomerDirectory customers, BaseCurrency baseCurrency, TransactionTemplate transactions,
      Clock clock) {
    this(odoo, cursors, catalog, priceBook, companies, customers, baseCurrency, transactions, clock, PAGE);
  }

  OdooMasterDataPull(OdooErpGateway odoo, ErpSyncCursors cursors, CatalogSync catalog, PriceBook priceBook,
      CompanySync companies, CustomerDirectory customers, BaseCurrency baseCurrency, TransactionTemplate transactions,
      Clock clock, int pageSize) {
    this.pageSize = pageSize;
    this.odoo = odoo;
    this.cursors = cursors;
    this.catalog = catalog;
    this.priceBook = priceBook;
    this.companies = companies;
    this.customers = customers;
    this.baseCurrency = baseCurrency;
    this.transactions = transactions;
    this.clock = clock;
  }

  /** Partners first (contract prices need their companies), then products, then pricelist items. */
  List<Outcome> pull() {
    return List.of(
        pull("odoo.res.partner", "res.partner", List.of(List.of("is_company", "=", true),
            List.of("ref", "!=", false)), List.of("ref", "name", "credit_limit"), this::partner),
        pull("odoo.product.product", "product.product", List.of(List.of("default_code", "!=", false)),
            List.of("default_code", "name", "categ_id", "uom_id", "active", "list_price"), this::product),
        pull("odoo.product.pricelist.item", "product.pricelist.item", List.of(List.of("compute_price", "=",
            "fixed")), List.of("pricelist_id", "product_id", "fixed_price", "min_quantity", "date_start",
            "date_end", "currency_id"), this::pricelistItem));
  }

  private enum Applied { APPLIED, IGNORED, UNKNOWN }

  private interface Apply {
    Applied apply(JsonNode record, long version);
  }

  private Outcome pull(String source, String model, List<List<Object>> filter, List<String> fields, Apply apply) {
    int[] counts = new int[3];
    List<String> read = new ArrayList<>(fields);
    read.add("write_date");
    while (true) {
      ErpSyncCursor cursor = cursors.findById(source).orElseGet(() -> new ErpSyncCursor(source));
      List<Object> domain = new ArrayList<>(filter);
      if (!cursor.writeDate().isEmpty()) {
        // after the cursor: a later write date, or the same one and a higher id
        domain.add("|");
        domain.add(List.of("write_date", ">", cursor.writeDate()));
        domain.add("&");
        domain.add(List.of("write_date", "=", cursor.writeDate()));
        domain.add(List.of("id", ">", cursor.lastId()));
      }
      JsonNode page = odoo.searchRead(model, domain, read, "write_date asc, id asc", pageSize);
      if (page.isEmpty()) {
        break;
      }
      transactions.executeWithoutResult(status -> {
        ErpSyncCursor current = cursors.findById(source).orElseGet(() -> new ErpSyncCursor(source));
        for (JsonNode record : page) {
          String writeDate = record.path("write_date").asText();
          int id = record.path("id").asInt();
          if (!current.isBefore(writeDate, id)) {
            continue;
          }
          counts[apply.apply(record, versionOf(writeDate)).ordinal()]++;
          current.advance(writeDate, id, Instant.now(clock));
        }
        cursors.save(current);
      });
      if (page.size() < pageSize) {
        break;
      }
    }
    Outcome outcome = new Outcome(source, counts[0], counts[1], counts[2]);
    if (counts[0] + counts[2] > 0) {
      log.info("Odoo pull of {}: {} applied, {} not newer, {} unknown here", source, counts[0], counts[1],
          counts[2]);
    }
    return outcome;
  }

  private Applied partner(JsonNode record, long version) {
    String code = record.path("ref").asText();
    if (!companies.knows(code)) {
      return Applied.UNKNOWN;
    }
    BigDecimal creditLimit = decimal(record.path("credit_limit")).filter(c -> c.signum() > 0).orElse(null);
    String currency = customers.termsOf(CompanyId.of(code)).currency();
    return result(companies.apply(new CompanySync.ErpCompany(code, record.path("name").asText(), currency,
        creditLimit, null), version).applied());
  }

  private Applied product(JsonNode record, long version) {
    String sku = record.path("default_code").asText();
    Optional<CatalogProduct> known = priceBook.product(sku);
    CatalogProduct product = new CatalogProduct(sku, record.path("name").asText(), lastSegment(nameOf(
        record.path("categ_id"), "general")), nameOf(record.path("uom_id"), "each"),
        known.map(CatalogProduct::taxClass).orElse("standard"), record.path("active").asBoolean(true), null, null);
    boolean applied = catalog.applyProduct(product, version).applied();
    Optional<BigDecimal> listPrice = decimal(record.path("list_price"));
    if (applied && listPrice.isPresent()) {
      catalog.applyPrice(new CatalogSync.ErpPrice(sku, listPrice.get(), baseCurrency.base(), null,
          dateOf(record.path("write_date").asText()), null), version);
    }
    return result(applied);
  }

  private final Map<Integer, String> skuOfProduct = new HashMap<>();

  private Applied pricelistItem(JsonNode record, long version) {
    JsonNode product = record.path("product_id");
    if (!product.isArray() || record.path("min_quantity").asDouble(0) > 1) {
      // a template-wide or quantity-break item: PO Desk's contract prices are per SKU from one unit
      return Applied.UNKNOWN;
    }
    String sku = skuOfProduct.computeIfAbsent(product.path(0).asInt(), id -> {
      JsonNode found = odoo.searchRead("product.product", List.of(List.of("id", "=", id)), List.of("default_code"),
          "id asc", 1);
      return found.isEmpty() ? "" : found.get(0).path("default_code").asText("");
    });
    if (sku.isEmpty() || !catalog.knows(sku)) {
      return Applied.UNKNOWN;
    }
    int pricelist = record.path("pricelist_id").path(0).asInt();
    JsonNode partners = odoo.searchRead("res.partner", List.of(List.of("property_product_pricelist", "=",
        pricelist), List.of("is_company", "=", true), List.of("ref", "!=", false)), List.of("ref"), "id asc", PAGE);
    boolean any = false;
    boolean applied = false;
    for (JsonNode partner : partners) {
      String code = partner.path("ref").asText();
      if (!companies.knows(code)) {
        continue;
      }
      any = true;
      applied |= catalog.applyPrice(new CatalogSync.ErpPrice(sku, new BigDecimal(record.path("fixed_price")
          .asText()), nameOf(record.path("currency_id"), baseCurrency.base()), code,
          dateOf(record.path("date_start").asText("")), dateOf(record.path("date_end").asText(""))), version)
          .applied();
    }
    return any ? result(applied) : Applied.UNKNOWN;
  }

  private static Applied result(boolean applied) {
    return applied ? Applied.APPLIED : Applied.IGNORED;
  }

  /** A write date ({@code 2026-12-01 10:15:00}) as a version that only moves forward: its epoch milliseconds. */
  static long versionOf(String writeDate) {
    return LocalDateTime.parse(writeDate.replace(' ', 'T')).toInstant(ZoneOffset.UTC).toEpochMilli();
  }

  private static LocalDate dateOf(String value) {
    return value == null || value.isBlank() || "false".equals(value) ? null
        : LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
  }

  private static Optional<BigDecimal> decimal(JsonNode value) {
    return value.isNumber() ? Optional.of(value.decimalValue()) : Optional.empty();
  }

  /** The display name of a many2one value ({@code [id, "name"]}). */
  private static String nameOf(JsonNode many2one, String fallback) {
    return many2one.isArray() && many2one.size() > 1 ? many2one.path(1).asText() : fallback;
  }

  private static String lastSegment(String category) {
    int slash = category.lastIndexOf('/');
    return (slash < 0 ? category : category.substring(slash + 1)).strip();
  }
}
