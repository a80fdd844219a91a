package io.podesk.erp;

import static io.podesk.workflow.purchaseorder.PurchaseOrderProcess.Element.Task_PushOrderToErp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.podesk.customers.CompanyPerson;
import io.podesk.customers.CompanyRole;
import io.podesk.customers.CustomerDirectory;
import io.podesk.customers.CustomerOnboarding;
import io.podesk.customers.CustomerTerms;
import io.podesk.customers.PaymentTerms;
import io.podesk.customers.PoNumberPolicy;
import io.podesk.shared.CompanyId;
import io.podesk.support.Api;
import io.podesk.support.IntegrationTest;
import io.podesk.support.Jobs;
import io.podesk.support.Mailbox;
import io.podesk.support.Orders;
import io.podesk.support.TestInfrastructure;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A push the ERP keeps refusing becomes an incident, alerts operations, shows in sync health, and recovers. */
@IntegrationTest
class ErpPushFailureIntegrationTests {

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired IdentityService identity;
  @Autowired CustomerDirectory customers;
  @Autowired CustomerOnboarding onboarding;
  @Autowired io.micrometer.core.instrument.MeterRegistry meters;
  Api api;
  Jobs jobs;

  @BeforeEach
  void setUp() {
    api = new Api(port);
    jobs = new Jobs(management, runtime);
    if (customers.find(CompanyId.of("brokenco")).isEmpty()) {
      onboarding.addCompany(new CustomerTerms("brokenco", "Broken Co", PaymentTerms.NET_30, "USD",
          new BigDecimal("100000"), PoNumberPolicy.optional(), false, "smb", "NA", "low", "salesrep", 7, 1));
      onboarding.addPerson(new CompanyPerson("brokenbuyer", "brokenco", CompanyRole.BUYER, "Bob Broken",
          "bob@broken.example", new BigDecimal("100000")));
      User user = identity.newUser("brokenbuyer");
      user.setPassword("demo");
      identity.saveUser(user);
      identity.createMembership("brokenbuyer", "buyers");
    }
  }

  @Test
  void aPushThatRunsOutOfRetriesAlertsOperationsAndRecoversWhenRetriedFromCockpit() throws Exception {
    // the export folder of this company cannot be created: a file stands in its place
    Path blocker = TestInfrastructure.erpFolder().resolve("brokenco");
    Files.createDirectories(blocker.getParent());
    Files.deleteIfExists(blocker);
    Files.writeString(blocker, "not a folder");
    var created = api.postJson("brokenbuyer", "/api/purchase-orders", Orders.json(null, 1, "100.00"));
    UUID id = UUID.fromString(created.json().get("id").asText());
    assertThatThrownBy(() -> jobs.runDue(id)).hasStackTraceContaining("Could not export order");
    Job push = management.createJobQuery().processInstanceId(jobs.processInstanceOf(id))
        .activityId(Task_PushOrderToErp.name()).singleResult();
    assertThat(push.getRetries()).isPositive();

    management.setJobRetries(push.getId(), 1);
    assertThatThrownBy(() -> management.executeJob(push.getId())).hasStackTraceContaining("Could not export order");

    assertThat(runtime.createIncidentQuery().processInstanceId(jobs.processInstanceOf(id)).count()).isEqualTo(1);
    assertThat(management.createJobQuery().jobId(push.getId()).singleResult().getDuedate())
        .as("due as soon as retried: Cockpit's retry keeps the due date").isBeforeOrEqualTo(new java.util.Date());
    // this company's alert: fault tests in the same JVM send operations alerts of their own
    var alert = Mailbox.awaitMail("operations@podesk.example", "(brokenco): Push to ERP failed");
    assertThat(Mailbox.body(alert)).contains(id.toString()).contains("Could not export order");
    assertThat(api.get("admin", "/api/admin/erp-sync").json())
        .anySatisfy(failing -> assertThat(failing.get("purchaseOrderId").asText()).isEqualTo(id.toString()));
    assertThat(meters.get("podesk.erp.failing.pushes").gauge().value()).isGreaterThanOrEqualTo(1);
    assertThat(api.get("nwbuyer", "/api/admin/erp-sync").status()).isEqualTo(403);

    Files.delete(blocker);
    management.setJobRetries(push.getId(), 1); // what Cockpit's "retry" does
    management.executeJob(push.getId());

    assertThat(api.get("brokenbuyer", "/api/purchase-orders/" + id).json().get("status").asText())
        .isEqualTo("SENT_TO_ERP");
    assertThat(runtime.createIncidentQuery().processInstanceId(jobs.processInstanceOf(id)).count()).isZero();
    assertThat(api.get("admin", "/api/admin/erp-sync").json())
        .noneSatisfy(failing -> assertThat(failing.get("purchaseOrderId").asText()).isEqualTo(id.toString()));
    try (Stream<Path> files = Files.list(blocker)) {
      assertThat(files).hasSize(1);
    }
  }
}
