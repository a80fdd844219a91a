package io.podesk.workflow.purchaseorder;

import static io.podesk.workflow.purchaseorder.PurchaseOrderProcess.Element.Event_PurchaseOrderCompleted;
import static io.podesk.workflow.purchaseorder.PurchaseOrderProcess.Element.Event_ShipmentRecorded;
import static io.podesk.workflow.purchaseorder.PurchaseOrderProcess.Element.Task_InvoiceShipments;
import static io.podesk.workflow.purchaseorder.PurchaseOrderProcess.Element.Timer_PaymentRecheck;
import static io.podesk.workflow.purchaseorder.PurchaseOrderProcess.Element.Timer_ShipmentRecheck;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.podesk.shared.PurchaseOrderId;
import io.podesk.support.Api;
import io.podesk.support.IntegrationTest;
import io.podesk.support.Jobs;
import io.podesk.support.Orders;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Shipments reported by the ERP: partial ones keep the order open as backorder until everything shipped. */
@IntegrationTest
class FulfilmentProcessTests {

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired HistoryService history;
  @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;
  @Autowired DataSource dataSource;
  @Autowired io.podesk.credit.CreditExposure credit;
  Api api;
  Jobs jobs;

  @BeforeEach
  void setUp() {
    api = new Api(port);
    jobs = new Jobs(management, runtime);
  }

