package io.podesk.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.podesk.support.Api;
import io.podesk.support.ErpEvents;
import io.podesk.support.IntegrationTest;
import io.podesk.support.Jobs;
import io.podesk.support.Orders;
import io.podesk.support.TestInfrastructure;
import io.podesk.support.WebSession;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Malformed and malicious input at every way in: the REST API, uploads, signed ERP events and the portal's forms.
 * Every case gets a clear refusal (RFC 7807 problem details, or a page with the message), stores nothing, and
 * leaves the service healthy: a normal order still goes through afterwards.
 */
@IntegrationTest
class HostileInputIntegrationTests {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String EXPRESSIONS = "${1+1} #{1+1} ${execution.setVariable('approved', true)}";
  private static final String SQL = "'; DROP TABLE purchase_orders; --";
  private static final String LINE = "{\"sku\": \"BRG-6204\", \"quantity\": 1, \"unitPrice\": \"10\"}";

  /** Orders the hostile input is aimed at, made once per run. */
  private static UUID openOrder;
  private static UUID orderInErp;
  private static String orderInErpPoNumber;

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  Api api;
  HttpClient http = HttpClient.newHttpClient();

  /** Where hostile input arrives, and so how its refusal must look. */
  enum Surface { API, ERP, PORTAL }

  /** One hostile input: where it goes, what is sent, and the status and words of the expected refusal. */
  record Hostile(String name, Surface surface, Function<HostileInputIntegrationTests, Reply> send, int status,
      String says) {

    @Override
    public String toString() {
      return name;
    }
  }

  record Reply(int status, String contentType, String body) {}

  @BeforeEach
  void setUp() {
    api = new Api(port);
    synchronized (HostileInputIntegrationTests.class) {
      if (openOrder == null) {
        openOrder = submitNormalOrder();
        orderInErpPoNumber = Orders.northwindPoNumber();
        var created = api.postJson("nwbuyer", "/api/purchase-orders", Orders.json(orderInErpPoNumber, 2, "10.00"));
        orderInErp = UUID.fromString(created.json().get("id").asText());
        new Jobs(management, runtime).runDue(orderInErp);
        assertThat(api.get("nwbuyer", "/api/purchase-orders/" + orderInErp).json().get("status").asText())
            .isEqualTo("SENT_TO_ERP");
      }
    }
  }

