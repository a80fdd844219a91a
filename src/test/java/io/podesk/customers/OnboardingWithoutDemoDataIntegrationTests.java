package io.podesk.customers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.podesk.support.Api;
import io.podesk.support.Jobs;
import io.podesk.support.Mailbox;
import io.podesk.support.TestInfrastructure;
import io.podesk.support.WebSession;
import jakarta.mail.internet.MimeMessage;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * A seller goes live without demo data: PO Desk starts on an empty database with one admin and nothing else; the
 * admin adds staff, sets a limit, onboards a company with its own terms and people (each sets a password through the
 * invitation mail), and the company's buyer submits an order the new sales manager approves, through to the ERP.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"podesk.demo-data.enabled=false", "camunda.bpm.admin-user.password=" +
        OnboardingWithoutDemoDataIntegrationTests.ADMIN_PASSWORD})
@ActiveProfiles({"demo", "test"})
@ContextConfiguration(initializers = {TestInfrastructure.class,
    OnboardingWithoutDemoDataIntegrationTests.EmptyDatabase.class})
class OnboardingWithoutDemoDataIntegrationTests {

  static final String ADMIN_PASSWORD = "first-admin-Pa55word";
  private static final String ADMIN = "admin:" + ADMIN_PASSWORD;
  private static final Pattern INVITATION = Pattern.compile("/links/invitations/[A-Za-z0-9._-]+");

  /** A database of its own: the other integration tests' contexts load the demo data into theirs. */
  static final class EmptyDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {
    @Override
    public void initialize(ConfigurableApplicationContext context) {
      String name = "podesk_empty_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
      TestPropertyValues.of(Map.of("spring.datasource.url", TestInfrastructure.createDatabase(name)))
          .applyTo(context);
    }
  }

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired IdentityService identity;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired RuntimeService runtime;

