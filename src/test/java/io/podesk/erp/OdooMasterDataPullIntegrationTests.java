package io.podesk.erp;

import static org.assertj.core.api.Assertions.assertThat;

import io.podesk.catalog.CatalogSync;
import io.podesk.catalog.PriceBook;
import io.podesk.customers.CompanySync;
import io.podesk.customers.CustomerDirectory;
import io.podesk.shared.BaseCurrency;
import io.podesk.support.Api;
import io.podesk.support.CatalogIntegrationTest;
import io.podesk.support.FakeOdoo;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Odoo's master data pulled by write date into PO Desk, against a fake Odoo that keeps state: a company partner
 * renames the onboarded company and sets its credit limit, a product joins the catalog with its list price as the
 * base price, a fixed-price pricelist item becomes the contract price of the company using that pricelist; what
 * PO Desk does not know is counted, not guessed; the next pull starts after the last record applied.
 */
@CatalogIntegrationTest
class OdooMasterDataPullIntegrationTests {

  @LocalServerPort int port;
  @Autowired ErpSyncCursors cursors;
  @Autowired CatalogSync catalog;
  @Autowired PriceBook priceBook;
  @Autowired CompanySync companies;
  @Autowired CustomerDirectory customers;
  @Autowired BaseCurrency baseCurrency;
  @Autowired PlatformTransactionManager transactionManager;
  @Autowired JdbcTemplate jdbc;
  FakeOdoo odoo;
  OdooMasterDataPull pull;
  Api api;

  @BeforeEach
  void setUp() {
    api = new Api(port);
    odoo = new FakeOdoo();
    jdbc.update("delete from erp_sync_cursors where source like 'odoo.%'");
    pull = new OdooMasterDataPull(new OdooErpGateway(new ErpProperties.Odoo(odoo.url(), "podesk", "integration",
        "api-key", 99, Duration.ofSeconds(2), Duration.ofSeconds(2))), cursors, catalog, priceBook, companies,
        customers, baseCurrency, new TransactionTemplate(transactionManager), Clock.systemUTC());
  }

  @AfterEach
  void tearDown() {
    odoo.close();
  }