  static Stream<Hostile> hostileInputs() {
    String manyLines = String.join(",", Collections.nCopies(10_000, LINE));
    String deepArrays = "[".repeat(10_000) + "]".repeat(10_000);
    String deepObjects = "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000);
    String hugeNotes = "x".repeat(5 * 1024 * 1024);
    return Stream.of(
        // the REST API: submitting
        api("empty body", t -> t.submitRaw("application/json", new byte[0]), 400, "request body"),
        api("JSON null body", t -> t.submit("acmebuyer", "null"), 400, "request body"),
        api("body is plain text", t -> t.submitRaw("text/plain", "PO-123456 please".getBytes()), 415,
            "application/json"),
        api("body is XML", t -> t.submitRaw("application/xml", "<order><poNumber>1</poNumber></order>".getBytes()),
            415, "application/json"),
        api("body is a form", t -> t.submitRaw("application/x-www-form-urlencoded", "poNumber=PO-1".getBytes()), 415,
            "application/json"),
        api("body is not UTF-8", t -> t.submitRaw("application/json", invalidUtf8Order()), 400, "not valid JSON"),
        api("truncated JSON", t -> t.submit("acmebuyer", "{\"poNumber\": \"PO-1"), 400, "not valid JSON"),
        api("10,000 levels of [", t -> t.submit("acmebuyer", deepArrays), 400, "JSON object"),
        api("10,000 levels of {", t -> t.submit("acmebuyer", "{\"x\": " + deepObjects + "}"), 400, "nest"),
        api("10,000 levels of [ in a field", t -> t.submit("acmebuyer", "{\"notes\": " + deepArrays + "}"), 400,
            "notes has the wrong type: expected string"),
        api("duplicate JSON keys", t -> t.submit("acmebuyer", acmeOrder("PO-100001").replace("{\"poNumber\"",
            "{\"poNumber\": \"PO-999999\", \"poNumber\"")), 400, "poNumber"),
        api("unknown field", t -> t.submit("acmebuyer", acmeOrder(null).replace("{", "{\"status\": \"APPROVED\", ")),
            400, "unknown field 'status'"),
        api("unknown field: the company", t -> t.submit("acmebuyer",
            acmeOrder(null).replace("{", "{\"company\": \"northwind\", ")), 400, "unknown field 'company'"),
        api("lines is a string", t -> t.submit("acmebuyer", "{\"poNumber\": \"PO-100002\", \"currency\": \"USD\", "
            + "\"lines\": \"all of them\"}"), 400, "lines"),
        api("quantity is a word", t -> t.submit("acmebuyer", acmeOrder(null).replace("\"quantity\": 1",
            "\"quantity\": \"ten\"")), 400, "quantity"),
        api("quantity is an object", t -> t.submit("acmebuyer", acmeOrder(null).replace("\"quantity\": 1",
            "\"quantity\": {\"$gt\": 0}")), 400, "quantity"),
        api("quantity is NaN", t -> t.submit("acmebuyer", acmeOrder(null).replace("\"quantity\": 1",
            "\"quantity\": NaN")), 400, "not valid JSON"),
        api("quantity is 1e999999", t -> t.submit("acmebuyer", acmeOrder(null).replace("\"quantity\": 1",
            "\"quantity\": 1e999999")), 400, "quantity must be at most 1,000,000"),
        api("quantity is 1e-999999", t -> t.submit("acmebuyer", acmeOrder(null).replace("\"quantity\": 1",
            "\"quantity\": 1e-999999")), 400, "quantity"),
        api("unit price with 2,000 digits", t -> t.submit("acmebuyer", acmeOrder(null).replace("\"unitPrice\": \"10\"",
            "\"unitPrice\": 1" + "0".repeat(2000))), 400, "more than 1000 digits"),
        api("unit price with a huge scale", t -> t.submit("acmebuyer", acmeOrder(null).replace("\"unitPrice\": \"10\"",
            "\"unitPrice\": 0.000000000000000000001")), 400, "at most 4 decimal places"),
        api("negative quantity", t -> t.submit("acmebuyer", acmeOrder(null).replace("\"quantity\": 1",
            "\"quantity\": -5")), 400, "quantity must be greater than 0"),
        api("zero quantity", t -> t.submit("acmebuyer", acmeOrder(null).replace("\"quantity\": 1",
            "\"quantity\": 0")), 400, "quantity must be greater than 0"),
        api("negative unit price", t -> t.submit("acmebuyer", acmeOrder(null).replace("\"unitPrice\": \"10\"",
            "\"unitPrice\": \"-0.01\"")), 400, "unit price must not be negative"),
        api("10,000 lines", t -> t.submit("acmebuyer", "{\"poNumber\": \"PO-100003\", \"currency\": \"USD\", "
            + "\"lines\": [" + manyLines + "]}"), 400, "at most 500 lines"),
        api("5 MB of notes", t -> t.submit("acmebuyer", acmeOrder(null).replace("\"currency\"",
            "\"notes\": \"" + hugeNotes + "\", \"currency\"")), 413, "1 MB"),
        api("5 MB of notes, chunked without a length", t -> t.submitChunked(acmeOrder(null).replace("\"currency\"",
            "\"notes\": \"" + hugeNotes + "\", \"currency\"")), 413, "1 MB"),
        api("JUEL ${...} as PO number", t -> t.submit("acmebuyer", acmeOrder("${1+1}")), 400, "PO-123456"),
        api("JUEL #{...} as PO number", t -> t.submit("acmebuyer", acmeOrder("#{runtimeService}")), 400,
            "PO-123456"),
        api("SQL as PO number", t -> t.submit("acmebuyer", acmeOrder(SQL)), 400, "PO-123456"),
        api("JUEL as SKU", t -> t.submit("acmebuyer", acmeOrder(null).replace("BRG-6204", "${1+1}")), 400,
            "SKU must be"),
        api("SQL as SKU", t -> t.submit("acmebuyer", acmeOrder(null).replace("BRG-6204", "A'; DROP TABLE x; --")),
            400, "SKU must be"),
        api("PO number with a right-to-left override", t -> t.submit("acmebuyer", acmeOrder("PO-\\u202e654321")),
            400, "invisible"),
        api("PO number with a zero-width space", t -> t.submit("acmebuyer", acmeOrder("PO-123\\u200b456")), 400,
            "invisible"),
        api("PO number with a NUL", t -> t.submit("acmebuyer", acmeOrder("PO-123456\\u0000")), 400, "control"),
        api("PO number in Cyrillic look-alikes", t -> t.submit("acmebuyer", acmeOrder("\\u0420\\u041e-123456")), 400,
            "PO-123456"),
        api("PO number with Arabic-Indic digits", t -> t.submit("acmebuyer",
            acmeOrder("PO-\\u0661\\u0662\\u0663\\u0664\\u0665\\u0666")), 400, "PO-123456"),
        api("PO number with combining characters", t -> t.submit("acmebuyer", acmeOrder("PO-1234\\u0301\\u035856")),
            400, "PO-123456"),
        api("Northwind PO number with a combining accent", t -> t.submit("nwbuyer", nwOrder("NW-TX-0042\\u0301")),
            400, "poNumber"),
        api("notes with a NUL", t -> t.submit("nwbuyer", nwOrder(null).replace("\"notes\": \"ok\"",
            "\"notes\": \"a\\u0000b\"")), 400, "notes must not contain control"),
        api("notes with a lone surrogate", t -> t.submit("nwbuyer", nwOrder(null).replace("\"notes\": \"ok\"",
            "\"notes\": \"a\\ud800b\"")), 400, "notes"),
        api("ship-to city with a bidi override", t -> t.submit("nwbuyer", nwOrder(null).replace("Dallas",
            "Dal\\u202elas")), 400, "shipTo.city"),
        api("ship-to country as SQL", t -> t.submit("nwbuyer", nwOrder(null).replace("\"US\"", "\"US' OR '1'='1\"")),
            400, "shipTo.country"),
        api("currency as JUEL", t -> t.submit("nwbuyer", nwOrder(null).replace("\"USD\"", "\"${1+1}\"")), 400,
            "ISO 4217"),

        // the REST API: revising, and the list's parameters
        api("revision with JUEL as PO number", t -> t.revise(orderInErp, nwOrder("${1+1}")), 400, "PO number"),
        api("revision with a negative quantity", t -> t.revise(orderInErp, nwOrder(orderInErpPoNumber).replace("\"quantity\": 1",
            "\"quantity\": -1")), 400, "quantity must be greater than 0"),
        api("revision with duplicate keys", t -> t.revise(orderInErp, nwOrder(null).replace("{\"poNumber\"",
            "{\"notes\": \"x\", \"poNumber\"")), 400, "notes"),
        api("revision as plain text", t -> t.raw("POST", "nwbuyer", "/api/purchase-orders/" + orderInErp
            + "/revisions", "text/plain", "lines: many".getBytes()), 415, "application/json"),
        api("list page -1", t -> t.list("page=-1"), 400, "page must be 0 or more"),
        api("list size 1,000,000", t -> t.list("size=1000000"), 400, "size between 1 and 200"),
        api("list page beyond int", t -> t.list("page=99999999999"), 400, "page"),
        api("list page near the int limit", t -> t.list("page=2147483647&size=200"), 400, "page"),
        api("list status unknown", t -> t.list("status=ALL%27%20OR%201=1"), 400, "status"),
        api("list sort by SQL", t -> t.list("sort=poNumber;DROP%20TABLE%20purchase_orders"), 400, "sort must be"),
        api("list sort by a hidden column", t -> t.list("sort=customerId,asc"), 400, "sort must be"),

        // the REST API: uploads
        api("upload of 21 MB", t -> t.upload("big.pdf", HostileInputs.oversizedPdf(21), "application/pdf"), 413,
            "20 MB"),
        api("upload of an empty file", t -> t.upload("empty.pdf", new byte[0], "application/pdf"), 400, "empty"),
        api("upload of a PDF with OpenAction JavaScript",
            t -> t.upload("js.pdf", HostileInputs.pdfWithOpenActionJavaScript(), "application/pdf"), 400,
            "JavaScript"),
        api("upload of a PDF with document JavaScript",
            t -> t.upload("js.pdf", HostileInputs.pdfWithDocumentJavaScript(), "application/pdf"), 400, "JavaScript"),
        api("upload of a PDF with a JavaScript link",
            t -> t.upload("js.pdf", HostileInputs.pdfWithJavaScriptLink(), "application/pdf"), 400, "JavaScript"),
        api("upload of a PDF launching a program",
            t -> t.upload("launch.pdf", HostileInputs.pdfWithLaunchAction(), "application/pdf"), 400, "program"),
        api("upload of an encrypted PDF",
            t -> t.upload("enc.pdf", HostileInputs.encryptedPdfWithoutUserPassword(), "application/pdf"), 400,
            "encrypted"),
        api("upload of a password-protected PDF",
            t -> t.upload("pw.pdf", HostileInputs.passwordProtectedPdf(), "application/pdf"), 400, "password"),
        api("upload of a PDF header on HTML",
            t -> t.upload("page.pdf", HostileInputs.pdfHeaderOnHtml(), "application/pdf"), 400, "cannot be read"),
        api("upload of HTML with a PDF inside",
            t -> t.upload("page.pdf", HostileInputs.htmlWithPdfInside(), "application/pdf"), 400, "not a PDF"),
        api("upload of a PDF header on a ZIP",
            t -> t.upload("a.pdf", HostileInputs.pdfHeaderOnZip(), "application/pdf"), 400, "cannot be read"),
        api("upload of a PDF with a ZIP appended",
            t -> t.upload("a.pdf", HostileInputs.pdfWithZipAppended(), "application/pdf"), 400, "after its end"),
        api("upload of a PDF with HTML appended",
            t -> t.upload("a.pdf", HostileInputs.pdfWithHtmlAppended(), "application/pdf"), 400, "after its end"),
        api("upload of a PDF of 501 pages",
            t -> t.upload("long.pdf", HostileInputs.pdfWithPages(501, null), "application/pdf"), 400, "at most 500"),
        api("upload of a PDF whose content unpacks to 120 MB (zip bomb)",
            t -> t.upload("bomb.pdf", HostileInputs.pdfWithZipBomb(120), "application/pdf"), 400, "zip bomb"),
        api("upload as JSON instead of multipart", t -> t.raw("POST", "nwbuyer", "/api/purchase-orders/" + openOrder
            + "/document", "application/json", "{\"file\": \"JVBERi0=\"}".getBytes()), 415, "multipart/form-data"),
        api("upload without its file field", t -> t.uploadField("document", "a.pdf", HostileInputs.onePage()), 400,
            "'file' is missing"),
        api("upload of a torn multipart body", t -> t.raw("POST", "nwbuyer", "/api/purchase-orders/" + openOrder
            + "/document", "multipart/form-data; boundary=xyz", "--xyz\r\nContent-Disposition: form-data; name=\"file\""
            .getBytes()), 400, "multipart"),

        // signed ERP events that reach the parser
        erp("ERP event: empty body", t -> t.erp(new byte[0]), 400, "request body"),
        erp("ERP event: not JSON", t -> t.erp("order confirmed!"), 400, "not valid JSON"),
        erp("ERP event: a JSON array", t -> t.erp("[{\"id\": \"e1\"}]"), 400, "JSON object"),
        erp("ERP event: JSON null", t -> t.erp("null"), 400, "JSON object"),
        erp("ERP event: not UTF-8", t -> t.erp(invalidUtf8Event()), 400, "UTF-8"),
        erp("ERP event: 10,000 levels of [", t -> t.erp("{\"id\": \"x\", \"lines\": " + deepArrays + "}"), 400,
            "nest"),
        erp("ERP event: duplicate keys", t -> t.erp("{\"id\": \"" + UUID.randomUUID() + "\", \"type\": \"order.cancelled\","
            + " \"type\": \"order.confirmed\", \"company\": \"northwind\", \"poNumber\": \"" + orderInErpPoNumber
            + "\"}"), 400, "type"),
        erp("ERP event: without an id", t -> t.erp("{\"type\": \"shipment\", \"company\": \"northwind\"}"), 400,
            "id is required"),
        erp("ERP event: a 10,000-character id", t -> t.erp("{\"id\": \"" + "x".repeat(10_000)
            + "\", \"type\": \"shipment\", \"company\": \"northwind\"}"), 400, "at most 100 characters"),
        erp("ERP event: id as an object", t -> t.erp("{\"id\": {\"$ne\": null}, \"type\": \"shipment\", "
            + "\"company\": \"northwind\"}"), 400, "id"),
        erp("ERP event: a 60-character type", t -> t.erp("{\"id\": \"" + UUID.randomUUID() + "\", \"type\": \""
            + "order.confirmed.".repeat(4) + "\", \"company\": \"northwind\"}"), 400, "type must be at most 40"),
        erp("ERP event: a 50-character company", t -> t.erp("{\"id\": \"" + UUID.randomUUID() + "\", \"type\": "
            + "\"shipment\", \"company\": \"" + "n".repeat(50) + "\"}"), 400, "company must be at most 32"),
        erp("ERP event: a 5,000-character PO number", t -> t.erp("{\"id\": \"" + UUID.randomUUID() + "\", \"type\": "
            + "\"order.cancelled\", \"company\": \"northwind\", \"poNumber\": \"" + "9".repeat(5000) + "\"}"), 400,
            "poNumber must be at most 64"),
        erp("ERP event: a NUL in the company", t -> t.erp("{\"id\": \"" + UUID.randomUUID() + "\", \"type\": "
            + "\"shipment\", \"company\": \"north\\u0000wind\"}"), 400, "company must not contain control"),
        erp("ERP event: a 90-character SKU shipped", t -> t.erp(t.shipment("1").replace("BRG-6204", "B".repeat(90))),
            400, "sku must be at most 64"),
        erp("ERP event: a 5,000-character tracking number", t -> t.erp(t.shipment("1").replace("\"lines\"",
            "\"trackingNumber\": \"" + "1Z".repeat(2500) + "\", \"lines\"")), 400, "trackingNumber must be at most"),
        erp("ERP event: shipment quantity NaN", t -> t.erp(t.shipment("\"NaN\"")), 400, "quantity must be a number"),
        erp("ERP event: shipment quantity 1e999999", t -> t.erp(t.shipment("1e999999")), 400, "quantity"),
        erp("ERP event: shipment quantity with 900 digits", t -> t.erp(t.shipment("1" + "0".repeat(900))), 400,
            "quantity"),
        erp("ERP event: shipment quantity negative", t -> t.erp(t.shipment("-3")), 400, "quantity"),
        erp("ERP event: shipment quantity zero", t -> t.erp(t.shipment("0")), 400, "quantity"),
        erp("ERP event: payment amount 1e999999", t -> t.erp("{\"id\": \"" + UUID.randomUUID() + "\", \"type\": "
            + "\"payment\", \"company\": \"northwind\", \"invoiceNumber\": \"INV-1\", \"amount\": 1e999999}"), 400,
            "amount"),
        erp("ERP event: offline order with JUEL PO number", t -> t.erp("{\"id\": \"" + UUID.randomUUID()
            + "\", \"type\": \"order.created\", \"company\": \"northwind\", \"poNumber\": \"${1+1}\", "
            + "\"erpReference\": \"E-1\", \"currency\": \"USD\", \"lines\": [" + LINE + "]}"), 400, "PO number"),
        erp("ERP event: offline order with SQL in the SKU", t -> t.erp("{\"id\": \"" + UUID.randomUUID()
            + "\", \"type\": \"order.created\", \"company\": \"northwind\", \"poNumber\": \"NW-QQ-9999\", "
            + "\"erpReference\": \"E-2\", \"currency\": \"USD\", \"lines\": [" + LINE.replace("BRG-6204", SQL) + "]}"),
            400, "SKU"),
        erp("ERP event: 2 MB body", t -> t.erp("{\"id\": \"" + UUID.randomUUID() + "\", \"type\": \"shipment\", "
            + "\"padding\": \"" + "x".repeat(2 * 1024 * 1024) + "\"}"), 413, "1 MB"),

        // the portal's forms
        portal("portal: JUEL as PO number", t -> t.portalSubmit(Map.of("poNumber", "${1+1}"), null), 422,
            "PO-123456"),
        portal("portal: SQL as PO number", t -> t.portalSubmit(Map.of("poNumber", SQL), null), 422, "PO-123456"),
        portal("portal: script as SKU", t -> t.portalSubmit(Map.of("lines[0].sku", "<script>alert(1)</script>"),
            null), 422, "SKU must be"),
        portal("portal: notes with a NUL", t -> t.portalSubmit(Map.of("notes", "a\u0000b"), null), 422,
            "notes must not contain control"),
        portal("portal: PO number with a right-to-left override",
            t -> t.portalSubmit(Map.of("poNumber", "PO-\u202e654321"), null), 422, "invisible"),
        portal("portal: quantity 1e999999", t -> t.portalSubmit(Map.of("lines[0].quantity", "1e999999"), null), 422,
            "quantity must be at most"),
        portal("portal: quantity NaN", t -> t.portalSubmit(Map.of("lines[0].quantity", "NaN"), null), 422,
            "is not a number"),
        portal("portal: negative quantity", t -> t.portalSubmit(Map.of("lines[0].quantity", "-1"), null), 422,
            "quantity must be greater than 0"),
        portal("portal: line index 10,000", t -> t.portalSubmit(Map.of("lines[10000].sku", "A-1"), null), 400,
            "more lines than an order may have"),
        portal("portal: line index beyond int", t -> t.portalSubmit(Map.of("lines[99999999999].sku", "A-1"), null),
            400, "lines"),
        portal("portal: PDF with JavaScript", t -> t.portalSubmit(Map.of(),
            HostileInputs.pdfWithOpenActionJavaScript()), 422, "JavaScript"),
        portal("portal: encrypted PDF", t -> t.portalSubmit(Map.of(), HostileInputs.encryptedPdfWithoutUserPassword()),
            422, "encrypted"),
        portal("portal: PDF header on HTML", t -> t.portalSubmit(Map.of(), HostileInputs.pdfHeaderOnHtml()), 422,
            "cannot be read"),
        portal("portal: list page 2147483647", t -> t.portalGet("/portal?page=2147483647"), 400, "no page"),
        portal("portal: list status as SQL", t -> t.portalGet("/portal?status=%27%20OR%201=1--"), 400,
            "unknown status"),
        portal("portal: file name of 5,000 characters", t -> t.portalSubmit(Map.of(), HostileInputs.onePage(),
            "a".repeat(5000) + ".pdf"), 400, "name is too long"),
        portal("portal: torn multipart body", t -> t.portalTorn(), 400, "did not arrive complete"),
        portal("portal: PDF of 21 MB", t -> t.portalSubmit(Map.of(), HostileInputs.oversizedPdf(21)), 413, "20 MB"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostileInputs")
  void refusesHostileInputClearlyStoresNothingAndStaysHealthy(Hostile hostile) throws Exception {
    Map<String, Long> before = stored();

    Reply reply = hostile.send().apply(this);

    assertThat(reply.status()).as(hostile.name() + ": " + abbreviate(reply.body())).isEqualTo(hostile.status());
    assertThat(reply.body()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("org.springframework");
    if (hostile.surface() == Surface.PORTAL) {
      assertThat(reply.contentType()).startsWith("text/html");
      assertThat(org.springframework.web.util.HtmlUtils.htmlUnescape(reply.body())).contains(hostile.says());
    } else {
      assertThat(reply.contentType()).isEqualTo("application/problem+json");
      JsonNode problem = JSON.readTree(reply.body());
      assertThat(problem.get("status").asInt()).isEqualTo(hostile.status());
      assertThat(problem.path("detail").asText()).isNotBlank();
      assertThat(problem.path("detail").asText() + " " + problem.path("errors")).contains(hostile.says());
    }
    assertThat(stored()).as("nothing stored").isEqualTo(before);
    assertThat(api.get(null, "/actuator/health").body()).contains("\"status\":\"UP\"");
    submitNormalOrder();
  }

  private Map<String, Long> stored() throws IOException {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String table : List.of("purchase_orders", "purchase_order_lines", "purchase_order_revisions", "documents",
        "erp_inbound_events", "shipments")) {
      counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
    }
    counts.put("audit of the targeted orders", jdbc.queryForObject(
        "select count(*) from audit_events where purchase_order_id in (?, ?)", Long.class, openOrder, orderInErp));
    counts.put("revision of the order in the ERP", jdbc.queryForObject(
        "select revision from purchase_orders where id = ?", Long.class, orderInErp));
    Path store = TestInfrastructure.workDir().resolve("documents");
    try (Stream<Path> files = Files.exists(store) ? Files.walk(store) : Stream.empty()) {
      counts.put("files in the document store", files.filter(Files::isRegularFile).count());
    }
    return counts;
  }

  UUID submitNormalOrder() {
    var created = api.postJson("nwbuyer", "/api/purchase-orders", Orders.json(Orders.northwindPoNumber(), 1, "5.00"));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return UUID.fromString(created.json().get("id").asText());
  }

  // ---- how each surface is reached

  private static Hostile api(String name, Function<HostileInputIntegrationTests, Reply> send, int status,
      String says) {
    return new Hostile(name, Surface.API, send, status, says);
  }

  private static Hostile erp(String name, Function<HostileInputIntegrationTests, Reply> send, int status,
      String says) {
    return new Hostile(name, Surface.ERP, send, status, says);
  }

  private static Hostile portal(String name, Function<HostileInputIntegrationTests, Reply> send, int status,
      String says) {
    return new Hostile(name, Surface.PORTAL, send, status, says);
  }

  static String acmeOrder(String poNumber) {
    return "{\"poNumber\": \"" + (poNumber == null ? Orders.acmePoNumber() : poNumber) + "\", \"currency\": \"USD\", "
        + "\"lines\": [{\"sku\": \"BRG-6204\", \"description\": \"Ball bearing\", \"quantity\": 1, "
        + "\"unitPrice\": \"10\"}]}";
  }

  static String nwOrder(String poNumber) {
    return "{\"poNumber\": \"" + (poNumber == null ? Orders.northwindPoNumber() : poNumber) + "\", \"currency\": "
        + "\"USD\", \"lines\": [{\"sku\": \"BRG-6204\", \"quantity\": 1, \"unitPrice\": \"10\"}], "
        + "\"shipTo\": {\"name\": \"Receiving\", \"street\": \"1 Dock Rd\", \"city\": \"Dallas\", "
        + "\"postalCode\": \"75201\", \"country\": \"US\"}, \"notes\": \"ok\"}";
  }

  private static byte[] invalidUtf8Order() {
    return HostileInputs.concat(("{\"poNumber\": \"PO-1").getBytes(StandardCharsets.US_ASCII),
        new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF}, "\", \"currency\": \"USD\"}".getBytes());
  }

  private static byte[] invalidUtf8Event() {
    return HostileInputs.concat(("{\"id\": \"" + UUID.randomUUID() + "\", \"type\": \"shipment\", \"company\": \"")
        .getBytes(StandardCharsets.US_ASCII), new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF}, "\"}".getBytes());
  }

  String shipment(String quantity) {
    return "{\"id\": \"" + UUID.randomUUID() + "\", \"type\": \"shipment\", \"company\": \"northwind\", "
        + "\"poNumber\": \"" + orderInErpPoNumber + "\", \"lines\": [{\"sku\": \"BRG-6204\", \"quantity\": "
        + quantity + "}]}";
  }

  Reply submit(String user, String json) {
    return raw("POST", user, "/api/purchase-orders", "application/json", json.getBytes(StandardCharsets.UTF_8));
  }

  /** Sent in chunks, without a Content-Length: the limit must hold while the body is read. */
  Reply submitChunked(String json) {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/purchase-orders"))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("acmebuyer:demo".getBytes()))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(bytes))).build());
  }

  Reply submitRaw(String contentType, byte[] body) {
    return raw("POST", "acmebuyer", "/api/purchase-orders", contentType, body);
  }

  Reply revise(UUID id, String json) {
    return raw("POST", "nwbuyer", "/api/purchase-orders/" + id + "/revisions", "application/json",
        json.getBytes(StandardCharsets.UTF_8));
  }

  Reply list(String query) {
    return raw("GET", "nwbuyer", "/api/purchase-orders?" + query, null, null);
  }

  Reply upload(String fileName, byte[] content, String contentType) {
    return multipart("file", fileName, content, contentType);
  }

  Reply uploadField(String field, String fileName, byte[] content) {
    return multipart(field, fileName, content, "application/pdf");
  }

  private Reply multipart(String field, String fileName, byte[] content, String contentType) {
    String boundary = "----hostile" + UUID.randomUUID();
    var body = new ByteArrayOutputStream();
    body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
        + fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return raw("POST", "nwbuyer", "/api/purchase-orders/" + openOrder + "/document",
        "multipart/form-data; boundary=" + boundary, body.toByteArray());
  }

  Reply raw(String method, String user, String path, String contentType, byte[] body) {
    var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes()));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofByteArray(body));
    return send(request.build());
  }

  Reply erp(String body) {
    return erp(body.getBytes(StandardCharsets.UTF_8));
  }

  /** An event signed correctly over its exact bytes, so that it gets past the signature check to the parser. */
  Reply erp(byte[] body) {
    String timestamp = String.valueOf(Instant.now().getEpochSecond());
    String signature = signBytes(timestamp, body);
    return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/erp/events"))
        .header("Content-Type", "application/json").header("X-PoDesk-Timestamp", timestamp)
        .header("X-PoDesk-Signature", signature).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
  }

  /** HMAC-SHA256 over timestamp, '.', and the body's bytes as sent. */
  static String signBytes(String timestamp, byte[] body) {
    try {
      var mac = javax.crypto.Mac.getInstance("HmacSHA256");
      mac.init(new javax.crypto.spec.SecretKeySpec(ErpEvents.SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
      return "sha256=" + java.util.HexFormat.of().formatHex(mac.doFinal(body));
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private WebSession portalSession;

  Reply portalSubmit(Map<String, String> changes, byte[] pdf) {
    return portalSubmit(changes, pdf, "signed.pdf");
  }

  /** A multipart body cut off in the middle of its file, posted where the order form posts. */
  Reply portalTorn() {
    if (portalSession == null) {
      portalSession = WebSession.loggedIn(port, "acmebuyer");
    }
    String action = formAction(portalSession.get("/portal/orders/new").body());
    String body = "--xyz\r\nContent-Disposition: form-data; name=\"poNumber\"\r\n\r\nPO-123456\r\n--xyz\r\n"
        + "Content-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\nContent-Type: application/pdf"
        + "\r\n\r\n%PDF-1.7 and then noth";
    var response = portalSession.send(HttpRequest.newBuilder(URI.create(portalSession.base() + action))
        .header("Content-Type", "multipart/form-data; boundary=xyz")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
        response.body());
  }

  /** Where the order form posts, as the page says (the CSRF token rides in it). */
  private static String formAction(String page) {
    var action = java.util.regex.Pattern.compile("<form id=\"order-form\"[^>]*?action=\"([^\"]+)\"").matcher(page);
    assertThat(action.find()).as("the order form").isTrue();
    return org.springframework.web.util.HtmlUtils.htmlUnescape(action.group(1));
  }

  Reply portalSubmit(Map<String, String> changes, byte[] pdf, String fileName) {
    if (portalSession == null) {
      portalSession = WebSession.loggedIn(port, "acmebuyer");
    }
    String action = formAction(portalSession.get("/portal/orders/new").body());
    Map<String, String> form = new LinkedHashMap<>();
    form.put("poNumber", Orders.acmePoNumber());
    form.put("currency", "USD");
    form.put("lines[0].sku", "BRG-6204");
    form.put("lines[0].description", "Ball bearing 6204");
    form.put("lines[0].quantity", "1");
    form.put("lines[0].unitPrice", "10.00");
    form.put("notes", "Deliver to dock 4");
    form.putAll(changes);
    var response = portalSession.postMultipart(action, form, "file", fileName,
        pdf == null ? HostileInputs.onePage() : pdf, "application/pdf");
    return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
        response.body());
  }

  Reply portalGet(String path) {
    if (portalSession == null) {
      portalSession = WebSession.loggedIn(port, "acmebuyer");
    }
    var response = portalSession.get(path);
    return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
        response.body());
  }

  private Reply send(HttpRequest request) {
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
          response.body());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String abbreviate(String body) {
    return body == null || body.length() < 600 ? body : body.substring(0, 600) + "…";
  }
}
