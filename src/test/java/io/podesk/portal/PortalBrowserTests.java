package io.podesk.portal;

import static io.podesk.workflow.purchaseorder.PurchaseOrderProcess.Element.Task_ObtainApprovals;
import static org.assertj.core.api.Assertions.assertThat;

import io.podesk.support.Browser;
import io.podesk.support.IntegrationTest;
import io.podesk.support.Jobs;
import io.podesk.support.Orders;
import io.podesk.support.Pdfs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The portal in Debian's Chromium: what a buyer sees and does, screenshots under target/screenshots/. */
@IntegrationTest
class PortalBrowserTests {

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;

  @Test
  void aBuyerSubmitsAPoWithItsPdfAndSeesItPendingOnItsDiagram() throws Exception {
    String base = "http://127.0.0.1:" + port;
    String poNumber = Orders.acmePoNumber();
    Path pdf = Files.createTempFile("signed-po", ".pdf");
    Files.write(pdf, Pdfs.onePage());
    try (var browser = new Browser()) {
      var driver = browser.driver();
      browser.login(base, "acmebuyer", "demo");
      driver.get(base + "/portal/orders/new");

      browser.type(By.id("poNumber"), "12345");
      browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("poNumber-error"),
          "PO number must look like PO-"));
      driver.findElement(By.id("poNumber")).clear();
      browser.type(By.id("poNumber"), poNumber);
      browser.waiting().until(ExpectedConditions.textToBe(By.id("poNumber-error"), ""));
      browser.type(By.id("lines0.sku"), "BRG-6204");
      browser.type(By.id("lines0.description"), "Ball bearing 6204");
      browser.type(By.id("lines0.quantity"), "8");
      browser.type(By.id("lines0.unitPrice"), "1500.00");
      browser.click(By.id("add-line"));
      browser.type(By.id("lines1.sku"), "OIL-1");
      browser.type(By.id("lines1.description"), "Bearing oil");
      browser.type(By.id("lines1.quantity"), "2");
      browser.type(By.id("lines1.unitPrice"), "20");
      driver.findElement(By.id("file")).sendKeys(pdf.toString());
      browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("file-chosen"), ".pdf"));
      browser.screenshot("portal-submit");
      browser.click(By.id("submit-order"));

      browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), poNumber));
      UUID id = UUID.fromString(driver.getCurrentUrl().substring(driver.getCurrentUrl().lastIndexOf('/') + 1));
      new Jobs(management, runtime).runDue(id);
      driver.navigate().refresh();
      assertThat(driver.findElement(By.id("order-status")).getText()).isEqualTo("PENDING APPROVAL");
      var diagram = browser.waiting().until(ExpectedConditions.presenceOfElementLocated(
          By.cssSelector("#diagram.diagram-ready")));
      assertThat(diagram.getDomAttribute("data-current")).contains(Task_ObtainApprovals.name());
      assertThat(driver.findElements(By.cssSelector("#diagram .highlight-current"))).isNotEmpty();
      assertThat(driver.findElements(By.cssSelector("#diagram .highlight-passed"))).isNotEmpty();
      assertThat(driver.findElement(By.id("document-link")).getText()).endsWith(".pdf");
      assertThat(driver.findElement(By.cssSelector(".lines-table, table")).getText()).isNotEmpty();
      browser.screenshot("portal-order");

      driver.get(base + "/portal");
      assertThat(driver.findElement(By.tagName("main")).getText()).contains(poNumber).contains("PENDING APPROVAL");
    }
  }
}
