package io.podesk.portal;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.podesk.identity.Roles;
import io.podesk.orders.PurchaseOrderQueries;
import io.podesk.orders.PurchaseOrderSnapshot;
import io.podesk.orders.ReapprovalPolicy;
import io.podesk.shared.CompanyId;
import io.podesk.support.ModuleTest;
import io.podesk.workflow.ProcessInsights;
import io.podesk.workflow.ProcessProgress;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The buyer portal's pages over the modules they read (orders, customers, documents, invoicing) and the identity
 * module's security, without the workflow module: the engine would come with it, and only the process diagram, the
 * staff work list and analytics use its {@link ProcessProgress} and {@link ProcessInsights}, stand-ins here. A buyer
 * sees their company's orders (the demo data's) and no other company's, not even by id.
 */
@ModuleTest(value = BootstrapMode.STANDALONE,
    extraIncludes = {"orders", "catalog", "customers", "documents", "invoicing", "identity", "audit", "approval", "web",
        "shared"})
@MockitoBean(types = {ProcessProgress.class, ProcessInsights.class, ReapprovalPolicy.class})
@AutoConfigureMockMvc
@WithMockUser(username = "nwbuyer", roles = Roles.BUYER)
class PortalModuleTests {

  @Autowired MockMvc mvc;
  @Autowired PurchaseOrderQueries orders;

  @Test
  void aBuyerSeesTheirCompanysOrdersOnly() throws Exception {
    mvc.perform(get("/portal"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("NW-DE-0001")))
        .andExpect(content().string(not(containsString("PO-000001"))));
  }

  @Test
  void anotherCompanysOrderDoesNotExistForTheBuyer() throws Exception {
    PurchaseOrderSnapshot own = orders.findByPoNumber(CompanyId.of("northwind"), "NW-DE-0001").orElseThrow();
    PurchaseOrderSnapshot acmes = orders.findByPoNumber(CompanyId.of("acme"), "PO-000001").orElseThrow();

    mvc.perform(get("/portal/orders/" + own.id()))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("NW-DE-0001")));
    mvc.perform(get("/portal/orders/" + acmes.id())).andExpect(status().isNotFound());
  }
}
