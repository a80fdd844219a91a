package io.podesk.identity;

import io.podesk.shared.PersonDeactivated;
import io.podesk.shared.UserAccounts;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends the sessions of a person whose login was closed (deactivated): a logged-in request asks the user store, at
 * most every {@link #RECHECK} per person and node, whether the login is still open; a closed one's session is
 * invalidated and the request answered as not logged in. The node that hears of the deactivation forgets its answer
 * at once; other nodes within {@link #RECHECK}.
 */
@Component
class ClosedAccountSessions {

  static final Duration RECHECK = Duration.ofSeconds(10);
  private static final int MAX_REMEMBERED = 10_000;

  private record Answer(boolean closed, Instant at) {}

  private final UserAccounts accounts;
  private final Clock clock;
  private final Map<String, Answer> answers = new ConcurrentHashMap<>();

  ClosedAccountSessions(UserAccounts accounts, Clock clock) {
    this.accounts = accounts;
    this.clock = clock;
  }

  /** The filter for the people's chain (not a bean of its own: the servlet container would run it outside security). */
  OncePerRequestFilter filter() {
    return new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        endIfClosed(request, response, chain);
      }
    };
  }

  private void endIfClosed(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication user = SecurityContextHolder.getContext().getAuthentication();
    HttpSession session = request.getSession(false);
    if (session != null && user != null && user.isAuthenticated() && !(user instanceof AnonymousAuthenticationToken)
        && closed(user.getName())) {
      session.invalidate();
      SecurityContextHolder.clearContext();
      if ("GET".equals(request.getMethod()) && !request.getRequestURI().contains("/api/")) {
        response.sendRedirect(request.getContextPath() + "/login?closed");
      } else {
        response.sendError(HttpServletResponse.SC_UNAUTHORIZED, "Your access has ended");
      }
      return;
    }
    chain.doFilter(request, response);
  }

  @ApplicationModuleListener
  void on(PersonDeactivated event) {
    answers.remove(event.userId());
  }

  private boolean closed(String userId) {
    Instant now = Instant.now(clock);
    Answer answer = answers.get(userId);
    if (answer == null || answer.at().plus(RECHECK).isBefore(now)) {
      if (answers.size() > MAX_REMEMBERED) {
        answers.clear();
      }
      answer = new Answer(accounts.isClosed(userId), now);
      answers.put(userId, answer);
    }
    return answer.closed();
  }
}
