package io.podesk.portal;

import static io.podesk.workflow.purchaseorder.PurchaseOrderProcess.Element.Task_ObtainApprovals;
import static io.podesk.workflow.purchaseorder.PurchaseOrderProcess.Element.Task_PushOrderToErp;
import static org.assertj.core.api.Assertions.assertThat;

import io.podesk.support.Browser;
import io.podesk.support.IntegrationTest;
import io.podesk.support.Jobs;
import io.podesk.support.Mailbox;
import io.podesk.support.Orders;
import io.podesk.support.Pdfs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * End to end in Debian's Chromium: a buyer submits a PO with its PDF in the portal and sees it pending; the
 * approver's mail arrives (GreenMail), its link opens a confirm page, the approval is confirmed there; the
 * buyer's PO page then shows it approved, the diagram on the next step; staff see the dashboard.
 */
@IntegrationTest
class BuyerToApproverJourneyBrowserTests {

  private static final Pattern LINK = Pattern.compile("https?://[^/\\s\"]+(/links/[A-Za-z0-9._-]+)");

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;

  @Test
  void aBuyersPoIsApprovedFromTheApproversMailAndTheBuyerSeesIt() throws Exception {
    String base = "http://127.0.0.1:" + port;
    String poNumber = Orders.acmePoNumber();
    Path pdf = Files.createTempFile("signed-po", ".pdf");
    Files.write(pdf, Pdfs.onePage());
    Jobs jobs = new Jobs(management, runtime);
    UUID id;
    try (var buyer = new Browser()) {
      var driver = buyer.driver();
      buyer.login(base, "acmebuyer", "demo");
      driver.get(base + "/portal/orders/new");
      buyer.type(By.id("poNumber"), poNumber);
      buyer.type(By.id("lines0.sku"), "BRG-6204");
      buyer.type(By.id("lines0.description"), "Ball bearing 6204");
      buyer.type(By.id("lines0.quantity"), "64");
      buyer.type(By.id("lines0.unitPrice"), "12.50");
      driver.findElement(By.id("file")).sendKeys(pdf.toString());
      buyer.screenshot("submit-page");
      buyer.click(By.id("submit-order"));
      buyer.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), poNumber));
      id = UUID.fromString(driver.getCurrentUrl().substring(driver.getCurrentUrl().lastIndexOf('/') + 1));
      jobs.runDue(id);
      driver.navigate().refresh();
      assertThat(driver.findElement(By.id("order-status")).getText()).isEqualTo("PENDING APPROVAL");

      // the sales manager decides from the mail: the link opens a confirm page, the approval is a POST
      var mail = Mailbox.awaitMail("salesmanager@podesk.example", "PO " + poNumber + ": your approval is needed");
      Matcher link = LINK.matcher(Mailbox.html(mail));
      assertThat(link.find()).as("approval link in the mail").isTrue();
      try (var approver = new Browser()) {
        approver.driver().get(base + link.group(1));
        approver.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), poNumber));
        assertThat(approver.driver().findElement(By.tagName("main")).getText()).contains("Ball bearing 6204");
        approver.click(By.id("approve"));
        approver.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"),
            "your approval is recorded"));
      }

      driver.navigate().refresh();
      assertThat(driver.findElement(By.id("order-status")).getText()).isEqualTo("APPROVED");
      var diagram = buyer.waiting().until(ExpectedConditions.presenceOfElementLocated(
          By.cssSelector("#diagram.diagram-ready")));
      assertThat(diagram.getDomAttribute("data-current")).contains(Task_PushOrderToErp.name());
      assertThat(diagram.getDomAttribute("data-passed")).contains(Task_ObtainApprovals.name());
      buyer.screenshot("po-page");
    }
    jobs.runDue(id);
    // a second order still waits for the sales managers: the dashboard lists it with its SLA
    String waiting = Orders.northwindPoNumber();
    var second = new io.podesk.support.Api(port).postJson("nwbuyer", "/api/purchase-orders",
        Orders.json(waiting, 10, "150.00"));
    jobs.runDue(UUID.fromString(second.json().get("id").asText()));

    try (var staff = new Browser()) {
      staff.login(base, "salesmanager", "demo");
      staff.driver().get(base + "/staff");
      staff.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("work-list")));
      assertThat(staff.driver().getTitle()).contains("Dashboard");
      assertThat(staff.driver().findElement(By.id("work-list")).getText()).contains(waiting)
          .doesNotContain(poNumber);
      staff.screenshot("dashboard");
      staff.driver().get(base + "/staff/analytics");
      staff.waiting().until(ExpectedConditions.presenceOfElementLocated(By.tagName("canvas")));
      staff.screenshot("dashboard-analytics");
    }
  }
}
