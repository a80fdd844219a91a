package io.podesk.workflow.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podesk.identity.LoginThrottle;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code POST /engine-rest/identity/verify} checks someone else's password. The engine's own resource would call
 * the identity service directly, past the login throttle; this filter answers the route itself, in the engine's
 * format, through the same provider (and so the same throttle) as every other login.
 */
@Configuration(proxyBeanMethods = false)
class EngineRestIdentityVerification {

  private static final int MAX_BODY = 8 * 1024;

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> engineRestIdentityVerificationFilter(
      CamundaUserStoreAuthenticationProvider users, LoginThrottle throttle, ObjectMapper json) {
    var registration = new FilterRegistrationBean<OncePerRequestFilter>(new VerifyFilter(users, throttle, json));
    // the webapps' path to the same resource too (admin only there, by EngineRoutes)
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    registration.setName("engine-rest-identity-verification");
    // after Spring Security (-100) and the route rules (0): only a caller whose role may verify gets here
    registration.setOrder(1);
    return registration;
  }

  private static final class VerifyFilter extends OncePerRequestFilter {

    private final CamundaUserStoreAuthenticationProvider users;
    private final LoginThrottle throttle;
    private final ObjectMapper json;

    VerifyFilter(CamundaUserStoreAuthenticationProvider users, LoginThrottle throttle, ObjectMapper json) {
      this.users = users;
      this.throttle = throttle;
      this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
      return !"POST".equals(request.getMethod()) || !"/identity/verify".equals(EngineRoutes.pathInEngineApi(
          request.getRequestURI().substring(request.getContextPath().length())));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      Optional<String[]> credentials = credentialsOf(request);
      if (credentials.isEmpty()) {
        badRequest(response);
        return;
      }
      String username = credentials.get()[0];
      Optional<Duration> locked = throttle.lockedFor(request.getRemoteAddr(), username);
      if (locked.isPresent()) {
        LoginThrottle.refuse(response, locked.get());
        return;
      }
      var attempt = UsernamePasswordAuthenticationToken.unauthenticated(username, credentials.get()[1]);
      attempt.setDetails(new WebAuthenticationDetails(request));
      boolean authenticated;
      try {
        users.authenticate(attempt);
        authenticated = true;
      } catch (AuthenticationException refused) {
        authenticated = false;
      }
      ObjectNode result = json.createObjectNode().put("authenticatedUser", username)
          .put("authenticated", authenticated);
      response.setStatus(HttpStatus.OK.value());
      response.setContentType(MediaType.APPLICATION_JSON_VALUE);
      json.writeValue(response.getOutputStream(), result);
    }

    private Optional<String[]> credentialsOf(HttpServletRequest request) throws IOException {
      byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
      if (body.length > MAX_BODY) {
        return Optional.empty();
      }
      try {
        JsonNode node = json.readTree(body);
        if (node != null && node.path("username").isTextual() && node.path("password").isTextual()) {
          return Optional.of(new String[] {node.get("username").asText(), node.get("password").asText()});
        }
      } catch (IOException malformed) {
        return Optional.empty();
      }
      return Optional.empty();
    }

    private static void badRequest(HttpServletResponse response) throws IOException {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,"
          + "\"detail\":\"A JSON body with a username and a password (both text) is required\"}");
    }
  }
}