  @Test
  void partialShipmentsKeepTheOrderOpenUntilEverythingShipped() throws Exception {
    String poNumber = Orders.northwindPoNumber();
    UUID id = submitTwoLines(poNumber);
    String instance = jobs.processInstanceOf(id);

    assertThat(ship(poNumber, "{\"sku\": \"BRG-6204\", \"quantity\": 4}").statusCode()).isEqualTo(200);
    jobs.runDue(id);

    JsonNode order = order(id);
    JsonNode invoice = order.get("invoices").get(0);
    assertThat(invoice.get("total").decimalValue()).isEqualByComparingTo("8.64"); // 4 × 2.00 + 8 % tax
    assertThat(invoice.get("dueDate").asText()).isEqualTo(java.time.LocalDate.now(java.time.ZoneOffset.UTC)
        .plusDays(60).toString());
    assertThat(invoice.get("status").asText()).isEqualTo("OPEN");
    var pdf = api.get("nwbuyer", invoice.get("href").asText());
    assertThat(pdf.contentType()).isEqualTo("application/pdf");
    try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.bytes())) {
      assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document))
          .contains(invoice.get("number").asText()).contains("Your PO number: " + poNumber).contains("BRG-6204")
          // the seller's own profile heads every invoice
          .contains("PO Desk Demo Supplies Inc.").contains("Tax id US-12-3456789");
    }
    assertThat(api.get("acmebuyer", invoice.get("href").asText()).status()).isEqualTo(404);
    assertThat(io.podesk.support.TestInfrastructure.erpFolder().resolve("northwind/invoices/"
        + invoice.get("number").asText() + ".json")).content().contains("\"poNumber\" : \"" + poNumber + "\"");
    assertThat(order.get("timeline")).anySatisfy(e -> assertThat(e.get("detail").asText())
        .startsWith("Invoice " + invoice.get("number").asText() + " as FILE-"));
    var mail = io.podesk.support.Mailbox.awaitMail("nwbuyer@northwind.example", "PO " + poNumber + ": invoice "
        + invoice.get("number").asText());
    var parts = (jakarta.mail.internet.MimeMultipart) mail.getContent();
    assertThat(parts.getCount()).isEqualTo(2);
    assertThat(parts.getBodyPart(1).getFileName()).isEqualTo(invoice.get("number").asText() + ".pdf");
    assertThat(parts.getBodyPart(1).getInputStream().readAllBytes()).startsWith("%PDF".getBytes());
    assertThat(order.get("status").asText()).isEqualTo("PARTIALLY_SHIPPED");
    assertThat(order.get("lines").get(0).get("shipped").decimalValue()).isEqualByComparingTo("4");
    assertThat(order.get("lines").get(0).get("backorder").decimalValue()).isEqualByComparingTo("6");
    assertThat(order.get("lines").get(1).get("backorder").decimalValue()).isEqualByComparingTo("5");
    assertThat(jobs.processInstanceOf(id)).isEqualTo(instance);

    assertThat(ship(poNumber, "{\"sku\": \"BRG-6204\", \"quantity\": 6}, {\"sku\": \"OIL-1\", \"quantity\": 5}")
        .statusCode()).isEqualTo(200);
    jobs.runDue(id);

    JsonNode done = order(id);
    assertThat(done.get("status").asText()).isEqualTo("INVOICED");
    assertThat(done.get("invoices")).hasSize(2);
    assertThat(done.get("invoices").get(1).get("total").decimalValue()).isEqualByComparingTo("18.36"); // 17 + 8 %
    assertThat(runtime.createEventSubscriptionQuery().processInstanceId(instance).eventName("PaymentRecorded")
        .count()).as("waits for payment").isEqualTo(1);
  }

  @Test
  void partialShipmentPartialInvoicePaymentNextShipmentFinalInvoicePaidCompleted() throws Exception {
    String poNumber = Orders.northwindPoNumber();
    UUID id = submitTwoLines(poNumber);
    String instance = jobs.processInstanceOf(id);

    ship(poNumber, "{\"sku\": \"BRG-6204\", \"quantity\": 4}");
    jobs.runDue(id);
    String first = order(id).get("invoices").get(0).get("number").asText();
    assertThat(pay(id, first, "8.64").status()).isEqualTo(200);
    assertThat(order(id).get("status").asText()).isEqualTo("PARTIALLY_SHIPPED");
    JsonNode amounts = order(id).get("amounts");
    assertThat(amounts.get("ordered").decimalValue()).isEqualByComparingTo("25.00");
    assertThat(amounts.get("shipped").decimalValue()).isEqualByComparingTo("8.00");
    assertThat(amounts.get("invoiced").decimalValue()).isEqualByComparingTo("8.64");
    assertThat(amounts.get("paid").decimalValue()).isEqualByComparingTo("8.64");
    assertThat(amounts.get("outstanding").decimalValue()).isEqualByComparingTo("0");

    ship(poNumber, "{\"sku\": \"BRG-6204\", \"quantity\": 6}, {\"sku\": \"OIL-1\", \"quantity\": 5}");
    jobs.runDue(id);
    JsonNode invoiced = order(id);
    assertThat(invoiced.get("status").asText()).isEqualTo("INVOICED");
    assertThat(invoiced.get("invoices")).extracting(i -> i.get("status").asText()).containsExactly("PAID", "OPEN");
    String second = invoiced.get("invoices").get(1).get("number").asText();

    assertThat(pay(id, second, "18.36").status()).isEqualTo(200);

    assertThat(order(id).get("status").asText()).isEqualTo("COMPLETED");
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(instance).singleResult()
        .getEndActivityId()).isEqualTo(Event_PurchaseOrderCompleted.name());
  }

  @Test
  void aPartialPaymentFreesExactlyItsAmountOfCredit() throws Exception {
    String poNumber = Orders.northwindPoNumber();
    UUID id = submitTwoLines(poNumber);
    UUID other = submitTwoLines(Orders.northwindPoNumber());
    var before = credit.positionFor(PurchaseOrderId.of(other));

    assertThat(ship(poNumber, "{\"sku\": \"BRG-6204\", \"quantity\": 10}").statusCode()).isEqualTo(200);
    jobs.runDue(id);
    JsonNode invoice = order(id).get("invoices").get(0);
    assertThat(invoice.get("total").decimalValue()).isEqualByComparingTo("21.60");
    var invoiced = credit.positionFor(PurchaseOrderId.of(other));
    // the order held its gross (tax included) from the start: invoicing it moves no credit
    assertThat(invoiced.openOrders().minus(before.openOrders()).amount()).isEqualByComparingTo("0.00");

    assertThat(pay(id, invoice.get("number").asText(), "10.00").status()).isEqualTo(200);

    var paid = credit.positionFor(PurchaseOrderId.of(other));
    assertThat(invoiced.openOrders().minus(paid.openOrders()).amount()).isEqualByComparingTo("10.00");
    assertThat(paid.available().minus(invoiced.available()).amount()).isEqualByComparingTo("10.00");
  }

  private Api.Response pay(UUID id, String invoice, String amount) {
    return api.postJson("financeclerk", "/api/purchase-orders/" + id + "/payments",
        "{\"invoiceNumber\": \"" + invoice + "\", \"amount\": \"" + amount + "\"}");
  }

  @Test
  void remindsBeforeTheDueDateAndDunsAfterIt() throws Exception {
    String poNumber = Orders.northwindPoNumber();
    UUID id = submitTwoLines(poNumber);
    String instance = jobs.processInstanceOf(id);
    ship(poNumber, "{\"sku\": \"BRG-6204\", \"quantity\": 10}, {\"sku\": \"OIL-1\", \"quantity\": 5}");
    jobs.runDue(id);
    String number = order(id).get("invoices").get(0).get("number").asText();
    String subject = "PO " + poNumber + ": payment";

    // the invoice falls due in two days
    jdbc.update("update invoices set due_date = ? where number = ?", java.time.LocalDate.now().plusDays(2), number);
    jobs.fireTimer(instance, Timer_PaymentRecheck.name());
    jobs.fireTimer(instance, Timer_PaymentRecheck.name());
    org.awaitility.Awaitility.await().until(() ->
        io.podesk.support.Mailbox.find("nwbuyer@northwind.example", subject + " due").size() == 1);

    // a day overdue: the first dunning notice, then none until the interval has passed
    jdbc.update("update invoices set due_date = ? where number = ?", java.time.LocalDate.now().minusDays(1), number);
    jobs.fireTimer(instance, Timer_PaymentRecheck.name());
    jobs.fireTimer(instance, Timer_PaymentRecheck.name());
    io.podesk.support.Mailbox.awaitMail("nwbuyer@northwind.example", subject + " overdue (notice 1)");
    jdbc.update("update invoices set last_dunned_at = ? where number = ?",
        java.sql.Timestamp.from(Instant.now().minus(java.time.Duration.ofDays(8))), number);
    jobs.fireTimer(instance, Timer_PaymentRecheck.name());

    io.podesk.support.Mailbox.awaitMail("salesrep@podesk.example", subject + " overdue (notice 2)");
    assertThat(io.podesk.support.Mailbox.find("nwbuyer@northwind.example", subject + " overdue")).hasSize(2);
    assertThat(order(id).get("timeline")).filteredOn(e -> e.get("type").asText().equals("PAYMENT_REMINDED"))
        .hasSize(3);
  }

  @Test
  void theErpCannotCancelAnOrderThatHasStartedShipping() throws Exception {
    String poNumber = Orders.northwindPoNumber();
    UUID id = submitTwoLines(poNumber);
    ship(poNumber, "{\"sku\": \"OIL-1\", \"quantity\": 1}");
    jobs.runDue(id);

    var refused = signedEvent("{\"id\": \"" + UUID.randomUUID() + "\", \"type\": \"order.cancelled\","
        + " \"company\": \"northwind\", \"poNumber\": \"" + poNumber + "\"}");

    assertThat(refused.statusCode()).isEqualTo(409);
    assertThat(refused.body()).contains("once shipping has started it cannot be cancelled");
    assertThat(order(id).get("status").asText()).isEqualTo("PARTIALLY_SHIPPED");
    io.podesk.support.Mailbox.awaitMail("operations@podesk.example",
        "PO " + poNumber + " (northwind): ERP event order.cancelled refused");
  }

  @Test
  void aShipmentOfMoreThanIsOpenIsRefusedWhole() throws Exception {
    String poNumber = Orders.northwindPoNumber();
    UUID id = submitTwoLines(poNumber);

    var refused = ship(poNumber, "{\"sku\": \"BRG-6204\", \"quantity\": 2}, {\"sku\": \"OIL-1\", \"quantity\": 6}");

    assertThat(refused.statusCode()).isEqualTo(409);
    assertThat(refused.body()).contains("OIL-1").contains("5 open");
    JsonNode order = order(id);
    assertThat(order.get("status").asText()).isEqualTo("SENT_TO_ERP");
    assertThat(order.get("lines").get(0).get("shipped").decimalValue()).isEqualByComparingTo("0");
  }

  @Test
  void aShipmentTheProcessMissedIsFoundByTheDailyCheck() throws Exception {
    String poNumber = Orders.northwindPoNumber();
    UUID id = submitTwoLines(poNumber);
    String instance = jobs.processInstanceOf(id);
    runtime.suspendProcessInstanceById(instance);
    ship(poNumber, "{\"sku\": \"BRG-6204\", \"quantity\": 10}, {\"sku\": \"OIL-1\", \"quantity\": 5}");
    runtime.activateProcessInstanceById(instance);
    assertThat(jobs.processInstanceOf(id)).isEqualTo(instance);

    jobs.fireTimer(instance, Timer_ShipmentRecheck.name());

    assertThat(order(id).get("status").asText()).isEqualTo("INVOICED");
    assertThat(runtime.createEventSubscriptionQuery().processInstanceId(instance).eventName("PaymentRecorded")
        .count()).as("waits for payment").isEqualTo(1);
    assertThat(order(id).get("invoices")).hasSize(1);
  }

  /**
   * The invoice job is held in the middle of its transaction (it has read the shipments and waits to insert the
   * first invoice, behind a test transaction holding the same shipment's invoice key) while the ERP reports the next
   * shipment. Once released, both shipments are invoiced without the daily re-check, each once.
   */
  @Test
  void aShipmentReportedWhileInvoicingIsInvoicedWithoutWaitingForTheDailyCheck() throws Exception {
    String poNumber = Orders.northwindPoNumber();
    UUID id = submitTwoLines(poNumber);
    String instance = jobs.processInstanceOf(id);
    assertThat(ship(poNumber, "{\"sku\": \"BRG-6204\", \"quantity\": 4}").statusCode()).isEqualTo(200);
    UUID first = jdbc.queryForObject("select id from shipments where purchase_order_id = ?", UUID.class, id);
    String invoiceJob = management.createJobQuery().processInstanceId(instance).activityId(Task_InvoiceShipments.name())
        .singleResult().getId();
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try (Connection holder = dataSource.getConnection()) {
      holder.setAutoCommit(false);
      int holderPid = holdInvoiceKey(holder, first, id);

      Future<?> invoicing = threads.submit(() -> management.executeJob(invoiceJob));
      int jobPid = awaitBlockedBy(holderPid);
      Future<HttpResponse<String>> second = threads.submit(() ->
          ship(poNumber, "{\"sku\": \"BRG-6204\", \"quantity\": 3}"));
      // the shipment is either recorded already or waits for the invoice job's transaction
      org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30))
          .until(() -> second.isDone() || !blockedBy(jobPid).isEmpty());
      holder.rollback();

      invoicing.get(60, TimeUnit.SECONDS);
      assertThat(second.get(60, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
    } finally {
      threads.shutdownNow();
    }
    jobs.runDue(id);

    JsonNode order = order(id);
    assertThat(order.get("invoices")).extracting(invoice -> invoice.get("total").decimalValue())
        .usingElementComparator(java.math.BigDecimal::compareTo)
        .containsExactlyInAnyOrder(new java.math.BigDecimal("8.64"), new java.math.BigDecimal("6.48"));
    assertThat(jdbc.queryForList("select shipment_id from invoices where purchase_order_id = ?", UUID.class, id))
        .as("one invoice per shipment").doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(
            jdbc.queryForList("select id from shipments where purchase_order_id = ?", UUID.class, id));
    assertThat(order.get("amounts").get("invoiced").decimalValue()).isEqualByComparingTo("15.12");
    assertThat(order.get("status").asText()).isEqualTo("PARTIALLY_SHIPPED");
    assertThat(runtime.createEventSubscriptionQuery().processInstanceId(instance).eventName("ShipmentRecorded")
        .activityId(Event_ShipmentRecorded.name()).count()).as("waits for the next shipment").isEqualTo(1);
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(instance)
        .activityId(Timer_ShipmentRecheck.name()).finished().count()).as("the daily re-check never ran").isZero();
  }

  /**
   * Two shipments of one order at once: the first is held while it tells the process (a test transaction holds the
   * process's execution rows) and the second arrives, having read the order as it was before the first. Both are
   * recorded against the order as it is, and invoiced, each once.
   */
  @Test
  void twoShipmentsReportedAtOnceAreBothRecordedAndInvoiced() throws Exception {
    String poNumber = Orders.northwindPoNumber();
    UUID id = submitTwoLines(poNumber);
    String instance = jobs.processInstanceOf(id);
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try (Connection holder = dataSource.getConnection()) {
      holder.setAutoCommit(false);
      int holderPid;
      try (var executions = holder.prepareStatement("select id_ from act_ru_execution where proc_inst_id_ = ?"
          + " for update"); var pid = holder.createStatement()) {
        executions.setString(1, instance);
        executions.executeQuery();
        var result = pid.executeQuery("select pg_backend_pid()");
        result.next();
        holderPid = result.getInt(1);
      }

      Future<HttpResponse<String>> first = threads.submit(() ->
          ship(poNumber, "{\"sku\": \"BRG-6204\", \"quantity\": 4}"));
      awaitBlockedBy(holderPid);
      Future<HttpResponse<String>> second = threads.submit(() ->
          ship(poNumber, "{\"sku\": \"BRG-6204\", \"quantity\": 6}, {\"sku\": \"OIL-1\", \"quantity\": 2}"));
      org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30))
          .until(() -> second.isDone() || waitingSessions() == 2);
      holder.rollback();

      assertThat(first.get(60, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
      HttpResponse<String> answer = second.get(60, TimeUnit.SECONDS);
      assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    } finally {
      threads.shutdownNow();
    }
    jobs.runDue(id);

    JsonNode order = order(id);
    assertThat(order.get("lines").get(0).get("shipped").decimalValue()).isEqualByComparingTo("10");
    assertThat(order.get("lines").get(1).get("shipped").decimalValue()).isEqualByComparingTo("2");
    assertThat(order.get("invoices")).extracting(invoice -> invoice.get("total").decimalValue())
        .usingElementComparator(java.math.BigDecimal::compareTo)
        .containsExactlyInAnyOrder(new java.math.BigDecimal("8.64"), new java.math.BigDecimal("15.12"));
    assertThat(runtime.createEventSubscriptionQuery().processInstanceId(instance).eventName("ShipmentRecorded")
        .count()).as("waits for the rest").isEqualTo(1);
  }

  /**
   * In the holder's transaction, the invoice of the given shipment: the invoice job's own insert of it waits until
   * the holder ends. The row names another order, so the holder holds no lock on the order itself.
   */
  private int holdInvoiceKey(Connection holder, UUID shipmentId, UUID purchaseOrderId) throws Exception {
    UUID otherOrder = jdbc.queryForObject("select id from purchase_orders where id <> ? limit 1", UUID.class,
        purchaseOrderId);
    try (var insert = holder.prepareStatement("insert into invoices (id, number, purchase_order_id, shipment_id,"
        + " currency, net, tax, total, paid, issued_at, due_date) values (?, ?, ?, ?, 'USD', 0, 0, 0, 0,"
        + " current_timestamp, current_date)");
        var pid = holder.createStatement()) {
      insert.setObject(1, UUID.randomUUID());
      insert.setString(2, "HOLD-" + shipmentId.toString().substring(0, 8));
      insert.setObject(3, otherOrder);
      insert.setObject(4, shipmentId);
      insert.executeUpdate();
      var result = pid.executeQuery("select pg_backend_pid()");
      result.next();
      return result.getInt(1);
    }
  }

  /** The one database session waiting for a lock the given session holds. */
  private int awaitBlockedBy(int pid) {
    return org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30))
        .until(() -> blockedBy(pid), waiting -> waiting.size() == 1).get(0);
  }

  private int waitingSessions() {
    return jdbc.queryForObject("select count(*) from pg_stat_activity where cardinality(pg_blocking_pids(pid)) > 0",
        Integer.class);
  }

  private List<Integer> blockedBy(int pid) {
    return jdbc.queryForList("select pid from pg_stat_activity where ? = any(pg_blocking_pids(pid))", Integer.class,
        pid);
  }

  @Test
  void paymentsSettleTheInvoicesAndCompleteTheOrder() throws Exception {
    String poNumber = Orders.northwindPoNumber();
    UUID id = submitTwoLines(poNumber);
    String instance = jobs.processInstanceOf(id);
    ship(poNumber, "{\"sku\": \"BRG-6204\", \"quantity\": 10}, {\"sku\": \"OIL-1\", \"quantity\": 5}");
    jobs.runDue(id);
    JsonNode invoice = order(id).get("invoices").get(0);
    String number = invoice.get("number").asText();
    assertThat(invoice.get("total").decimalValue()).isEqualByComparingTo("27.00"); // 25.00 + 8 %
    assertThat(order(id).get("status").asText()).isEqualTo("INVOICED");

    var partial = api.postJson("financeclerk", "/api/purchase-orders/" + id + "/payments",
        "{\"invoiceNumber\": \"" + number + "\", \"amount\": \"10.00\"}");
    assertThat(partial.status()).as(partial.body()).isEqualTo(200);
    assertThat(partial.json().get("outstanding").decimalValue()).isEqualByComparingTo("17.00");
    assertThat(api.postJson("nwbuyer", "/api/purchase-orders/" + id + "/payments",
        "{\"invoiceNumber\": \"" + number + "\", \"amount\": \"1.00\"}").status()).isEqualTo(403);
    var over = api.postJson("financeclerk", "/api/purchase-orders/" + id + "/payments",
        "{\"invoiceNumber\": \"" + number + "\", \"amount\": \"20.00\"}");
    assertThat(over.status()).isEqualTo(409);
    assertThat(order(id).get("status").asText()).isEqualTo("INVOICED");
    assertThat(jobs.processInstanceOf(id)).isEqualTo(instance);

    var rest = signedEvent("{\"id\": \"" + UUID.randomUUID() + "\", \"type\": \"payment\", \"company\": \"northwind\","
        + " \"poNumber\": \"" + poNumber + "\", \"invoiceNumber\": \"" + number + "\", \"amount\": \"17.00\","
        + " \"paidAt\": \"2026-11-22\"}");

    assertThat(rest.statusCode()).as(rest.body()).isEqualTo(200);
    JsonNode paid = order(id);
    assertThat(paid.get("status").asText()).isEqualTo("COMPLETED");
    assertThat(paid.get("invoices").get(0).get("status").asText()).isEqualTo("PAID");
    assertThat(jobs.processInstanceOf(id)).isNull();
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(instance).singleResult()
        .getEndActivityId()).isEqualTo(Event_PurchaseOrderCompleted.name());
  }

  private UUID submitTwoLines(String poNumber) {
    var created = api.postJson("nwbuyer", "/api/purchase-orders", """
        {"poNumber": "%s", "currency": "USD", "lines": [
          {"sku": "BRG-6204", "description": "Ball bearing", "quantity": 10, "unitPrice": "2.00"},
          {"sku": "OIL-1", "description": "Oil", "quantity": 5, "unitPrice": "1.00"}]}
        """.formatted(poNumber));
    UUID id = UUID.fromString(created.json().get("id").asText());
    jobs.runDue(id);
    assertThat(order(id).get("status").asText()).isEqualTo("SENT_TO_ERP");
    return id;
  }

  private JsonNode order(UUID id) {
    return api.get("nwbuyer", "/api/purchase-orders/" + id).json();
  }

  private HttpResponse<String> ship(String poNumber, String lines) throws Exception {
    return signedEvent("{\"id\": \"" + UUID.randomUUID() + "\", \"type\": \"shipment\", \"company\": \"northwind\","
        + " \"poNumber\": \"" + poNumber + "\", \"trackingNumber\": \"1Z999\", \"lines\": [" + lines + "]}");
  }

  private HttpResponse<String> signedEvent(String body) {
    return new io.podesk.support.ErpEvents(port).send(body);
  }

}
