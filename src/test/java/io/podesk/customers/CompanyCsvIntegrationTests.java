package io.podesk.customers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.podesk.support.Api;
import io.podesk.support.IntegrationTest;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Companies, their people and authority limits by CSV: a dry run lists every error by row and column and changes nothing; an import is all or nothing. */
@IntegrationTest
class CompanyCsvIntegrationTests {

  private static final String HEADER = String.join(",", CompanyCsv.COLUMNS);
  private static final String PEOPLE = String.join(",", CompanyPeopleCsv.COLUMNS);
  private static final String LIMITS = "kind,name,limit,currency";

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
    assertThat(api.get("admin", "/api/admin/companies/" + second).json().get("pricePolicy").get("action").asText())
        .isEqualTo("REFUSE");

    String exported = api.get("admin", "/api/admin/companies.csv").body();
    assertThat(exported).startsWith(HEADER).contains(first + ",Imported " + first + ",USD,NET_45");
    assertThat(post(exported, true).body()).as("the export imports as it is").contains("\"errors\":[]")
        .contains("\"created\":[]");
  }

  @Test
  void companyPeopleADryRunWithBadRowsListsEachErrorAndChangesNothing() throws Exception {
    String good = newUser();
    String twice = newUser();
    String csv = PEOPLE + "\n"
        + String.join(",", good, "northwind", "BUYER", "Ann Good", good + "@northwind.example", "5000", "true") + "\n"
        + String.join(",", newUser(), "northwind", "CHIEF", "Bad Role", "not-an-address", "", "true") + "\n"
        + String.join(",", newUser(), "northwind", "APPROVER", "Limit Holder", "a@northwind.example", "100", "true")
        + "\n"
        + String.join(",", newUser(), "nosuchcompany", "BUYER", "Lost", "l@x.example", "", "true") + "\n"
        + String.join(",", "salesrep", "northwind", "BUYER", "Staff Name", "s@northwind.example", "", "true") + "\n"
        + String.join(",", twice, "northwind", "BUYER", "Twice", twice + "@northwind.example", "", "true") + "\n"
        + String.join(",", twice, "northwind", "BUYER", "Twice", twice + "@northwind.example", "", "true") + "\n"
        + String.join(",", "nwbuyer", "acme", "BUYER", "Moved", "nw@acme.example", "", "true") + "\n"
        + String.join(",", newUser(), "northwind", "BUYER", "Lim It", "li@northwind.example", "lots", "maybe") + "\n";

    HttpResponse<String> dryRun = post("/api/admin/company-users/import", csv, true);

    assertThat(dryRun.statusCode()).as(dryRun.body()).isEqualTo(200);
    assertThat(errorsOf(dryRun)).containsExactlyInAnyOrder("3:role", "3:email", "4:spend_limit", "5:company",
        "6:username", "8:username", "9:company", "10:spend_limit", "10:active");
    assertThat(jdbc.queryForObject("select count(*) from company_users where user_id in (?, ?)", Long.class, good,
        twice)).isZero();

    HttpResponse<String> refused = post("/api/admin/company-users/import", csv, false);
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("row 3, role").contains("nothing was imported");
    assertThat(jdbc.queryForObject("select count(*) from company_users where user_id in (?, ?)", Long.class, good,
        twice)).as("all or nothing").isZero();
    assertThat(jdbc.queryForObject("select count(*) from invitations where user_id = ?", Long.class, good)).isZero();
  }

  @Test
  void companyPeopleAGoodImportTwiceInvitesOnceThenChangesAndDeactivatesByRow() throws Exception {
    String buyer = newUser();
    String approver = newUser();
    String csv = PEOPLE + "\n"
        + String.join(",", buyer, "northwind", "BUYER", "Bea Buyer", buyer + "@northwind.example", "5000", "true")
        + "\n"
        + String.join(",", approver, "northwind", "APPROVER", "Abe Approver", approver + "@northwind.example", "",
            "true") + "\n";

    HttpResponse<String> imported = post("/api/admin/company-users/import", csv, false);
    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
    assertThat(imported.body()).contains("\"created\":[\"" + buyer + "\",\"" + approver + "\"]");
    assertThat(post("/api/admin/company-users/import", csv, false).body()).contains("\"created\":[]")
        .contains("\"unchanged\":[\"" + buyer + "\",\"" + approver + "\"]");
    assertThat(jdbc.queryForObject("select count(*) from invitations where user_id in (?, ?)", Long.class, buyer,
        approver)).as("each invited once").isEqualTo(2);
    assertThat(jdbc.queryForObject("select spend_limit from company_users where user_id = ?", BigDecimal.class,
        buyer)).isEqualByComparingTo("5000");

    String changed = PEOPLE + "\n"
        + String.join(",", buyer, "northwind", "BUYER", "Bea Buyer", buyer + "@northwind.example", "7500", "true")
        + "\n"
        + String.join(",", approver, "northwind", "APPROVER", "Abe Approver", approver + "@northwind.example", "",
            "false") + "\n";
    HttpResponse<String> second = post("/api/admin/company-users/import", changed, false);
    assertThat(second.body()).as(second.body()).contains("\"updated\":[\"" + buyer + "\",\"" + approver + "\"]");
    assertThat(jdbc.queryForObject("select spend_limit from company_users where user_id = ?", BigDecimal.class,
        buyer)).isEqualByComparingTo("7500");
    assertThat(jdbc.queryForObject("select active from company_users where user_id = ?", Boolean.class, approver))
        .isFalse();
    assertThat(jdbc.queryForList("select type from audit_events where subject_id = ? order by occurred_at",
        String.class, buyer)).containsExactly("CREATED", "INVITED", "CHANGED");
    assertThat(jdbc.queryForObject("select count(*) from audit_events where subject_kind = 'PERSON' and subject_id ="
        + " '*import*' and type = 'IMPORTED'", Long.class)).isGreaterThanOrEqualTo(3);

    String exported = api.get("admin", "/api/admin/company-users.csv").body();
    assertThat(exported).startsWith(PEOPLE).contains(buyer + ",northwind,BUYER,Bea Buyer," + buyer
        + "@northwind.example,7500.00,true").contains(approver + ",northwind,APPROVER,Abe Approver," + approver
        + "@northwind.example,,false");
    assertThat(post("/api/admin/company-users/import", exported, true).body()).as("the export imports as it is")
        .contains("\"errors\":[]").contains("\"created\":[]").contains("\"updated\":[]");
  }

  @Test
  void authorityLimitsADryRunListsErrorsAndAGoodImportTwiceSetsEachOnce() throws Exception {
    String staff = newUser();
    assertThat(api.postJson("admin", "/api/admin/staff", """
        {"username": "%s", "name": "Lim Staff", "email": "%s@seller.example", "groups": ["salesmanagers"]}
        """.formatted(staff, staff)).status()).isEqualTo(201);
    String bad = LIMITS + "\n"
        + "person," + staff + ",30000,USD\n"
        + "boss," + staff + ",1,USD\n"
        + "person,nwbuyer,100,\n"
        + "group,creditcontrol,-5,\n"
        + "group,creditcontrol,5,EUR\n"
        + "person," + staff + ",10.123,\n";

    HttpResponse<String> dryRun = post("/api/admin/authority-limits/import", bad, true);
    assertThat(errorsOf(dryRun)).as(dryRun.body()).containsExactlyInAnyOrder("3:kind", "4:name", "5:limit",
        "6:name", "6:currency", "7:name", "7:limit");
    assertThat(post("/api/admin/authority-limits/import", bad, false).statusCode()).isEqualTo(400);
    assertThat(api.get("admin", "/api/admin/authority-limits/" + staff + "/history").json()).isEmpty();

    String good = LIMITS + "\nperson," + staff + ",30000,USD\ngroup,creditcontrol,150000,\n";
    HttpResponse<String> imported = post("/api/admin/authority-limits/import", good, false);
    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
    assertThat(imported.body()).contains(staff);
    assertThat(post("/api/admin/authority-limits/import", good, false).body())
        .contains("\"unchanged\":[\"" + staff + "\",\"group:creditcontrol\"]");
    assertThat(api.get("admin", "/api/admin/authority-limits/" + staff + "/history").json()).hasSize(1);
    assertThat(api.get("admin", "/api/admin/authority-limits.csv").body()).startsWith(LIMITS)
        .contains("person," + staff + ",30000.00,USD").contains("group,creditcontrol,150000.00,USD");
  }

  private List<String> errorsOf(HttpResponse<String> report) throws Exception {
    return StreamSupport.stream(new ObjectMapper().readTree(report.body()).get("errors").spliterator(), false)
        .map(e -> e.get("row").asInt() + ":" + e.get("column").asText()).toList();
  }

  private HttpResponse<String> post(String csv, boolean dryRun) throws Exception {
    return post("/api/admin/companies/import", csv, dryRun);
  }

  private HttpResponse<String> post(String path, String csv, boolean dryRun) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + port + path + "?dryRun=" + dryRun))
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
        "false", creditLimit, "7", "1", "smb", "NA", "low", salesRep, "2", "7", "3650", "REFUSE", "5");
  }

  private static String newUser() {
    return "csv" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  }

  private static String newCode() {
    return "csv" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  }
}
