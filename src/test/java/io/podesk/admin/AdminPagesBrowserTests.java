package io.podesk.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.podesk.support.Browser;
import io.podesk.support.IntegrationTest;
import io.podesk.support.Mailbox;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In Debian's Chromium: the seller admin lands on the admin pages, creates a company on its form, invites a buyer on
 * the company's page (the invitation mail arrives) and sees both changes in the company's history.
 */
@IntegrationTest
class AdminPagesBrowserTests {

  @LocalServerPort int port;

  @Test
  void anAdminCreatesACompanyInvitesABuyerAndSeesTheChangesAudited() {
    String base = "http://127.0.0.1:" + port;
    String code = "web" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    try (var admin = new Browser()) {
      var driver = admin.driver();
      admin.login(base, "admin", "demo");
      assertThat(driver.getCurrentUrl()).endsWith("/admin");
      assertThat(driver.findElement(By.id("setup")).getText()).contains("Staff and groups", "First customer");

      driver.get(base + "/admin/companies");
      admin.click(By.id("new-company"));
      admin.type(By.id("code"), code);
      admin.type(By.id("name"), "Web Made " + code);
      admin.type(By.id("termsDays"), "45");
      admin.type(By.id("creditLimit"), "20000");
      admin.click(By.id("poRequired"));
      admin.type(By.id("poPattern"), "^WM-\\d{4}$");
      admin.type(By.id("poExample"), "WM-0001");
      admin.type(By.id("customerGroup"), "smb");
      admin.type(By.id("region"), "EMEA");
      admin.type(By.id("salesRep"), "salesrep");
      admin.screenshot("admin-company-form");
      admin.click(By.id("create-company"));
      admin.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Web Made"));
      assertThat(driver.findElement(By.id("profile")).getText()).contains("Net 45", "^WM-\\d{4}$");

      admin.type(By.id("username"), code + "buyer");
      admin.type(By.id("personName"), "Wendy Web");
      admin.type(By.id("email"), code + "buyer@web.example");
      admin.type(By.id("spendLimit"), "5000");
      admin.click(By.id("invite"));
      admin.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "is invited"));
      admin.screenshot("admin-company-page");
      assertThat(driver.findElement(By.id("people")).getText()).contains(code + "buyer", "BUYER", "5000");
      assertThat(driver.findElement(By.id("history")).getText())
          .contains("Company Web Made " + code + " created").contains("admin");

      // edit: a tax exemption and two ship-to addresses, one per save (each save leaves room for one more)
      admin.click(By.id("edit-company"));
      admin.type(By.id("taxCertificate"), "EX-77");
      driver.findElement(By.id("taxExpires")).sendKeys("12312030");
      fillShipTo(admin, 0, "Main dock", "Oslo");
      admin.click(By.id("create-company"));
      admin.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "saved"));
      admin.click(By.id("edit-company"));
      assertThat(driver.findElement(By.id("code")).getAttribute("readonly")).isNotNull();
      fillShipTo(admin, 1, "North yard", "Bergen");
      admin.click(By.id("create-company"));
      admin.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "saved"));
      assertThat(driver.findElement(By.id("profile")).getText()).contains("Ship-to 1", "Main dock", "Ship-to 2",
          "North yard", "certificate EX-77, expires 2030-12-31", "Net 45");
      admin.screenshot("admin-company-edited");

      // the seller's own profile, and its change in the history
      driver.get(base + "/admin/profile");
      assertThat(driver.findElement(By.id("Name")).getAttribute("value")).isEqualTo("PO Desk Demo Supplies Inc.");
      admin.type(By.id("Country"), "XX");
      admin.click(By.id("save-profile"));
      admin.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("errors")));
      assertThat(driver.findElement(By.id("errors")).getText()).contains("country must be an ISO 3166 code");
      admin.screenshot("admin-seller-profile");
    }
    assertThat(Mailbox.awaitMail(code + "buyer@web.example", "set your password")).isNotNull();
  }

  private static void fillShipTo(Browser admin, int row, String name, String city) {
    admin.type(By.id("shipTo" + row + "Name"), name);
    admin.type(By.id("shipTo" + row + "Street"), "1 Pier");
    admin.type(By.id("shipTo" + row + "City"), city);
    admin.type(By.id("shipTo" + row + "PostalCode"), "0150");
    admin.type(By.id("shipTo" + row + "Country"), "NO");
  }
}