  @Test
  void aSellerOnboardsACompanyAndItsFirstOrderGoesThroughToTheErp() {
    Api api = new Api(port);
    assertThat(identity.createUserQuery().list()).extracting(user -> user.getId()).containsExactly("admin");
    for (String table : new String[] {"customers", "company_users", "authority_limits", "purchase_orders",
        "seller_profile"}) {
      assertThat(jdbc.queryForObject("select count(*) from " + table, Long.class)).as(table).isZero();
    }
    assertThat(api.get("admin", "/api/admin/companies").status()).as("no demo password").isEqualTo(401);

    // the seller's own profile first: it goes on every invoice
    assertThat(api.get(ADMIN, "/api/admin/seller-profile").status()).isEqualTo(404);
    var seller = api.send("PUT", ADMIN, "/api/admin/seller-profile", """
        {"address": {"name": "Seller Supplies GmbH", "street": "Hafenstrasse 1", "city": "Hamburg",
                     "postalCode": "20457", "country": "de"}, "taxId": "DE123456789", "email": "billing@seller.example"}
        """);
    assertThat(seller.status()).as(seller.body()).isEqualTo(200);
    assertThat(seller.json().get("address").get("country").asText()).isEqualTo("DE");

    // staff: a sales rep and a sales manager, each setting their password through the invitation
    assertThat(api.postJson(ADMIN, "/api/admin/staff", """
        {"username": "rep1", "name": "Rita Rep", "email": "rep1@seller.example", "groups": ["salesreps"]}
        """).status()).isEqualTo(201);
    var manager = api.postJson(ADMIN, "/api/admin/staff", """
        {"username": "sm2", "name": "Sam Manager", "email": "sm2@seller.example", "groups": ["salesmanagers"]}
        """);
    assertThat(manager.status()).as(manager.body()).isEqualTo(201);
    String managerLogin = "sm2:" + acceptInvitation("sm2@seller.example");
    var limit = api.send("PUT", ADMIN, "/api/admin/authority-limits/sm2", "{\"limit\": \"25000\"}");
    assertThat(limit.status()).as(limit.body()).isEqualTo(200);
    assertThat(api.get(ADMIN, "/api/admin/authority-limits").json().get(0).get("limit").decimalValue())
        .isEqualByComparingTo("25000");

    // the company, with Net 45 and its own PO-number rule, and its people
    var company = api.postJson(ADMIN, "/api/admin/companies", """
        {"code": "initech", "name": "Initech", "currency": "USD", "paymentTerms": {"type": "NET", "days": 45},
         "poNumber": {"required": true, "pattern": "^IN-\\\\d{4}$", "example": "IN-0001"},
         "documentRequired": false, "creditLimit": "50000", "approvalExpiryDays": 7, "customerGroup": "enterprise",
         "region": "NA", "risk": "low", "salesRep": "rep1"}
        """);
    assertThat(company.status()).as(company.body()).isEqualTo(201);
    var buyer = api.postJson(ADMIN, "/api/admin/companies/initech/users", """
        {"username": "inbuyer", "name": "Ines Buyer", "email": "inbuyer@initech.example", "role": "BUYER",
         "spendLimit": "10000"}
        """);
    assertThat(buyer.status()).as(buyer.body()).isEqualTo(201);
    assertThat(api.postJson(ADMIN, "/api/admin/companies/initech/users", """
        {"username": "inapprover", "name": "Ian Approver", "email": "inapprover@initech.example",
         "role": "APPROVER"}
        """).status()).isEqualTo(201);
    String buyerLogin = "inbuyer:" + acceptInvitation("inbuyer@initech.example");
    String approverLogin = "inapprover:" + acceptInvitation("inapprover@initech.example");
    assertThat(api.get(approverLogin, "/api/purchase-orders").status()).isEqualTo(200);

    // the first order: checked against the company's rule, approved by the new sales manager, sent to the ERP
    var wrongNumber = api.postJson(buyerLogin, "/api/purchase-orders", order("PO-1"));
    assertThat(wrongNumber.status()).isEqualTo(400);
    assertThat(wrongNumber.body()).contains("IN-0001");
    var order = api.postJson(buyerLogin, "/api/purchase-orders", order("IN-0001"));
    assertThat(order.status()).as(order.body()).isEqualTo(201);
    UUID id = UUID.fromString(order.json().get("id").asText());
    Jobs jobs = new Jobs(management, runtime);
    jobs.runDue(id);
    var task = tasks.createTaskQuery().processInstanceBusinessKey(id.toString()).singleResult();
    assertThat(task).as("the sales manager's approval task").isNotNull();
    var approved = api.postJson(managerLogin, "/engine-rest/task/" + task.getId() + "/complete",
        "{\"variables\": {\"approved\": {\"value\": true}}}");
    assertThat(approved.status()).as(approved.body()).isEqualTo(204);
    jobs.runDue(id);

    JsonNode placed = api.get(buyerLogin, "/api/purchase-orders/" + id).json();
    assertThat(placed.get("status").asText()).isEqualTo("SENT_TO_ERP");
    assertThat(jdbc.queryForObject("select payment_terms from purchase_orders where id = ?", String.class, id))
        .isEqualTo("NET_45");
    assertThat(jdbc.queryForList("select type from audit_events where subject_id in ('initech', 'inbuyer', 'sm2') "
        + "order by occurred_at", String.class)).contains("CREATED", "INVITED", "ACCEPTED_INVITATION");
  }

  /** Opens the invitation mailed to the address, sets a password on its page and logs in with it. */
  private String acceptInvitation(String email) {
    MimeMessage mail = Mailbox.awaitMail(email, "set your password");
    Matcher link = INVITATION.matcher(Mailbox.body(mail));
    assertThat(link.find()).as("the invitation link in " + Mailbox.body(mail)).isTrue();
    String password = "Pw-" + UUID.randomUUID();
    WebSession browser = new WebSession(port);
    var page = browser.get(link.group());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Set your password");
    var tooShort = browser.post(link.group(), Map.of("password", "short", "passwordConfirmation", "short"));
    assertThat(tooShort.statusCode()).isEqualTo(400);
    assertThat(tooShort.body()).contains("at least 12 characters");
    var set = browser.post(link.group(), Map.of("password", password, "passwordConfirmation", password));
    assertThat(set.statusCode()).isEqualTo(200);
    assertThat(set.body()).contains("Password set");
    assertThat(browser.get(link.group()).statusCode()).as("the link works once").isEqualTo(410);
    var login = new WebSession(port).login(email.substring(0, email.indexOf('@')), password);
    assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
    return password;
  }

  private static String order(String poNumber) {
    return """
        {"poNumber": "%s", "currency": "USD", "lines": [{"sku": "WID-1", "quantity": 10, "unitPrice": "150"}]}
        """.formatted(poNumber);
  }
}
