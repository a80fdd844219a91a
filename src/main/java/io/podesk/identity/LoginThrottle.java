package io.podesk.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows password guessing: after {@code max-failures} failed logins from one address within the window, that
 * address gets 429 for the rest of the window, on the login form and on HTTP Basic alike. (The user store itself
 * also locks an account after repeated failures.) Counts live in memory, per node.
 */
@Component
public class LoginThrottle {

  private final int maxFailures;
  private final Duration window;
  private final Clock clock;
  private final Map<String, Failures> byAddress = new ConcurrentHashMap<>();

  LoginThrottle(@Value("${podesk.security.login-throttle.max-failures:10}") int maxFailures,
      @Value("${podesk.security.login-throttle.window:PT15M}") Duration window, Clock clock) {
    this.maxFailures = maxFailures;
    this.window = window;
    this.clock = clock;
  }

  private record Failures(int count, Instant since) {}

  @EventListener
  void on(AbstractAuthenticationFailureEvent event) {
    String address = addressOf(event.getAuthentication().getDetails());
    if (address == null) {
      return;
    }
    Instant now = Instant.now(clock);
    byAddress.compute(address, (key, previous) -> previous == null || expired(previous, now)
        ? new Failures(1, now) : new Failures(previous.count() + 1, previous.since()));
  }

  @EventListener
  void on(AuthenticationSuccessEvent event) {
    String address = addressOf(event.getAuthentication().getDetails());
    if (address != null) {
      byAddress.remove(address);
    }
  }

  /** Whether this address has used up its attempts. */
  public boolean isBlocked(String address) {
    Failures failures = byAddress.get(address);
    return failures != null && !expired(failures, Instant.now(clock)) && failures.count() >= maxFailures;
  }

  private boolean expired(Failures failures, Instant now) {
    return failures.since().plus(window).isBefore(now);
  }

  private static String addressOf(Object details) {
    return details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
  }

  /** Refuses login attempts (form posts and Basic credentials) from a blocked address before they are checked. */
  OncePerRequestFilter filter() {
    return new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        boolean attempt = request.getHeader("Authorization") != null
            || ("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
        if (attempt && isBlocked(request.getRemoteAddr())) {
          if (request.getHeader("Authorization") == null) {
            response.sendRedirect(request.getContextPath() + "/login?throttled");
            return;
          }
          response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
          response.setHeader("Retry-After", String.valueOf(window.toSeconds()));
          response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
          response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429,"
              + "\"detail\":\"Too many failed logins from this address; try again later\"}");
          return;
        }
        chain.doFilter(request, response);
      }
    };
  }
}
