package io.podesk.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podesk.support.Api;
import io.podesk.support.IntegrationTest;
import io.podesk.support.Jobs;
import io.podesk.support.WebSession;
import java.time.Duration;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The seller admin's company API, {@code /api/admin/companies}: onboarding, changes, deactivation, audit. */
@IntegrationTest
class CompanyAdminIntegrationTests {

  private static final String COMPANIES = "/api/admin/companies";
  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired CustomerOnboarding onboarding;
  @Autowired IdentityService identity;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired RuntimeService runtime;
  Api api;

  @BeforeEach
  void setUp() {
    api = new Api(port);
  }

  @Test
  void createsACompanyWithNet45AndItsOwnPoNumberRuleAndAuditsIt() {
    String code = newCode();
    var created = api.postJson("admin", COMPANIES, initech(code, "^IN-\\\\d{4}$", "IN-0001"));

    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.location()).isEqualTo(COMPANIES + "/" + code);
    JsonNode company = api.get("admin", created.location()).json();
    assertThat(company.get("name").asText()).isEqualTo("Initech " + code);
    assertThat(company.get("paymentTerms").get("type").asText()).isEqualTo("NET");
    assertThat(company.get("paymentTerms").get("days").asInt()).isEqualTo(45);
    assertThat(company.get("poNumber").get("pattern").asText()).isEqualTo("^IN-\\d{4}$");
    assertThat(company.get("creditLimit").decimalValue()).isEqualByComparingTo("50000");
    assertThat(company.get("shipTos")).hasSize(2);
    assertThat(company.get("shipTos").get(1).get("city").asText()).isEqualTo("Austin");
    assertThat(company.get("billingAddress").get("country").asText()).isEqualTo("US");
    assertThat(company.get("active").asBoolean()).isTrue();
    assertThat(company.get("documentReminderDays").asInt()).isEqualTo(2);
    assertThat(company.get("retentionDays").asInt()).isEqualTo(3650);

    JsonNode history = api.get("admin", created.location() + "/history").json();
    assertThat(history).hasSize(1);
    assertThat(history.get(0).get("type").asText()).isEqualTo("CREATED");
    assertThat(history.get(0).get("actor").asText()).isEqualTo("admin");
    assertThat(history.get(0).has("before")).as("nothing before a company is created").isFalse();
    assertThat(history.get(0).get("after").get("paymentTerms").get("days").asInt()).isEqualTo(45);

