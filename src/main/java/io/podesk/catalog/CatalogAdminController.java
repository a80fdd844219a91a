package io.podesk.catalog;

import io.podesk.shared.Actor;
import io.podesk.shared.ConflictException;
import io.podesk.shared.CsvImport;
import io.podesk.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The catalog for the seller's admin: products, price lists and prices (role admin, as every /api/admin route). */
@RestController
@Tag(name = "Admin: catalog", description = "Products, price lists and prices")
class CatalogAdminController {

  private final CatalogAdministration catalog;
  private final ProductCsv csv;
  private final PriceBook priceBook;
  private final Clock clock;
  private final TaxTable taxTable;
  private final OrderCharges charges;

  CatalogAdminController(CatalogAdministration catalog, ProductCsv csv, PriceBook priceBook, Clock clock,
      TaxTable taxTable, OrderCharges charges) {
    this.taxTable = taxTable;
    this.charges = charges;
    this.clock = clock;
    this.catalog = catalog;
    this.csv = csv;
    this.priceBook = priceBook;
  }

  /** A page of products and whether there are more. */
  record ProductPage(List<CatalogProduct> products, int page, long total, boolean more) {

    static ProductPage of(Page<CatalogProduct> page) {
      return new ProductPage(page.getContent(), page.getNumber(), page.getTotalElements(), page.hasNext());
    }
  }

  @GetMapping("/api/admin/products")
  @Operation(summary = "Products whose SKU or name contains q, of one category if given, 50 a page")
  ProductPage products(@RequestParam(required = false) String q, @RequestParam(required = false) String category,
      @RequestParam(defaultValue = "false") boolean activeOnly, @RequestParam(defaultValue = "0") int page) {
    return ProductPage.of(catalog.search(q, category, activeOnly, page));
  }

  @GetMapping("/api/admin/products/{sku}")
  CatalogProduct product(@PathVariable String sku) {
    return catalog.product(sku);
  }

  @PostMapping(path = "/api/admin/products", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Add a product (409 when its SKU exists)")
  ResponseEntity<CatalogProduct> create(@RequestBody(required = false) CatalogProduct product,
      Authentication caller) {
    if (product != null && product.sku() != null && priceBook.product(product.sku()).isPresent()) {
      throw new ConflictException("A product with SKU " + product.sku() + " exists already");
    }
    var saved = catalog.saveProduct(null, product, Actor.person(caller.getName()));
    return ResponseEntity.created(URI.create("/api/admin/products/" + saved.value().sku())).body(saved.value());
  }

  @PutMapping(path = "/api/admin/products/{sku}", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Create or replace the product with this SKU (201 when created)")
  ResponseEntity<CatalogProduct> put(@PathVariable String sku, @RequestBody(required = false) CatalogProduct product,
      Authentication caller) {
    var saved = catalog.saveProduct(sku, product, Actor.person(caller.getName()));
    return ResponseEntity.status(saved.created() ? HttpStatus.CREATED : HttpStatus.OK).body(saved.value());
  }

  @GetMapping(path = "/api/admin/products.csv", produces = "text/csv")
  @Operation(summary = "Every product as CSV, in the columns the import takes")
  ResponseEntity<String> export() {
    return CsvImport.download("products.csv", csv.export());
  }

  @PostMapping(path = "/api/admin/products/import", consumes = "text/csv")
  @Operation(summary = "Import products from CSV, matched by SKU. dryRun=true (the default) lists each row's errors "
      + "and changes nothing; dryRun=false stores all rows or, with any error, none")
  ResponseEntity<CsvImport.Report> importCsv(@RequestParam(defaultValue = "true") boolean dryRun,
      HttpServletRequest request, Authentication caller) throws IOException {
    return CsvImport.answer(csv.importCsv(CsvImport.bodyOf(request), dryRun, Actor.person(caller.getName())));
  }

  @GetMapping("/api/admin/price-lists")
  List<PriceListView> priceLists() {
    return catalog.priceLists();
  }

  @PutMapping(path = "/api/admin/price-lists/{code}", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Create or change a price list: the base list (no company, no customer group) or a contract "
      + "list of one company or one customer group")
  ResponseEntity<PriceListView> putPriceList(@PathVariable String code,
      @RequestBody(required = false) PriceListView list, Authentication caller) {
    var saved = catalog.savePriceList(code, list, Actor.person(caller.getName()));
    return ResponseEntity.status(saved.created() ? HttpStatus.CREATED : HttpStatus.OK).body(saved.value());
  }

  @GetMapping("/api/admin/price-lists/{code}/prices")
  List<PriceView> prices(@PathVariable String code) {
    return catalog.pricesOf(code);
  }

  @PostMapping(path = "/api/admin/price-lists/{code}/prices", consumes = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Add a price: sku, unitPrice, minQuantity (quantity break, default 1), validFrom (default "
      + "today), validTo (optional)")
  PriceView addPrice(@PathVariable String code, @RequestBody(required = false) PriceView price,
      Authentication caller) {
    return catalog.addPrice(code, price, Actor.person(caller.getName()));
  }

  @DeleteMapping("/api/admin/price-lists/{code}/prices/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void removePrice(@PathVariable String code, @PathVariable UUID id, Authentication caller) {
    catalog.removePrice(code, id, Actor.person(caller.getName()));
  }

  @GetMapping("/api/admin/price-quote")
  @Operation(summary = "The price that applies to a line: company, customer group, SKU, quantity, currency, date")
  ExpectedPrice quote(@RequestParam(required = false) String company,
      @RequestParam(required = false) String customerGroup, @RequestParam String sku,
      @RequestParam(defaultValue = "1") BigDecimal quantity, @RequestParam String currency,
      @RequestParam(required = false) LocalDate date) {
    return priceBook.priceOf(company, customerGroup, sku, quantity, currency,
            date == null ? LocalDate.now(clock.withZone(ZoneOffset.UTC)) : date)
        .orElseThrow(() -> new NotFoundException("No price applies to " + sku + " for this "
            + "company, quantity, currency and date"));
  }

  @GetMapping("/api/admin/tax-rates")
  @Operation(summary = "The tax table: a rate per tax class and ship-to country, with validity dates")
  List<TaxRateView> taxRates() {
    return taxTable.list();
  }

  @PostMapping(path = "/api/admin/tax-rates", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Add a tax rate {taxClass, country, ratePercent, validFrom, validTo}")
  ResponseEntity<TaxRateView> addTaxRate(@RequestBody(required = false) TaxRateView rate, Authentication caller) {
    TaxRateView saved = taxTable.add(rate, Actor.person(caller.getName()));
    return ResponseEntity.created(URI.create("/api/admin/tax-rates/" + saved.id())).body(saved);
  }

  @DeleteMapping("/api/admin/tax-rates/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void removeTaxRate(@PathVariable UUID id, Authentication caller) {
    taxTable.remove(id, Actor.person(caller.getName()));
  }

  @GetMapping("/api/admin/order-charges")
  @Operation(summary = "The seller's freight, handling and order-discount rules")
  OrderChargeRules orderCharges() {
    return charges.rules();
  }

  @PutMapping(path = "/api/admin/order-charges", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Replace the freight, handling and order-discount rules (orders submitted from now on)")
  OrderChargeRules saveOrderCharges(@RequestBody(required = false) OrderChargeRules rules, Authentication caller) {
    return charges.save(rules, Actor.person(caller.getName()));
  }
}
