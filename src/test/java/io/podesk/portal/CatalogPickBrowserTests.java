package io.podesk.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.podesk.support.Browser;
import io.podesk.support.CatalogIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The portal's order form with the demo catalog, in Debian's Chromium: screenshots under target/screenshots/. */
@CatalogIntegrationTest
class CatalogPickBrowserTests {

  @LocalServerPort int port;

  @Test
  void aBuyerPicksALineFromTheCatalogAtTheirCompanysPrice() {
    String base = "http://127.0.0.1:" + port;
    try (var browser = new Browser()) {
      var driver = browser.driver();
      browser.login(base, "nwbuyer", "demo");
      driver.get(base + "/portal/orders/new");

      browser.type(By.id("lines0.sku"), "GLV-100");

      browser.waiting().until(driver1 -> "Nitrile gloves, box of 100".equals(
          driver1.findElement(By.id("lines0.description")).getDomProperty("value")));
      // Northwind's contract price, not the base price of 6.40
      assertThat(driver.findElement(By.id("lines0.unitPrice")).getDomProperty("value")).isEqualTo("6.1");
      assertThat(driver.findElement(By.id("lines0.quantity")).getDomProperty("value")).isEqualTo("1");
      assertThat(driver.findElement(By.id("catalog-hint")).getText()).contains("GLV-100", "6.1 USD per box");
      assertThat(driver.findElements(By.cssSelector("#catalog-options option"))).isNotEmpty();
      browser.screenshot("portal-catalog-pick");
    }
  }
}
