package io.podesk.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.podesk.support.Browser;
import io.podesk.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The dashboard in a real browser: Chart.js loads under the content security policy and draws every chart. */
@IntegrationTest
class StaffDashboardBrowserTests {

  @LocalServerPort int port;

  @Test
  void theAnalyticsPageDrawsItsChartsAndTheWorkListFiltersByKeyboard() {
    String base = "http://127.0.0.1:" + port;
    try (var browser = new Browser()) {
      try {
        browser.login(base, "salesmanager", "demo");
        browser.driver().get(base + "/staff/analytics");
        browser.waiting().until(driver -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
            "return typeof Chart !== 'undefined' && Array.from(document.querySelectorAll('canvas[data-chart]'))"
                + ".every(function (canvas) { return Chart.getChart(canvas) !== undefined; });")));
        assertThat(browser.driver().findElements(By.cssSelector("canvas[data-chart]"))).hasSize(3);

        browser.driver().get(base + "/staff");
        var status = browser.driver().findElement(By.id("status"));
        status.sendKeys("Credit hold");
        status.submit();
        browser.waiting().until(driver -> driver.getCurrentUrl().contains("status=CREDIT_HOLD"));
        assertThat(browser.driver().findElement(By.id("status")).getDomProperty("value")).isEqualTo("CREDIT_HOLD");
      } catch (RuntimeException | AssertionError e) {
        browser.screenshot("staff-dashboard-failure");
        throw e;
      }
    }
  }
}
