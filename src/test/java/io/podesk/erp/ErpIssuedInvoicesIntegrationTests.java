package io.podesk.erp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.podesk.shared.PurchaseOrderId;
import io.podesk.support.Api;
import io.podesk.support.ErpEvents;
import io.podesk.support.FakeOdoo;
import io.podesk.support.Jobs;
import io.podesk.support.Mailbox;
import io.podesk.support.Orders;
import io.podesk.support.TestInfrastructure;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@code podesk.invoicing.issuer=erp} with the Odoo adapter, end to end against a fake Odoo that keeps state: the
 * order goes to Odoo as a confirmed sale order, Odoo invoices it, and after the shipment PO Desk records Odoo's
 * invoice (its number, its amounts) as the order's one invoice, mails it, serves its PDF and takes the payment on
 * it; PO Desk draws no number of its own, and looking again records nothing twice. A context, database and engine
 * name of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "podesk.test.database=podesk_erp_invoices", "podesk.erp.adapter=odoo", "podesk.invoicing.issuer=erp",
    "podesk.erp.odoo.database=podesk", "podesk.erp.odoo.username=integration", "podesk.erp.odoo.api-key=api-key",
    "podesk.erp.odoo.generic-product-id=99", "podesk.erp.odoo.pull-interval=PT24H",
    // an engine name of its own: it runs beside the onboarding test's engine (surefire execution workflow-module-test)
    "camunda.bpm.process-engine-name=erp-invoicing"})
@ActiveProfiles({"demo", "test"})
@ContextConfiguration(initializers = TestInfrastructure.class)
class ErpIssuedInvoicesIntegrationTests {

  static final FakeOdoo ODOO = new FakeOdoo();

  @DynamicPropertySource
  static void odoo(DynamicPropertyRegistry registry) {
    registry.add("podesk.erp.odoo.url", ODOO::url);
  }

  @AfterAll
  static void stopOdoo() {
    ODOO.close();
  }

  @LocalServerPort int port;
  @Autowired ManagementService management;
  @Autowired RuntimeService runtime;
  @Autowired JdbcTemplate jdbc;
  @Autowired ErpIssuedInvoices erpInvoices;

  @Test
  void theErpsInvoiceIsTheOrdersOnlyInvoiceMailedServedAndPaid() throws Exception {
    Api api = new Api(port);
    Jobs jobs = new Jobs(management, runtime);
    String poNumber = Orders.northwindPoNumber();
    var created = api.postJson("nwbuyer", "/api/purchase-orders", Orders.json(poNumber, 1, "100.00"));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    UUID id = UUID.fromString(created.json().get("id").asText());
    jobs.runDue(id);
    JsonNode order = api.get("nwbuyer", "/api/purchase-orders/" + id).json();
    assertThat(order.get("status").asText()).isEqualTo("SENT_TO_ERP");
    String saleOrder = order.get("erpReference").asText();
    assertThat(ODOO.records("sale.order")).anySatisfy(so -> {
      assertThat(so.path("name").asText()).isEqualTo(saleOrder);
      assertThat(so.path("state").asText()).isEqualTo("sale");
    });

    // Odoo invoices the delivered quantity: 100.00 and its own 8.00 tax
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    int move = ODOO.add("account.move", """
        {"name": "INV/2026/00017", "invoice_origin": "%s", "move_type": "out_invoice", "state": "posted",
         "invoice_date": "%s", "invoice_date_due": "%s", "amount_untaxed": 100.0, "amount_tax": 8.0}"""
        .formatted(saleOrder, today, today.plusDays(60)));
    ODOO.add("account.move.line", """
        {"move_id": %d, "display_type": "product", "name": "BRG-6204 Ball bearing 6204", "quantity": 1.0,
         "price_unit": 100.0, "price_subtotal": 100.0}""".formatted(move));
    ErpEvents erp = new ErpEvents(port);
    assertThat(erp.send("{\"id\": \"" + UUID.randomUUID() + "\", \"type\": \"shipment\", \"company\": "
        + "\"northwind\", \"poNumber\": \"" + poNumber + "\", \"lines\": [{\"sku\": \"BRG-6204\", \"quantity\": 1}]}")
        .statusCode()).isEqualTo(200);
    jobs.runDue(id);

    order = api.get("nwbuyer", "/api/purchase-orders/" + id).json();
    assertThat(order.get("invoices")).hasSize(1);
    JsonNode invoice = order.get("invoices").get(0);
    assertThat(invoice.get("number").asText()).isEqualTo("INV/2026/00017");
    assertThat(invoice.get("total").decimalValue()).isEqualByComparingTo("108.00");
    assertThat(invoice.get("href").asText()).endsWith("/invoices/INV~2026~00017");
    try (var pdf = org.apache.pdfbox.Loader.loadPDF(api.get("nwbuyer", invoice.get("href").asText()).bytes())) {
      assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf)).contains("INV/2026/00017")
          .contains("Your PO number: " + poNumber).contains("Total 108.00 USD");
    }
    var mail = Mailbox.awaitMail("nwbuyer@northwind.example", "invoice INV/2026/00017");
    assertThat(Mailbox.body(mail)).contains("/invoices/INV~2026~00017");
    var portal = io.podesk.support.WebSession.loggedIn(port, "nwbuyer");
    assertThat(portal.get("/portal/orders/" + id).body()).contains("/invoices/INV~2026~00017");
    assertThat(portal.get("/portal/orders/" + id + "/invoices/INV~2026~00017").statusCode()).isEqualTo(200);
    assertThat(jdbc.queryForObject("select count(*) from invoices where purchase_order_id = ?", Integer.class, id))
        .as("no invoice of PO Desk's own").isEqualTo(1);

    // looking again, on the next shipment or the daily check, records nothing twice
    assertThat(erpInvoices.importFor(PurchaseOrderId.of(id))).isZero();
    assertThat(jdbc.queryForObject("select count(*) from invoices where purchase_order_id = ?", Integer.class, id))
        .isEqualTo(1);

    assertThat(erp.send("{\"id\": \"" + UUID.randomUUID() + "\", \"type\": \"payment\", \"company\": "
        + "\"northwind\", \"poNumber\": \"" + poNumber + "\", \"invoiceNumber\": \"INV/2026/00017\", "
        + "\"amount\": \"108.00\"}").statusCode()).isEqualTo(200);
    jobs.runDue(id);
    assertThat(api.get("nwbuyer", "/api/purchase-orders/" + id).json().get("status").asText())
        .isEqualTo("COMPLETED");
  }
}
