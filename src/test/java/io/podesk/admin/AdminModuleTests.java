package io.podesk.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.podesk.identity.Roles;
import io.podesk.orders.ReapprovalPolicy;
import io.podesk.support.ModuleTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The admin pages over the modules they manage (customers, identity, approval, audit; orders answers approval),
 * without the engine: its
 * user store and the invitation mails are the module tests' stand-ins. A company created on the page is in the
 * customers module, with its creation in the audit trail, and a bad one is shown again with its errors.
 */
@ModuleTest(value = BootstrapMode.STANDALONE,
    extraIncludes = {"customers", "identity", "approval", "audit", "orders", "catalog", "documents", "web", "shared"})
// orders answers approval's questions about an order; its port that the workflow module implements is a stand-in
@MockitoBean(types = ReapprovalPolicy.class)
@AutoConfigureMockMvc
@WithMockUser(username = "admin", roles = Roles.ADMIN)
class AdminModuleTests {

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aCompanyCreatedOnThePageIsStoredAndAudited() throws Exception {
    mvc.perform(post("/admin/companies").with(csrf())
            .param("code", "pagesco").param("name", "Pages Co").param("currency", "USD")
            .param("termsType", "NET").param("termsDays", "45").param("creditLimit", "5000")
            .param("poRequired", "on").param("poPattern", "^PC-\\d{3}$").param("poExample", "PC-001")
            .param("customerGroup", "smb").param("region", "NA").param("risk", "low").param("salesRep", "salesrep")
            .param("shipTo0Name", "Dock").param("shipTo0Street", "1 Pier").param("shipTo0City", "Oslo")
            .param("shipTo0PostalCode", "0150").param("shipTo0Country", "NO"))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/admin/companies/pagesco"));

    mvc.perform(get("/admin/companies/pagesco"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Net 45")))
        .andExpect(content().string(containsString("1 Pier")))
        .andExpect(content().string(containsString("Company Pages Co created")));
    mvc.perform(get("/admin")).andExpect(content().string(containsString("Company Pages Co created")));
  }

  @Test
  void aBadCompanyIsShownAgainWithItsErrorsAndNothingIsStored() throws Exception {
    mvc.perform(post("/admin/companies").with(csrf())
            .param("code", "badpattern").param("name", "Bad Pattern").param("currency", "USD")
            .param("termsType", "NET").param("termsDays", "30").param("creditLimit", "-5")
            .param("poPattern", "^(unclosed").param("customerGroup", "smb").param("region", "NA")
            .param("risk", "low").param("salesRep", "salesrep"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("poNumber.pattern: the pattern is not a valid regular expression")))
        .andExpect(content().string(containsString("creditLimit: creditLimit must not be negative")))
        .andExpect(content().string(containsString("value=\"Bad Pattern\"")));
    assertThat(
        jdbc.queryForObject("select count(*) from customers where id = 'badpattern'", Long.class)).isZero();
  }

  @Test
  void theCatalogPagesAddAProductAndAPriceAndShowBadInputAgain() throws Exception {
    mvc.perform(get("/admin/catalog").param("q", "glv"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Nitrile gloves, box of 100")))
        .andExpect(content().string(containsString("northwind")));

    mvc.perform(post("/admin/catalog/products").with(csrf()).param("sku", "bad sku").param("name", "")
            .param("category", "parts").param("unit", "each").param("taxClass", "standard").param("packSize", "0")
            .param("minOrderQuantity", "1"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("sku is required")))
        .andExpect(content().string(containsString("packSize is required")));
    assertThat(jdbc.queryForObject("select count(*) from products where sku = 'bad sku'", Long.class)).isZero();

    mvc.perform(post("/admin/catalog/products").with(csrf()).param("sku", "PGE-1").param("name", "Page part")
            .param("category", "parts").param("unit", "each").param("taxClass", "standard").param("packSize", "5")
            .param("minOrderQuantity", "10").param("active", "on"))
        .andExpect(status().is3xxRedirection());
    mvc.perform(post("/admin/catalog/price-lists/base/prices").with(csrf()).param("sku", "PGE-1")
            .param("minQuantity", "10").param("unitPrice", "3.25").param("validFrom", "2026-01-01"))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/admin/catalog/price-lists/base"));
    mvc.perform(post("/admin/catalog/price-lists/base/prices").with(csrf()).param("sku", "PGE-1")
            .param("unitPrice", "-1").param("validFrom", "someday"))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("validFrom must be a date")));
    mvc.perform(get("/admin/catalog/price-lists/base"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("PGE-1")))
        .andExpect(content().string(containsString("3.25")));
    assertThat(jdbc.queryForList("select type from audit_events where subject_id = 'PGE-1'", String.class))
        .containsExactly("CREATED");
  }

  @Test
  void theChecklistShowsWhatADemoInstallationHasDone() throws Exception {
    mvc.perform(get("/admin"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Set-up: done")));
  }
}
