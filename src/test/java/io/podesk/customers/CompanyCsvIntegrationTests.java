package io.podesk.customers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.podesk.support.Api;
import io.podesk.support.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Companies by CSV: a dry run lists every error by row and column and changes nothing; an import is all or nothing. */
@IntegrationTest
class CompanyCsvIntegrationTests {

  private static final String HEADER = String.join(",", CompanyCsv.COLUMNS);

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  Api api;

  @BeforeEach
  void setUp() {
    api = new Api(port);
  }

  @Test
  void aDryRunWithBadRowsListsEachErrorByRowAndColumnAndChangesNothing() throws Exception {
    String good = newCode();
    String bad = newCode();
    String csv = HEADER + "\n"
        + row(good, "NET_45", "50000", "salesrep") + "\n"
        + row(bad, "NET_SOON", "-5", "salesrep") + "\n"
        + row(good, "NET_30", "100", "salesrep") + "\n";

    HttpResponse<String> dryRun = post(csv, true);

    assertThat(dryRun.statusCode()).as(dryRun.body()).isEqualTo(200);
    JsonNode report = new ObjectMapper().readTree(dryRun.body());
    assertThat(report.get("rows").asInt()).isEqualTo(3);
    assertThat(StreamSupport.stream(report.get("errors").spliterator(), false)
        .map(e -> e.get("row").asInt() + ":" + e.get("column").asText()))
        .containsExactlyInAnyOrder("3:payment_terms", "3:credit_limit", "4:code");
    assertThat(companies(good, bad)).isZero();

    HttpResponse<String> refused = post(csv, false);
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
    assertThat(refused.body()).contains("row 3, credit_limit").contains("nothing was imported");
    assertThat(companies(good, bad)).as("all or nothing").isZero();
  }

  @Test
  void aGoodImportTwiceCreatesEverythingOnceAndTheExportReadsItBack() throws Exception {
    String first = newCode();
    String second = newCode();
    String csv = HEADER + "\n" + row(first, "NET_45", "50000", "salesrep") + "\n"
        + row(second, "EOM_30", "1250.50", "salesrep") + "\n";

    HttpResponse<String> imported = post(csv, false);
    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
    assertThat(imported.body()).contains("\"created\":[\"" + first + "\",\"" + second + "\"]");
    HttpResponse<String> again = post(csv, false);
    assertThat(again.body()).contains("\"created\":[]").contains("\"unchanged\":[\"" + first + "\",\"" + second + "\"]");
    assertThat(companies(first, second)).isEqualTo(2);
    assertThat(jdbc.queryForObject("select count(*) from audit_events where subject_id in (?, ?) and type = 'CREATED'",
        Long.class, first, second)).isEqualTo(2);
    assertThat(api.get("admin", "/api/admin/companies/" + second).json().get("paymentTerms").get("type").asText())
        .isEqualTo("END_OF_MONTH");

    String exported = api.get("admin", "/api/admin/companies.csv").body();
    assertThat(exported).startsWith(HEADER).contains(first + ",Imported " + first + ",USD,NET_45");
    assertThat(post(exported, true).body()).as("the export imports as it is").contains("\"errors\":[]")
        .contains("\"created\":[]");
  }

  private HttpResponse<String> post(String csv, boolean dryRun) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + port + "/api/admin/companies/import?dryRun=" + dryRun))
        .header("Content-Type", "text/csv")
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:demo".getBytes(
            StandardCharsets.UTF_8)))
        .POST(HttpRequest.BodyPublishers.ofString(csv)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private long companies(String a, String b) {
    return jdbc.queryForObject("select count(*) from customers where id in (?, ?)", Long.class, a, b);
  }

  /** A row in the columns' order. */
  private static String row(String code, String terms, String creditLimit, String salesRep) {
    return String.join(",", code, "Imported " + code, "USD", terms, "true", "\"^IM-\\d{4}$\"", "IM-0001", "false",
        "false", creditLimit, "7", "1", "smb", "NA", "low", salesRep, "2", "7", "3650");
  }

  private static String newCode() {
    return "csv" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  }
}
