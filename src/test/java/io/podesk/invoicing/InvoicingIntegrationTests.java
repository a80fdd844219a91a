package io.podesk.invoicing;

import static io.podesk.workflow.purchaseorder.PurchaseOrderProcess.Element.Task_InvoiceShipments;
import static io.podesk.workflow.purchaseorder.PurchaseOrderProcess.Element.Task_PushInvoicesToErp;
import static io.podesk.workflow.purchaseorder.PurchaseOrderProcess.MESSAGE_PAYMENT_RECORDED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.podesk.customers.CompanyPerson;
import io.podesk.customers.CompanyRole;
import io.podesk.customers.CustomerDirectory;
import io.podesk.customers.CustomerOnboarding;
import io.podesk.customers.CustomerTerms;
import io.podesk.customers.PaymentTerms;
import io.podesk.customers.PoNumberPolicy;
import io.podesk.shared.CompanyId;
import io.podesk.support.Api;
import io.podesk.support.ErpEvents;
import io.podesk.support.IntegrationTest;
import io.podesk.support.Jobs;
import io.podesk.support.TestInfrastructure;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * Money exactly once: an invoice is numbered once and reaches the ERP once however often its push fails, each order
 * line is invoiced at its own price, and no payment is lost to another recorded at the same moment.
 */
@IntegrationTest
class InvoicingIntegrationTests {

  private static final String COMPANY = "moneyco";
  private static final String BUYER = "moneybuyer";

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired org.camunda.bpm.engine.RepositoryService repository;
  @Autowired CustomerDirectory customers;
  @Autowired CustomerOnboarding onboarding;
  @Autowired Invoices invoices;
  @Autowired JdbcTemplate jdbc;
  @Autowired DataSource dataSource;
  Api api;
  Jobs jobs;

  @BeforeEach
  void setUp() {
    api = new Api(port);
    jobs = new Jobs(management, runtime);
    if (customers.find(CompanyId.of(COMPANY)).isEmpty()) {
      onboarding.addCompany(new CustomerTerms(COMPANY, "Money Co", PaymentTerms.NET_30, "USD",
          new BigDecimal("100000"), PoNumberPolicy.optional(), false, "smb", "NA", "low", "salesrep", 7, 1));
      onboarding.addPerson(new CompanyPerson(BUYER, COMPANY, CompanyRole.BUYER, "Mona Money", "mona@money.example",
          new BigDecimal("100000")));
      User user = identity.newUser(BUYER);
      user.setPassword("demo");
      identity.saveUser(user);
      identity.createMembership(BUYER, "buyers");
    }
  }

  @Test
  void anInvoicePushFailingTwiceThenSucceedingSendsOneInvoiceNumberToTheErpOnce() throws Exception {
    String poNumber = poNumber();
    UUID id = submit(poNumber, line("BRG-6204", 10, "2.00"));
    String instance = jobs.processInstanceOf(id);
    // the ERP cannot take invoices of this company: a file stands where their folder goes
    Path folder = TestInfrastructure.erpFolder().resolve(COMPANY).resolve("invoices");
    Files.deleteIfExists(folder);
    Files.writeString(folder, "not a folder");
    try {
      assertThat(ship(poNumber, "{\"sku\": \"BRG-6204\", \"quantity\": 10}").statusCode()).isEqualTo(200);
      management.executeJob(job(instance, Task_InvoiceShipments.name()).getId());
      String number = onlyInvoiceOf(id).number();
      assertThat(order(id).get("status").asText()).as("the rest of the process does not wait for the ERP")
          .isEqualTo("INVOICED");
      assertThat(runtime.createEventSubscriptionQuery().processInstanceId(instance)
          .eventName(MESSAGE_PAYMENT_RECORDED).count()).isEqualTo(1);

      Job push = job(instance, Task_PushInvoicesToErp.name());
      for (int attempt = 1; attempt <= 2; attempt++) {
        assertThatThrownBy(() -> management.executeJob(push.getId()))
            .hasStackTraceContaining("Could not export invoice " + number);
        assertThat(invoices.findByPurchaseOrderIdOrderByIssuedAt(id)).singleElement()
            .satisfies(invoice -> assertThat(invoice.number()).isEqualTo(number))
            .satisfies(invoice -> assertThat(invoice.pushedToErp()).isFalse());
      }
      assertThat(management.createJobQuery().jobId(push.getId()).singleResult().getRetries())
          .as("two attempts failed, retries are left").isPositive();

      Files.delete(folder);
      management.executeJob(push.getId());
    } finally {
      if (Files.isRegularFile(folder)) {
        Files.delete(folder);
      }
    }

    Invoice invoice = onlyInvoiceOf(id);
    assertThat(invoice.pushedToErp()).isTrue();
    try (Stream<Path> exported = Files.list(folder)) {
      assertThat(exported.filter(file -> read(file).contains("\"poNumber\" : \"" + poNumber + "\"")))
          .as("one invoice of this order in the ERP").singleElement()
          .satisfies(file -> assertThat(file.getFileName().toString()).isEqualTo(invoice.number() + ".json"))
          .satisfies(file -> assertThat(read(file)).contains("\"number\" : \"" + invoice.number() + "\""));
    }
    assertThat(order(id).get("timeline")).filteredOn(e -> e.get("type").asText().equals("INVOICED")).hasSize(1);
    assertThat(order(id).get("timeline")).filteredOn(e -> e.get("detail").asText().startsWith("Invoice "
        + invoice.number() + " as FILE-")).hasSize(1);
    assertThat(management.createJobQuery().processInstanceId(instance).activityId(Task_PushInvoicesToErp.name())
        .count()).isZero();
    assertThat(runtime.createIncidentQuery().processInstanceId(instance).count()).isZero();
    assertThat(runtime.createEventSubscriptionQuery().processInstanceId(instance)
        .eventName(MESSAGE_PAYMENT_RECORDED).count()).as("still waiting for payment").isEqualTo(1);
  }

