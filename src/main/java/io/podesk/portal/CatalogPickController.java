package io.podesk.portal;

import io.podesk.catalog.Availability;
import io.podesk.catalog.CatalogAdministration;
import io.podesk.catalog.CatalogProduct;
import io.podesk.catalog.ExpectedPrice;
import io.podesk.catalog.PriceBook;
import io.podesk.catalog.Stock;
import io.podesk.customers.CompanyPerson;
import io.podesk.customers.CustomerDirectory;
import io.podesk.customers.CustomerTerms;
import io.podesk.shared.CompanyId;
import io.podesk.shared.ForbiddenException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The catalog as a buyer picks from it in the order form: active products whose SKU or name contains the text, each
 * with the price that applies to the buyer's own company today (its contract price where it has one).
 */
@RestController
class CatalogPickController {

  private static final int MAX = 20;

  private final CatalogAdministration catalog;
  private final PriceBook prices;
  private final CustomerDirectory customers;
  private final Stock stock;
  private final Clock clock;

  CatalogPickController(CatalogAdministration catalog, PriceBook prices, CustomerDirectory customers, Stock stock,
      Clock clock) {
    this.clock = clock;
    this.stock = stock;
    this.catalog = catalog;
    this.prices = prices;
    this.customers = customers;
  }

  /** A product the buyer may pick, with its price for the buyer's company (null where none applies). */
  record Pick(String sku, String name, String unit, BigDecimal packSize, BigDecimal minOrderQuantity,
      BigDecimal unitPrice, String currency, String availability) {}

  @GetMapping(path = "/portal/catalog", produces = MediaType.APPLICATION_JSON_VALUE)
  List<Pick> search(@RequestParam(required = false) String q, @RequestParam(required = false) String currency,
      Authentication user) {
    CompanyPerson buyer = customers.person(user.getName()).filter(CompanyPerson::isBuyer)
        .orElseThrow(() -> new ForbiddenException("Only a customer's buyers pick from the catalog"));
    CustomerTerms company = customers.termsOf(CompanyId.of(buyer.companyId()));
    String inCurrency = currency == null || currency.isBlank() ? company.currency() : currency.strip();
    LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
    return catalog.search(q, null, true, 0).getContent().stream().limit(MAX)
        .map(product -> pick(product, company, inCurrency, today)).toList();
  }

  private Pick pick(CatalogProduct product, CustomerTerms company, String currency, LocalDate today) {
    BigDecimal quantity = product.minOrderQuantity().max(BigDecimal.ONE);
    ExpectedPrice price = prices.priceOf(company.id(), company.customerGroup(), product.sku(), quantity, currency,
        today).orElse(null);
    return new Pick(product.sku(), product.name(), product.unit(), product.packSize().stripTrailingZeros(),
        product.minOrderQuantity().stripTrailingZeros(), price == null ? null : price.unitPrice().stripTrailingZeros(),
        price == null ? null : price.currency(),
        stock.of(product.sku(), quantity).map(Availability::label).orElse(null));
  }
}