  @Test
  void partnersProductsAndPricelistItemsArePulledByWriteDateAndTheNextPullResumesAfterTheLast() {
    String code = "odoo" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    assertThat(api.postJson("admin", "/api/admin/companies", """
        {"code": "%s", "name": "Odoo Customer", "currency": "USD", "paymentTerms": {"type": "NET", "days": 30},
         "creditLimit": "10000", "customerGroup": "smb", "region": "NA", "risk": "low", "salesRep": "salesrep"}
        """.formatted(code)).status()).isEqualTo(201);
    String sku = "ODO-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    odoo.add("res.partner", """
        {"is_company": true, "ref": "%s", "name": "Odoo Customer Ltd", "credit_limit": 25000,
         "property_product_pricelist": [7, "Contract"], "write_date": "2026-12-01 09:00:00"}""".formatted(code));
    odoo.add("res.partner", """
        {"is_company": true, "ref": "nobody-here", "name": "Stranger", "write_date": "2026-12-01 09:00:01"}""");
    int product = odoo.add("product.product", """
        {"default_code": "%s", "name": "Odoo pump", "categ_id": [4, "All / Saleable / Pumps"],
         "uom_id": [1, "Units"], "active": true, "list_price": 42.5, "write_date": "2026-12-01 10:00:00"}"""
        .formatted(sku));
    odoo.add("product.pricelist.item", """
        {"pricelist_id": [7, "Contract"], "product_id": [%d, "%s"], "compute_price": "fixed", "fixed_price": 40.0,
         "min_quantity": 0, "currency_id": [2, "USD"], "date_start": false, "date_end": false,
         "write_date": "2026-12-01 11:00:00"}""".formatted(product, sku));

    List<OdooMasterDataPull.Outcome> first = pull.pull();

    assertThat(first).extracting(o -> o.source() + " " + o.applied() + "/" + o.ignored() + "/" + o.unknown())
        .containsExactly("odoo.res.partner 1/0/1", "odoo.product.product 1/0/0",
            "odoo.product.pricelist.item 1/0/0");
    var company = api.get("admin", "/api/admin/companies/" + code).json();
    assertThat(company.get("name").asText()).isEqualTo("Odoo Customer Ltd");
    assertThat(company.get("creditLimit").decimalValue()).isEqualByComparingTo("25000");
    var productJson = api.get("admin", "/api/admin/products/" + sku).json();
    assertThat(productJson.get("name").asText()).isEqualTo("Odoo pump");
    assertThat(productJson.get("category").asText()).isEqualTo("Pumps");
    assertThat(productJson.get("unit").asText()).isEqualTo("Units");
    assertThat(quote(code, sku)).isEqualByComparingTo("40.00");
    assertThat(quote("acme", sku)).isEqualByComparingTo("42.50");

    // nothing changed in Odoo: nothing applied again
    assertThat(pull.pull()).allSatisfy(o -> assertThat(o.applied() + o.ignored() + o.unknown()).isZero());

    // the product is renamed and archived in Odoo later: only it is pulled
    odoo.change("product.product", product, """
        {"name": "Odoo pump, old model", "active": false, "write_date": "2026-12-02 08:00:00"}""");
    List<OdooMasterDataPull.Outcome> third = pull.pull();
    assertThat(third).extracting(o -> o.source() + " " + o.applied()).containsExactly("odoo.res.partner 0",
        "odoo.product.product 1", "odoo.product.pricelist.item 0");
    productJson = api.get("admin", "/api/admin/products/" + sku).json();
    assertThat(productJson.get("name").asText()).isEqualTo("Odoo pump, old model");
    assertThat(productJson.get("active").asBoolean()).isFalse();
    assertThat(jdbc.queryForObject("select write_date from erp_sync_cursors where source = 'odoo.product.product'",
        String.class)).isEqualTo("2026-12-02 08:00:00");
  }

  @Test
  void aPullThatFailsHalfwayResumesAfterTheLastPageItFinished() {
    String prefix = "RES-" + UUID.randomUUID().toString().substring(0, 4).toUpperCase() + "-";
    for (int i = 1; i <= 3; i++) {
      odoo.add("product.product", """
          {"default_code": "%s%d", "name": "Part %d", "categ_id": [4, "All / Parts"], "uom_id": [1, "Units"],
           "active": true, "list_price": %d.0, "write_date": "2026-12-0%d 10:00:00"}""".formatted(prefix, i, i,
          10 * i, i));
    }
    // one record a page; the second page's read fails
    OdooMasterDataPull paged = new OdooMasterDataPull(new OdooErpGateway(new ErpProperties.Odoo(odoo.url(),
        "podesk", "integration", "api-key", 99, Duration.ofSeconds(2), Duration.ofSeconds(2))), cursors, catalog,
        priceBook, companies, customers, baseCurrency, new TransactionTemplate(transactionManager),
        Clock.systemUTC(), 1);
    odoo.failOnce("product.product search_read", 1);

    org.assertj.core.api.Assertions.assertThatThrownBy(paged::pull).isInstanceOf(ErpUnavailableException.class)
        .hasMessageContaining("Odoo is restarting");
    assertThat(api.get("admin", "/api/admin/products/" + prefix + "1").status()).isEqualTo(200);
    assertThat(api.get("admin", "/api/admin/products/" + prefix + "2").status()).isEqualTo(404);

    List<OdooMasterDataPull.Outcome> resumed = paged.pull();
    assertThat(resumed.get(1).applied()).as("parts 2 and 3, not part 1 again").isEqualTo(2);
    assertThat(api.get("admin", "/api/admin/products/" + prefix + "3").json().get("name").asText())
        .isEqualTo("Part 3");
  }

  @Test
  void theAdminPullIsRefusedWithoutTheOdooAdapterAndForBuyers() {
    var refused = api.post("admin", "/api/admin/erp/pull");
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.json().get("detail").asText()).contains("podesk.erp.adapter=odoo");
    assertThat(api.post("nwbuyer", "/api/admin/erp/pull").status()).isEqualTo(403);
  }

  private java.math.BigDecimal quote(String company, String sku) {
    return api.get("admin", "/api/admin/price-quote?company=" + company + "&sku=" + sku + "&quantity=1&currency=USD")
        .json().get("unitPrice").decimalValue();
  }
}
