package io.podesk.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.podesk.shared.ConflictException;
import io.podesk.shared.FieldError;
import io.podesk.shared.InvalidInputException;
import io.podesk.support.ModuleTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The web module's HTTP plumbing under a controller of the test's own (no other module is started, and Spring Boot's
 * default security stands in for the identity module's): the shared error types become RFC 7807 problem details, a
 * JSON body over the limit is refused before it is read, and the OpenAPI description is served.
 */
@ModuleTest
@AutoConfigureMockMvc
@WithMockUser
@Import(WebModuleTests.Probe.class)
class WebModuleTests {

  @RestController
  static class Probe {

    @GetMapping("/api/module-test/conflict")
    void conflict() {
      throw new ConflictException("PO NW-TX-0042 was changed meanwhile");
    }

    @GetMapping("/api/module-test/invalid")
    void invalid() {
      throw new InvalidInputException("The purchase order has 1 problem(s)",
          List.of(new FieldError("poNumber", "must look like PO-123456")));
    }

    @PostMapping("/api/module-test/echo")
    Map<String, Object> echo(@RequestBody Map<String, Object> body) {
      return body;
    }
  }

  @Autowired MockMvc mvc;

  @Test
  void sharedErrorsAnswerAsProblemDetails() throws Exception {
    mvc.perform(get("/api/module-test/conflict"))
        .andExpect(status().isConflict())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.detail").value("PO NW-TX-0042 was changed meanwhile"));
    mvc.perform(get("/api/module-test/invalid"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("poNumber"))
        .andExpect(jsonPath("$.errors[0].message").value("must look like PO-123456"));
  }

  @Test
  void aJsonBodyOverTheLimitIsRefusedAndOneWithinGoesThrough() throws Exception {
    String tooLarge = "{\"notes\":\"" + "x".repeat(1024 * 1024) + "\"}";

    mvc.perform(post("/api/module-test/echo").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(tooLarge))
        .andExpect(status().isPayloadTooLarge());
    mvc.perform(post("/api/module-test/echo").with(csrf()).contentType(MediaType.APPLICATION_JSON)
            .content("{\"notes\":\"small\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.notes").value("small"));
  }

  @Test
  void servesTheOpenApiDescription() throws Exception {
    mvc.perform(get("/v3/api-docs"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.info.title").value("PO Desk API"))
        .andExpect(jsonPath("$.components.securitySchemes.basic.scheme").value("basic"));
  }
}
