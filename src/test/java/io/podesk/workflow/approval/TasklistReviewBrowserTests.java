package io.podesk.workflow.approval;

import static org.assertj.core.api.Assertions.assertThat;

import io.podesk.support.Api;
import io.podesk.support.Browser;
import io.podesk.support.IntegrationTest;
import io.podesk.support.Jobs;
import io.podesk.support.Orders;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A sales manager reviews an order in Camunda Tasklist, in a real browser, with the form from forms/. */
@IntegrationTest
class TasklistReviewBrowserTests {

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired TaskService tasks;

  @Test
  void aSalesManagerApprovesAnOrderInTasklist() {
    var api = new Api(port);
    var jobs = new Jobs(management, runtime);
    String poNumber = Orders.northwindPoNumber();
    var created = api.postJson("nwbuyer", "/api/purchase-orders", Orders.json(poNumber, 10, "150.00"));
    UUID id = UUID.fromString(created.json().get("id").asText());
    jobs.runDue(id);
    String taskId = tasks.createTaskQuery().processInstanceBusinessKey(id.toString()).singleResult().getId();
    String base = "http://127.0.0.1:" + port + "/camunda/app/tasklist/default/";

    try (var browser = new Browser()) {
      try {
        review(browser, base, taskId, poNumber);
      } catch (RuntimeException | AssertionError e) {
        browser.screenshot("tasklist-review-failure");
        throw e;
      }
    }

    jobs.runDue(id);
    var order = api.get("nwbuyer", "/api/purchase-orders/" + id).json();
    assertThat(order.get("status").asText()).isEqualTo("SENT_TO_ERP");
    assertThat(order.get("timeline")).anySatisfy(entry -> {
      assertThat(entry.get("type").asText()).isEqualTo("TASK_COMPLETED");
      assertThat(entry.get("actor").asText()).isEqualTo("salesmanager");
    });
  }

  private void review(Browser browser, String base, String taskId, String poNumber) {
      var driver = browser.driver();
      // one login: PO Desk's login page, then Tasklist without a second one
      browser.login(base.substring(0, base.indexOf("/camunda")), "salesmanager", "demo");
      driver.get(base);
      browser.waiting().until(ExpectedConditions.urlContains("tasklist"));
      browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".tasks-list, .task-filters")));

      driver.get(base + "#/?task=" + taskId);
      browser.click(By.cssSelector("button.claim[ng-click='claim()']"));
      browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("button.claim")));
      var poField = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
          By.cssSelector("input[id$='Field_PoNumber']")));
      browser.waiting().until(d -> poNumber.equals(poField.getDomProperty("value")));
      browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(
          By.cssSelector("[id$='Field_LinesTable'], .fjs-form-field-table"), "Ball bearing 6204"));
      browser.screenshot("tasklist-review-form");

      browser.click(By.cssSelector("input[type=checkbox][id$='Field_Approved']"));
      browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(
          By.cssSelector("textarea[id$='Field_RejectionReason']")));
      browser.click(By.cssSelector("button.btn-primary[ng-click='complete()']"));
      browser.waiting().until(d -> tasks.createTaskQuery().taskId(taskId).count() == 0);
  }
}
