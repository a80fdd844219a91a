package io.podesk.identity;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.podesk.support.ModuleTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The identity module's two filter chains on their own. The user store is the workflow module's (Camunda's
 * identity service); here Spring Boot's single configured user stands in for it, a buyer.
 */
@ModuleTest
@AutoConfigureMockMvc
@TestPropertySource(properties = {"spring.security.user.name=modulebuyer", "spring.security.user.password=secret",
    "spring.security.user.roles=" + Roles.BUYER})
class IdentityModuleTests {

  @Autowired MockMvc mvc;
  @Autowired LoginThrottle throttle;

  @Test
  void theApiChallengesMachinesForBasicCredentialsButNotBrowsers() throws Exception {
    mvc.perform(get("/api/purchase-orders"))
        .andExpect(status().isUnauthorized())
        .andExpect(header().string("WWW-Authenticate", MachineAuthenticationEntryPoint.CHALLENGE))
        .andExpect(jsonPath("$.title").value("Unauthorized"));
    mvc.perform(get("/api/purchase-orders").header("Accept", "text/html"))
        .andExpect(status().isUnauthorized())
        .andExpect(header().doesNotExist("WWW-Authenticate"));
  }

  @Test
  void pagesSendPeopleToTheLoginPage() throws Exception {
    mvc.perform(get("/portal/orders")).andExpect(status().isFound())
        .andExpect(redirectedUrlPattern("**/login"));
  }

  @Test
  void aBuyerStaysOutOfTheAdminApi() throws Exception {
    mvc.perform(get("/api/admin/outbox").with(httpBasic("modulebuyer", "secret")))
        .andExpect(status().isForbidden());
    mvc.perform(get("/api/admin/outbox").with(httpBasic("modulebuyer", "wrong")))
        .andExpect(status().isUnauthorized());
  }

  @Test
  void aUserLockedByTooManyFailuresIsRefusedBeforeAnyPasswordCheck() throws Exception {
    for (int address = 1; address <= 10; address++) {
      throttle.failed("192.0.2." + address, "modulebuyer-locked");
    }

    mvc.perform(get("/api/purchase-orders").with(httpBasic("modulebuyer-locked", "secret")))
        .andExpect(status().isTooManyRequests())
        .andExpect(header().exists("Retry-After"))
        .andExpect(jsonPath("$.detail").value(containsString("Too many failed logins")));
  }
}