  /**
   * An order still running on the process version from before the push step (deployed here again for one order)
   * has its invoices pushed by the invoicing step itself, as that version expects.
   */
  @Test
  void anOrderOnTheVersionBeforeThePushStepStillHasItsInvoicesPushed() throws Exception {
    String legacy = new String(getClass().getResourceAsStream("purchase-order-before-v20.bpmn.xml").readAllBytes(),
        java.nio.charset.StandardCharsets.UTF_8);
    String poNumber = poNumber();
    UUID id;
    repository.createDeployment().name("before-v20").addString("purchase-order.bpmn", legacy).deploy();
    try {
      id = submit(poNumber, line("BRG-6204", 10, "2.00"));
    } finally {
      // the current model again, with the forms its tasks bind to by deployment: later tests open those tasks
      var current = repository.createDeployment().name("current").addString("purchase-order.bpmn",
          Files.readString(Path.of("processes/purchase-order.bpmn")));
      try (var forms = Files.list(Path.of("forms"))) {
        for (Path form : forms.filter(file -> file.toString().endsWith(".form")).toList()) {
          current.addString(form.getFileName().toString(), Files.readString(form));
        }
      }
      current.deploy();
    }
    String instance = jobs.processInstanceOf(id);
    assertThat(repository.getBpmnModelInstance(runtime.createProcessInstanceQuery().processInstanceId(instance)
        .singleResult().getProcessDefinitionId())
        .<org.camunda.bpm.model.xml.instance.ModelElementInstance>getModelElementById(Task_PushInvoicesToErp.name()))
        .as("the order runs on the version without the push step").isNull();

    ship(poNumber, "{\"sku\": \"BRG-6204\", \"quantity\": 10}");
    jobs.runDue(id);

    Invoice invoice = onlyInvoiceOf(id);
    assertThat(invoice.pushedToErp()).isTrue();
    assertThat(TestInfrastructure.erpFolder().resolve(COMPANY + "/invoices/" + invoice.number() + ".json")).exists();

    // that version ends with its own "Complete purchase order" step, after the order completed itself on payment
    assertThat(pay(id, invoice.number(), invoice.total().amount().toPlainString()).status()).isEqualTo(200);
    jobs.runDue(id);
    assertThat(order(id).get("status").asText()).isEqualTo("COMPLETED");
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).singleResult())
        .as("the old version ran to its end").isNull();
  }

  @Test
  void twoLinesWithOneSkuAreEachInvoicedAtTheirOwnPrice() throws Exception {
    String poNumber = poNumber();
    UUID id = submit(poNumber, line("BRG-6204", 10, "2.00") + ", " + line("BRG-6204", 5, "3.00"));

    // 12 shipped: the first line's 10 at 2.00, then 2 of the second line at 3.00
    assertThat(ship(poNumber, "{\"sku\": \"BRG-6204\", \"quantity\": 12}").statusCode()).isEqualTo(200);
    jobs.runDue(id);

    Invoice first = onlyInvoiceOf(id);
    assertThat(first.lines()).satisfiesExactly(
        line -> assertLine(line, "10", "2.00", "20.00"),
        line -> assertLine(line, "2", "3.00", "6.00"));
    assertThat(first.net().amount()).isEqualByComparingTo("26.00");
    assertThat(first.total().amount()).isEqualByComparingTo("28.08"); // 26.00 + 8 % tax
    JsonNode partly = order(id);
    assertThat(partly.get("lines").get(0).get("backorder").decimalValue()).isEqualByComparingTo("0");
    assertThat(partly.get("lines").get(1).get("shipped").decimalValue()).isEqualByComparingTo("2");
    assertThat(partly.get("lines").get(1).get("backorder").decimalValue()).isEqualByComparingTo("3");

    assertThat(ship(poNumber, "{\"sku\": \"BRG-6204\", \"quantity\": 3}").statusCode()).isEqualTo(200);
    jobs.runDue(id);

    JsonNode done = order(id);
    assertThat(done.get("status").asText()).isEqualTo("INVOICED");
    assertThat(done.get("invoices")).extracting(invoice -> invoice.get("total").decimalValue())
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(new BigDecimal("28.08"), new BigDecimal("9.72")); // 3 × 3.00 + 8 %
    assertThat(done.get("amounts").get("shipped").decimalValue()).isEqualByComparingTo("35.00");
    assertThat(done.get("amounts").get("invoiced").decimalValue()).isEqualByComparingTo("37.80");
    JsonNode inErp = new com.fasterxml.jackson.databind.ObjectMapper().readTree(read(TestInfrastructure.erpFolder()
        .resolve(COMPANY + "/invoices/" + first.number() + ".json"))).get("invoice");
    assertThat(inErp.get("lines")).extracting(line -> line.get("unitPrice").decimalValue())
        .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("2.00"), new BigDecimal("3.00"));
  }

  /**
   * Two payments of one invoice at the same moment: both wait behind a test transaction holding the order's row,
   * then go at once. Both count; the paid total is their sum and each is on record.
   */
  @Test
  void twoPaymentsRecordedAtOnceBothCountAndNoneIsLost() throws Exception {
    String poNumber = poNumber();
    UUID id = submit(poNumber, line("BRG-6204", 10, "2.00"));
    ship(poNumber, "{\"sku\": \"BRG-6204\", \"quantity\": 10}");
    jobs.runDue(id);
    String number = onlyInvoiceOf(id).number(); // 21.60 with tax

    ExecutorService threads = Executors.newFixedThreadPool(2);
    List<Api.Response> answers;
    try (Connection holder = dataSource.getConnection()) {
      holder.setAutoCommit(false);
      int holderPid = lockOrder(holder, id);
      Future<Api.Response> first = threads.submit(() -> pay(id, number, "10.00"));
      Future<Api.Response> second = threads.submit(() -> pay(id, number, "5.00"));
      // the first waits for the holder, the second for the holder or for the first (PostgreSQL queues row locks)
      Awaitility.await().atMost(Duration.ofSeconds(30))
          .until(() -> blockedBy(holderPid).size() >= 1 && waitingSessions() == 2);
      holder.rollback();
      answers = List.of(first.get(60, TimeUnit.SECONDS), second.get(60, TimeUnit.SECONDS));
    } finally {
      threads.shutdownNow();
    }

    assertThat(answers).allSatisfy(answer -> assertThat(answer.status()).as(answer.body()).isEqualTo(200));
    Invoice invoice = onlyInvoiceOf(id);
    assertThat(invoice.paid().amount()).isEqualByComparingTo("15.00");
    assertThat(invoice.outstanding().amount()).isEqualByComparingTo("6.60");
    assertThat(invoice.payments()).extracting(Invoice.Payment::amount).usingElementComparator(BigDecimal::compareTo)
        .containsExactlyInAnyOrder(new BigDecimal("10.00"), new BigDecimal("5.00"));
    assertThat(invoice.payments()).allSatisfy(payment -> assertThat(payment.by()).isEqualTo("financeclerk"));
    assertThat(order(id).get("amounts").get("paid").decimalValue()).isEqualByComparingTo("15.00");
    assertThat(order(id).get("timeline")).filteredOn(e -> e.get("type").asText().equals("PAYMENT_RECORDED"))
        .hasSize(2);

    // the rest, as two payments again: the order is PAID (then COMPLETED) whichever of them comes second
    ExecutorService more = Executors.newFixedThreadPool(2);
    try {
      Future<Api.Response> a = more.submit(() -> pay(id, number, "3.60"));
      Future<Api.Response> b = more.submit(() -> pay(id, number, "3.00"));
      assertThat(a.get(60, TimeUnit.SECONDS).status()).isEqualTo(200);
      assertThat(b.get(60, TimeUnit.SECONDS).status()).isEqualTo(200);
    } finally {
      more.shutdownNow();
    }
    assertThat(onlyInvoiceOf(id).outstanding().amount()).isEqualByComparingTo("0");
    assertThat(onlyInvoiceOf(id).payments()).hasSize(4);
    assertThat(order(id).get("status").asText()).isEqualTo("COMPLETED");
  }

  /** A change written from a copy read before a payment is refused by the invoice's version, not written over it. */
  @Test
  void aStaleCopyOfAnInvoiceCannotOverwriteAPayment() throws Exception {
    String poNumber = poNumber();
    UUID id = submit(poNumber, line("BRG-6204", 10, "2.00"));
    ship(poNumber, "{\"sku\": \"BRG-6204\", \"quantity\": 10}");
    jobs.runDue(id);
    Invoice stale = onlyInvoiceOf(id);

    assertThat(pay(id, stale.number(), "10.00").status()).isEqualTo(200);
    stale.reminded(Instant.now());

    assertThatThrownBy(() -> invoices.saveAndFlush(stale)).isInstanceOf(ObjectOptimisticLockingFailureException.class);
    assertThat(onlyInvoiceOf(id).paid().amount()).isEqualByComparingTo("10.00");
    assertThat(onlyInvoiceOf(id).payments()).hasSize(1);
  }

  private static void assertLine(Invoice.Line line, String quantity, String unitPrice, String lineTotal) {
    assertThat(line.sku()).isEqualTo("BRG-6204");
    assertThat(line.quantity()).isEqualByComparingTo(quantity);
    assertThat(line.unitPrice()).isEqualByComparingTo(unitPrice);
    assertThat(line.lineTotal()).isEqualByComparingTo(lineTotal);
  }

  private static String poNumber() {
    return "MC-" + ThreadLocalRandom.current().nextInt(100000, 1000000);
  }

  private static String line(String sku, int quantity, String unitPrice) {
    return "{\"sku\": \"%s\", \"description\": \"Ball bearing\", \"quantity\": %d, \"unitPrice\": \"%s\"}"
        .formatted(sku, quantity, unitPrice);
  }

  private UUID submit(String poNumber, String lines) {
    var created = api.postJson(BUYER, "/api/purchase-orders",
        "{\"poNumber\": \"%s\", \"currency\": \"USD\", \"lines\": [%s]}".formatted(poNumber, lines));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    UUID id = UUID.fromString(created.json().get("id").asText());
    jobs.runDue(id);
    assertThat(order(id).get("status").asText()).isEqualTo("SENT_TO_ERP");
    return id;
  }

  private JsonNode order(UUID id) {
    return api.get(BUYER, "/api/purchase-orders/" + id).json();
  }

  private Invoice onlyInvoiceOf(UUID id) {
    List<Invoice> issued = invoices.findByPurchaseOrderIdOrderByIssuedAt(id);
    assertThat(issued).hasSize(1);
    return issued.get(0);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private Job job(String instance, String activityId) {
    Job job = management.createJobQuery().processInstanceId(instance).activityId(activityId).singleResult();
    assertThat(job).as("job at " + activityId).isNotNull();
    return job;
  }

  private java.net.http.HttpResponse<String> ship(String poNumber, String lines) {
    return new ErpEvents(port).send("{\"id\": \"" + UUID.randomUUID() + "\", \"type\": \"shipment\", \"company\": \""
        + COMPANY + "\", \"poNumber\": \"" + poNumber + "\", \"lines\": [" + lines + "]}");
  }

  private Api.Response pay(UUID id, String invoice, String amount) {
    return api.postJson("financeclerk", "/api/purchase-orders/" + id + "/payments",
        "{\"invoiceNumber\": \"" + invoice + "\", \"amount\": \"" + amount + "\"}");
  }

  /** Locks the order's row in the holder's transaction; answers the holder's session id. */
  private static int lockOrder(Connection holder, UUID id) throws Exception {
    try (var lock = holder.prepareStatement("select id from purchase_orders where id = ? for update");
        var pid = holder.createStatement()) {
      lock.setObject(1, id);
      lock.executeQuery();
      var result = pid.executeQuery("select pg_backend_pid()");
      result.next();
      return result.getInt(1);
    }
  }

  private int waitingSessions() {
    return jdbc.queryForObject("select count(*) from pg_stat_activity where cardinality(pg_blocking_pids(pid)) > 0",
        Integer.class);
  }

  private List<Integer> blockedBy(int pid) {
    return jdbc.queryForList("select pid from pg_stat_activity where ? = any(pg_blocking_pids(pid))", Integer.class,
        pid);
  }
}
