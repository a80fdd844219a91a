package io.podesk.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * Answers a machine endpoint's missing or wrong credentials with 401 and a problem detail. The
 * {@code WWW-Authenticate: Basic} challenge goes only to clients that are not browsers: a browser keeps Basic
 * credentials only after it was challenged, and would then send them along with any other site's request. A request
 * counts as a browser's when it carries {@code Sec-Fetch-Mode} or {@code Sec-Fetch-Site} (every current browser
 * sends them), {@code X-Requested-With}, or an {@code Accept} that names {@code text/html}. Scripts and servers
 * send their credentials with the first request anyway.
 */
final class MachineAuthenticationEntryPoint implements AuthenticationEntryPoint {

  static final String CHALLENGE = "Basic realm=\"PO Desk\"";

  @Override
  public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
      throws IOException {
    if (!fromBrowser(request)) {
      response.setHeader(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE);
    }
    Problems.write(response, HttpStatus.UNAUTHORIZED, "Unauthorized",
        "Send a PO Desk user name and password with HTTP Basic on every call; people use the portal's login page.");
  }

  static boolean fromBrowser(HttpServletRequest request) {
    String accept = request.getHeader(HttpHeaders.ACCEPT);
    return request.getHeader("Sec-Fetch-Mode") != null || request.getHeader("Sec-Fetch-Site") != null
        || request.getHeader("X-Requested-With") != null
        || accept != null && accept.toLowerCase(Locale.ROOT).contains("text/html");
  }
}