    assertThat(StreamSupport.stream(api.get("admin", COMPANIES).json().spliterator(), false)
        .map(c -> c.get("code").asText())).contains(code, "acme");
  }

  @Test
  void aSecondCompanyWithTheSameCodeIsAConflictAndChangesNothing() {
    String code = newCode();
    assertThat(api.postJson("admin", COMPANIES, initech(code, null, null)).status()).isEqualTo(201);

    var again = api.postJson("admin", COMPANIES, initech(code, null, null).replace("Initech", "Other"));

    assertThat(again.status()).isEqualTo(409);
    assertThat(again.contentType()).startsWith("application/problem+json");
    assertThat(again.json().get("detail").asText()).contains(code);
    assertThat(api.get("admin", COMPANIES + "/" + code).json().get("name").asText()).startsWith("Initech");
    assertThat(api.get("admin", COMPANIES + "/" + code + "/history").json()).hasSize(1);
  }

  static List<Arguments> badCompanies() {
    return List.of(
        Arguments.of("an invalid pattern", "\"poNumber\": {\"required\": true, \"pattern\": \"^IN-(\\\\d{4}$\"}",
            "poNumber.pattern", "not a valid regular expression"),
        Arguments.of("an example the pattern refuses",
            "\"poNumber\": {\"required\": true, \"pattern\": \"^IN-\\\\d{4}$\", \"example\": \"XX-1\"}",
            "poNumber.example", "does not match"),
        Arguments.of("a negative credit limit", "\"creditLimit\": \"-1\"", "creditLimit", "negative"),
        Arguments.of("an unknown currency", "\"currency\": \"XYZ\"", "currency", "ISO 4217"),
        Arguments.of("a currency without a rate", "\"currency\": \"JPY\"", "currency", "add a rate"),
        Arguments.of("net 0", "\"paymentTerms\": {\"type\": \"NET\", \"days\": 0}", "paymentTerms.days",
            "between 1 and 365"),
        Arguments.of("unknown terms", "\"paymentTerms\": {\"type\": \"NET_SOMETIME\"}", "paymentTerms.type",
            "NET, DUE_ON_RECEIPT or END_OF_MONTH"),
        Arguments.of("a sales rep who is not staff", "\"salesRep\": \"acmebuyer\"", "salesRep", "not one of the"),
        Arguments.of("a code with capitals", "\"code\": \"InItech\"", "code", "lower-case"),
        Arguments.of("a cancel period before the reminder",
            "\"documentReminderDays\": 5, \"documentCancelDays\": 3", "documentCancelDays", "later than"),
        Arguments.of("a ship-to without a country",
            "\"shipTos\": [{\"name\": \"Dock\", \"street\": \"1 Main\", \"city\": \"X\", \"postalCode\": \"1\"}]",
            "shipTos[0].country", "ISO 3166"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badCompanies")
  void refusesABadCompanyWithProblemDetailsAndStoresNothing(String what, String override, String field,
      String message) {
    String code = newCode();
    String body = withOverride(initech(code, "^IN-\\\\d{4}$", "IN-0001"), override);

    var refused = api.postJson("admin", COMPANIES, body);

    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(StreamSupport.stream(refused.json().get("errors").spliterator(), false))
        .anySatisfy(error -> {
          assertThat(error.get("field").asText()).isEqualTo(field);
          assertThat(error.get("message").asText()).contains(message);
        });
    assertThat(jdbc.queryForObject("select count(*) from customers where id = ?", Long.class, code)).isZero();
    assertThat(jdbc.queryForObject("select count(*) from audit_events where subject_id = ?", Long.class, code))
        .isZero();
  }

  @Test
  void aPersonOfAnotherCompanyCannotBeAddedAgainAndLimitsMustBeSound() {
    String code = newCode();
    api.postJson("admin", COMPANIES, initech(code, null, null));

    var taken = api.postJson("admin", COMPANIES + "/" + code + "/users", """
        {"username": "acmebuyer", "name": "Alice Again", "email": "alice@initech.example", "role": "BUYER"}
        """);
    assertThat(taken.status()).isEqualTo(409);
    assertThat(taken.contentType()).startsWith("application/problem+json");
    assertThat(taken.json().get("detail").asText()).contains("another company");
    var badPerson = api.postJson("admin", COMPANIES + "/" + code + "/users", """
        {"username": "Bad Name", "name": "", "email": "not-a-mail", "role": "OWNER", "spendLimit": "-1"}
        """);
    assertThat(badPerson.status()).isEqualTo(400);
    assertThat(badPerson.json().findValuesAsText("field")).contains("username", "name", "email", "role");
    assertThat(jdbc.queryForObject("select count(*) from company_users where customer_id = ?", Long.class, code))
        .isZero();

    var negative = api.send("PUT", "admin", "/api/admin/authority-limits/salesrep", "{\"limit\": \"-1\"}");
    assertThat(negative.status()).isEqualTo(400);
    assertThat(negative.json().findValuesAsText("field")).contains("limit");
    assertThat(api.send("PUT", "admin", "/api/admin/authority-limits/acmebuyer", "{\"limit\": \"10\"}").status())
        .as("buyers have no authority limit").isEqualTo(404);
    assertThat(api.send("PUT", "salesmanager", "/api/admin/authority-limits/salesrep", "{\"limit\": \"9\"}")
        .status()).isEqualTo(403);
  }

  @Test
  void onlyASellerAdminManagesCompanies() {
    assertThat(api.postJson("salesmanager", COMPANIES, initech(newCode(), null, null)).status()).isEqualTo(403);
    assertThat(api.get("acmebuyer", COMPANIES + "/acme").status()).isEqualTo(403);
    assertThat(api.get("admin", COMPANIES + "/nosuchcompany").status()).isEqualTo(404);
  }

  @Test
  void anOrderKeepsTheRuleAndTermsItWasSubmittedUnder() {
    String code = newCode();
    api.postJson("admin", COMPANIES, initech(code, "^IN-\\\\d{4}$", "IN-0001"));
    String buyer = buyerOf(code);
    var order = api.postJson(buyer, "/api/purchase-orders", order("IN-0042"));
    assertThat(order.status()).as(order.body()).isEqualTo(201);
    String orderId = order.json().get("id").asText();

    var changed = api.send("PUT", "admin", COMPANIES + "/" + code,
        withOverride(initech(code, "^NEW-\\\\d{6}$", "NEW-000001"), "\"paymentTerms\": {\"type\": \"END_OF_MONTH\", "
            + "\"days\": 30}"));
    assertThat(changed.status()).as(changed.body()).isEqualTo(200);

    assertThat(jdbc.queryForMap("select payment_terms, po_number_pattern from purchase_orders where id = ?",
        UUID.fromString(orderId))).containsEntry("payment_terms", "NET_45")
        .containsEntry("po_number_pattern", "^IN-\\d{4}$");
    var newOrderWithTheOldRule = api.postJson(buyer, "/api/purchase-orders", order("IN-0043"));
    assertThat(newOrderWithTheOldRule.status()).isEqualTo(400);
    assertThat(newOrderWithTheOldRule.body()).contains("NEW-000001");
    assertThat(api.postJson(buyer, "/api/purchase-orders", order("NEW-123456")).status()).isEqualTo(201);

    JsonNode change = api.get("admin", COMPANIES + "/" + code + "/history").json().get(0);
    assertThat(change.get("type").asText()).isEqualTo("CHANGED");
    assertThat(change.get("before").get("poNumber").get("pattern").asText()).isEqualTo("^IN-\\d{4}$");
    assertThat(change.get("after").get("poNumber").get("pattern").asText()).isEqualTo("^NEW-\\d{6}$");
    assertThat(change.get("after").get("paymentTerms").get("type").asText()).isEqualTo("END_OF_MONTH");
  }

  @Test
  void aDeactivatedCompanySubmitsNothingNewAndOneWithOrdersIsNeverDeleted() {
    String code = newCode();
    api.postJson("admin", COMPANIES, initech(code, null, null));
    String buyer = buyerOf(code);
    assertThat(api.postJson(buyer, "/api/purchase-orders", order("A-1")).status()).isEqualTo(201);

    assertThat(api.post("admin", COMPANIES + "/" + code + "/deactivate").json().get("active").asBoolean()).isFalse();
    var refused = api.postJson(buyer, "/api/purchase-orders", order("A-2"));
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.json().get("detail").asText()).contains("deactivated");

    var delete = api.send("DELETE", "admin", COMPANIES + "/" + code, null);
    assertThat(delete.status()).isEqualTo(409);
    assertThat(delete.json().get("detail").asText()).contains("deactivate");

    api.post("admin", COMPANIES + "/" + code + "/reactivate");
    assertThat(api.postJson(buyer, "/api/purchase-orders", order("A-3")).status()).isEqualTo(201);
    assertThat(StreamSupport.stream(api.get("admin", COMPANIES + "/" + code + "/history").json().spliterator(), false)
        .map(c -> c.get("type").asText())).containsExactly("REACTIVATED", "DEACTIVATED", "CREATED");
  }

  @Test
  void poNumbersAreComparedAsTheCompanySaysAndThoseOfCancelledOrdersComeFree() {
    String code = newCode();
    api.postJson("admin", COMPANIES, withOverride(initech(code, null, null),
        "\"poNumber\": {\"required\": true, \"pattern\": \"^in-\\\\d{4}$\", \"ignoreCase\": true}"));
    String buyer = buyerOf(code);
    var first = api.postJson(buyer, "/api/purchase-orders", order("IN-0007 "));
    assertThat(first.status()).as(first.body()).isEqualTo(201);
    String firstId = first.json().get("id").asText();

    assertThat(api.postJson(buyer, "/api/purchase-orders", order("in-0007")).status())
        .as("the same number in other case, the company ignoring case").isEqualTo(409);
    assertThat(api.post(buyer, "/api/purchase-orders/" + firstId + "/cancel").status()).isEqualTo(200);
    var again = api.postJson(buyer, "/api/purchase-orders", order("in-0007"));
    assertThat(again.status()).as("a cancelled order's number is free: " + again.body()).isEqualTo(201);

    var resubmitted = api.postJson(buyer, "/api/purchase-orders/" + firstId + "/revisions", order("IN-0007"));
    assertThat(resubmitted.status()).as("its number is taken again").isEqualTo(409);
    assertThat(api.post(buyer, "/api/purchase-orders/" + again.json().get("id").asText() + "/cancel").status())
        .isEqualTo(200);
    var revived = api.postJson(buyer, "/api/purchase-orders/" + firstId + "/revisions", order("IN-0007"));
    assertThat(revived.status()).as(revived.body()).isEqualTo(201);
    assertThat(revived.json().get("status").asText()).isEqualTo("SUBMITTED");
    assertThat(revived.json().get("revision").asInt()).isEqualTo(2);
  }

  @Test
  void aDeactivatedPersonLosesSessionsLinksAndTasksWhichGoToTheOtherApprovers() {
    String code = newCode();
    api.postJson("admin", COMPANIES, initech(code, null, null));
    String buyer = personOf(code, code + "buyer", CompanyRole.BUYER, new BigDecimal("5"));
    String leaving = personOf(code, code + "ap1", CompanyRole.APPROVER, null);
    String staying = personOf(code, code + "ap2", CompanyRole.APPROVER, null);
    var order = api.postJson(buyer, "/api/purchase-orders", order("A-1"));
    UUID id = UUID.fromString(order.json().get("id").asText());
    new Jobs(management, runtime).runDue(id);
    var task = tasks.createTaskQuery().processInstanceBusinessKey(id.toString()).singleResult();
    assertThat(task).as("the company's approval, above the buyer's limit of 5").isNotNull();
    tasks.setAssignee(task.getId(), leaving);
    WebSession session = WebSession.loggedIn(port, leaving);
    assertThat(session.get("/portal").statusCode()).isEqualTo(200);
    await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
        "select count(*) from action_links where recipient = ?", Long.class, leaving) > 0);

    var deactivated = api.post("admin", COMPANIES + "/" + code + "/users/" + leaving + "/deactivate");

    assertThat(deactivated.status()).as(deactivated.body()).isEqualTo(200);
    var ended = session.get("/portal");
    assertThat(ended.statusCode()).isEqualTo(302);
    assertThat(ended.headers().firstValue("Location").orElseThrow()).contains("/login");
    assertThat(api.get(leaving, "/api/purchase-orders").status()).as("the password is gone too").isEqualTo(401);
    await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
      assertThat(tasks.createTaskQuery().taskId(task.getId()).singleResult().getAssignee())
          .as("back with the company's approvers").isNull();
      assertThat(jdbc.queryForObject("select count(*) from action_links where recipient = ? and used_at is null",
          Long.class, leaving)).as("the leaver's mail links").isZero();
    });
    assertThat(tasks.createTaskQuery().taskId(task.getId()).taskCandidateUser(staying).count())
        .as("the other approver sees it").isEqualTo(1);
    assertThat(api.get("admin", COMPANIES + "/" + code + "/users").json().findValuesAsText("username"))
        .contains(leaving);
    assertThat(jdbc.queryForList("select type from audit_events where subject_id = ?", String.class, leaving))
        .contains("DEACTIVATED");
  }

  @Test
  void aCompanyCreatedByMistakeIsRemovedWithItsRemovalAudited() {
    String code = newCode();
    api.postJson("admin", COMPANIES, initech(code, null, null));

    assertThat(api.send("DELETE", "admin", COMPANIES + "/" + code, null).status()).isEqualTo(204);

    assertThat(api.get("admin", COMPANIES + "/" + code).status()).isEqualTo(404);
    assertThat(jdbc.queryForList("select type from audit_events where subject_id = ? order by occurred_at",
        String.class, code)).containsExactly("CREATED", "DELETED");
  }

  @Test
  void aCompanyAdminManagesTheirOwnCompanysPeopleInThePortalAndNoOtherCompanys() {
    String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    String nwAdmin = personOf("northwind", "nwadmin" + suffix, CompanyRole.COMPANY_ADMIN, null);
    String acmeAdmin = personOf("acme", "acmeadmin" + suffix, CompanyRole.COMPANY_ADMIN, null);
    String newBuyer = "nwnew" + suffix;
    WebSession northwind = WebSession.loggedIn(port, nwAdmin);
    WebSession acme = WebSession.loggedIn(port, acmeAdmin);

    var page = northwind.get("/portal/company");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Northwind Health").contains("nwbuyer").doesNotContain("acmebuyer");

    // the company is the admin's own whatever the form says
    var invited = northwind.post("/portal/company/people", java.util.Map.of("username", newBuyer, "name",
        "Nia New", "email", newBuyer + "@northwind.example", "role", "BUYER", "spendLimit", "4000",
        "company", "acme"));
    assertThat(invited.statusCode()).isEqualTo(302);
    assertThat(jdbc.queryForObject("select customer_id from company_users where user_id = ?", String.class,
        newBuyer)).isEqualTo("northwind");
    assertThat(jdbc.queryForObject("select count(*) from invitations where user_id = ?", Long.class, newBuyer))
        .isEqualTo(1);

    var refused = northwind.post("/portal/company/people", java.util.Map.of("username", "nwbad" + suffix, "name",
        "Bad Mail", "email", "not-an-address", "role", "BUYER"));
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("email must be a mail address");
    assertThat(jdbc.queryForObject("select count(*) from company_users where user_id = ?", Long.class,
        "nwbad" + suffix)).isZero();

    // another company's admin neither sees nor touches the person
    assertThat(acme.get("/portal/company").body()).doesNotContain(newBuyer).doesNotContain("nwbuyer");
    acme.get("/portal/company");
    assertThat(acme.post("/portal/company/people/" + newBuyer + "/deactivate", java.util.Map.of()).statusCode())
        .isEqualTo(404);
    assertThat(acme.post("/portal/company/people/" + newBuyer + "/spend-limit", java.util.Map.of("spendLimit",
        "999999")).statusCode()).isEqualTo(404);
    assertThat(jdbc.queryForObject("select active from company_users where user_id = ?", Boolean.class, newBuyer))
        .isTrue();

    northwind.get("/portal/company");
    assertThat(northwind.post("/portal/company/people/" + newBuyer + "/spend-limit", java.util.Map.of("spendLimit",
        "6500")).statusCode()).isEqualTo(302);
    assertThat(jdbc.queryForObject("select spend_limit from company_users where user_id = ?", BigDecimal.class,
        newBuyer)).isEqualByComparingTo("6500");
    assertThat(northwind.post("/portal/company/people/" + newBuyer + "/deactivate", java.util.Map.of())
        .statusCode()).isEqualTo(302);
    assertThat(jdbc.queryForObject("select active from company_users where user_id = ?", Boolean.class, newBuyer))
        .isFalse();
    assertThat(jdbc.queryForList("select type || ':' || actor from audit_events where subject_id = ?"
        + " order by occurred_at", String.class, newBuyer)).contains("CREATED:" + nwAdmin, "CHANGED:" + nwAdmin,
        "DEACTIVATED:" + nwAdmin);

    // buyers and the seller's admin are not company admins
    assertThat(WebSession.loggedIn(port, "nwbuyer").get("/portal/company").statusCode()).isEqualTo(403);
    assertThat(WebSession.loggedIn(port, "admin").get("/portal/company").statusCode()).isEqualTo(403);
  }

  @Test
  void theSellerAdminDeactivatesACompanysPersonFromTheAdminPage() {
    String buyer = personOf("northwind", "nwgone" + UUID.randomUUID().toString().replace("-", "").substring(0, 8),
        CompanyRole.BUYER, new BigDecimal("100"));
    WebSession admin = WebSession.loggedIn(port, "admin");
    assertThat(admin.get("/admin/companies/northwind").body()).contains("deactivate-" + buyer);

    var done = admin.post("/admin/companies/northwind/users/" + buyer + "/deactivate", java.util.Map.of());

    assertThat(done.statusCode()).isEqualTo(302);
    assertThat(jdbc.queryForObject("select active from company_users where user_id = ?", Boolean.class, buyer))
        .isFalse();
    String page = admin.get("/admin/companies/northwind").body();
    assertThat(page).contains("is deactivated").doesNotContain("deactivate-" + buyer);
    assertThat(identity.createUserQuery().userId(buyer).singleResult()).isNotNull();
    assertThat(identity.createGroupQuery().groupMember(buyer).count()).as("the login is closed").isZero();
  }

  @Test
  void theSellerProfileIsCheckedFieldByFieldAuditedAndOnlyForAdmins() throws Exception {
    JsonNode demo = api.get("admin", "/api/admin/seller-profile").json();
    assertThat(demo.get("address").get("name").asText()).isEqualTo("PO Desk Demo Supplies Inc.");
    assertThat(api.send("PUT", "nwbuyer", "/api/admin/seller-profile", demo.toString()).status()).isEqualTo(403);
    assertThat(api.send("PUT", "salesmanager", "/api/admin/seller-profile", demo.toString()).status())
        .isEqualTo(403);

    var refused = api.send("PUT", "admin", "/api/admin/seller-profile", """
        {"address": {"name": "", "street": "1 Way", "city": "Town", "postalCode": "1", "country": "XX"},
         "taxId": "!!", "email": "nobody"}
        """);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(StreamSupport.stream(refused.json().get("errors").spliterator(), false)
        .map(error -> error.get("field").asText())).containsExactlyInAnyOrder("address.name", "address.country",
        "taxId", "email");
    assertThat(api.send("PUT", "admin", "/api/admin/seller-profile", "{}").json().get("errors").get(0).get("field")
        .asText()).isEqualTo("address");
    assertThat(api.get("admin", "/api/admin/seller-profile").json()).as("nothing stored").isEqualTo(demo);

    ObjectNode changed = demo.deepCopy();
    changed.put("email", "accounts@podesk-demo.example");
    try {
      var saved = api.send("PUT", "admin", "/api/admin/seller-profile", changed.toString());
      assertThat(saved.status()).as(saved.body()).isEqualTo(200);
      assertThat(api.get("admin", "/api/admin/seller-profile").json().get("email").asText())
          .isEqualTo("accounts@podesk-demo.example");
      assertThat(jdbc.queryForObject("select count(*) from audit_events where subject_kind = 'SELLER' and type ="
          + " 'CHANGED' and actor = 'admin' and after_state like '%accounts@podesk-demo.example%'", Long.class))
          .isEqualTo(1);
    } finally {
      // other tests read the demo profile off invoices
      assertThat(api.send("PUT", "admin", "/api/admin/seller-profile", demo.toString()).status()).isEqualTo(200);
    }
  }

  @Test
  void eachCompanyHasAPricePolicyThatTheAdminSetsAndTheApiChecks() {
    JsonNode northwind = api.get("admin", COMPANIES + "/northwind").json().get("pricePolicy");
    assertThat(northwind.get("action").asText()).isEqualTo("REFUSE");
    assertThat(northwind.get("tolerancePercent").decimalValue()).isEqualByComparingTo("5");
    assertThat(api.get("admin", COMPANIES + "/acme").json().get("pricePolicy").get("action").asText())
        .isEqualTo("FLAG");
    assertThat(api.get("admin", COMPANIES + "/globex").json().get("pricePolicy").get("action").asText())
        .isEqualTo("ACCEPT");

    String code = newCode();
    var refused = api.postJson("admin", COMPANIES, withOverride(initech(code, null, null),
        "\"pricePolicy\": {\"action\": \"REFUSE\", \"tolerancePercent\": 150}"));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body()).contains("pricePolicy.tolerancePercent");
    var created = api.postJson("admin", COMPANIES, withOverride(initech(code, null, null),
        "\"pricePolicy\": {\"action\": \"ACCEPT\", \"tolerancePercent\": 2.5}"));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(api.get("admin", COMPANIES + "/" + code).json().get("pricePolicy").get("tolerancePercent")
        .decimalValue()).isEqualByComparingTo("2.5");
    var withoutPolicy = api.postJson("admin", COMPANIES, initech(newCode(), null, null));
    assertThat(withoutPolicy.json().get("pricePolicy").get("action").asText()).as("the default").isEqualTo("FLAG");
  }

  private String buyerOf(String code) {
    return personOf(code, code + "buyer", CompanyRole.BUYER, new BigDecimal("100000"));
  }

  /** A person of the company with a login (password demo) in their role's groups. */
  private String personOf(String code, String userId, CompanyRole role, BigDecimal spendLimit) {
    onboarding.addPerson(new CompanyPerson(userId, code, role, "Pat Person", userId + "@example.com", spendLimit));
    User user = identity.newUser(userId);
    user.setFirstName("Pat");
    user.setEmail(userId + "@example.com");
    user.setPassword("demo");
    identity.saveUser(user);
    for (String group : role.groupsAt(code)) {
      if (identity.createGroupQuery().groupId(group).count() == 0) {
        identity.saveGroup(identity.newGroup(group));
      }
      identity.createMembership(userId, group);
    }
    return userId;
  }

  private static String order(String poNumber) {
    return """
        {"poNumber": "%s", "currency": "USD", "lines": [{"sku": "A-1", "quantity": 1, "unitPrice": "10"}]}
        """.formatted(poNumber);
  }

  /** The company of DESIGN.md's example, with a code and PO-number rule of the test's own. */
  private static String initech(String code, String pattern, String example) {
    String rule = pattern == null ? "{\"required\": false}"
        : "{\"required\": true, \"pattern\": \"%s\", \"example\": \"%s\"}".formatted(pattern, example);
    return """
        {"code": "%s", "name": "Initech %s", "currency": "USD",
         "paymentTerms": {"type": "NET", "days": 45}, "poNumber": %s,
         "documentRequired": false, "creditLimit": "50000", "approvalExpiryDays": 7,
         "customerGroup": "enterprise", "region": "NA", "risk": "low", "salesRep": "salesrep",
         "billingAddress": {"name": "Initech AP", "street": "1 Initech Way", "city": "Austin", "postalCode": "78701",
           "region": "TX", "country": "US"},
         "shipTos": [{"name": "Initech HQ", "street": "1 Initech Way", "city": "Austin", "postalCode": "78701",
           "country": "US"},
           {"name": "Initech Plant", "street": "9 Industrial Rd", "city": "Austin", "postalCode": "78702",
           "country": "us"}],
         "taxExemption": {"certificate": "TX-EX-1", "expiresOn": "2030-12-31"}}
        """.formatted(code, code, rule);
  }

  /** The body with the given top-level fields (a JSON object) put in place of its own. */
  private static String withOverride(String body, String override) {
    try {
      ObjectNode merged = (ObjectNode) JSON.readTree(body);
      merged.setAll((ObjectNode) JSON.readTree("{" + override + "}"));
      return JSON.writeValueAsString(merged);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(override, e);
    }
  }

  private static String newCode() {
    return "co" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
  }
}
