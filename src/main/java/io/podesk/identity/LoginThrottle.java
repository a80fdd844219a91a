package io.podesk.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.authentication.www.BasicAuthenticationConverter;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The one throttle every password check goes through (the login form, HTTP Basic, the engine's identity
 * verification): failures are counted per address and per user name. Too many from one address lock that address;
 * too many for one user name, from anywhere, lock that user. Every lock is temporary (the first lasts
 * {@code lock}, each further one twice as long, up to {@code max-lock}) and an admin can lift a user's lock.
 * Counts live in memory, per node, bounded by {@code max-tracked}.
 */
@Component
public class LoginThrottle {

  private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);
  private static final int MAX_KEY_LENGTH = 128;
  private static final String UNKNOWN = "unknown";

  private final Clock clock;
  private final LoginTallies byAddress;
  private final LoginTallies byUser;

  LoginThrottle(LoginThrottleProperties limits, Clock clock) {
    this.clock = clock;
    this.byAddress = new LoginTallies(limits.maxFailures(), limits.window(), limits.lock(), limits.maxLock(),
        limits.maxTracked());
    this.byUser = new LoginTallies(limits.userMaxFailures(), limits.window(), limits.lock(), limits.maxLock(),
        limits.maxTracked());
  }

  /** A lock in force: on an address or on a user name. */
  public record Lock(String kind, String key, Instant until) {}

  /** How long this address or this user must still wait before a password may be checked; empty if not at all. */
  public synchronized Optional<Duration> lockedFor(String address, String user) {
    Instant now = Instant.now(clock);
    Instant until = later(byAddress.lockedUntil(keyOf(address), now), byUser.lockedUntil(keyOf(user), now));
    return until == null ? Optional.empty() : Optional.of(Duration.between(now, until));
  }

  /** Records a wrong password (or an unknown user) tried from this address. */
  public synchronized void failed(String address, String user) {
    Instant now = Instant.now(clock);
    String addressKey = keyOf(address);
    String userKey = keyOf(user);
    Instant addressLock = byAddress.fail(addressKey, userKey, now);
    if (addressLock != null) {
      log.warn("Too many failed logins from address {}: locked until {}", printable(addressKey), addressLock);
    }
    Instant userLock = byUser.fail(userKey, addressKey, now);
    if (userLock != null) {
      log.warn("Too many failed logins for user {}: locked until {}", printable(userKey), userLock);
    }
  }

  /** Records a right password: forgives this pair's failures only, never another address's. */
  public synchronized void succeeded(String address, String user) {
    byAddress.succeed(keyOf(address), keyOf(user));
    byUser.succeed(keyOf(user), keyOf(address));
  }

  /** Lifts a user's lock and forgets their failures; returns whether there was anything to lift. */
  synchronized boolean unlock(String user) {
    return byUser.forget(keyOf(user));
  }

  /** How many addresses and user names are tracked: bounded by {@code max-tracked} each. */
  synchronized int tracked() {
    return byAddress.size() + byUser.size();
  }

  synchronized List<Lock> locks() {
    Instant now = Instant.now(clock);
    var addresses = byAddress.locks(now).stream().map(lock -> new Lock("address", lock.key(), lock.until()));
    var users = byUser.locks(now).stream().map(lock -> new Lock("user", lock.key(), lock.until()));
    return Stream.concat(users, addresses).toList();
  }

  /** The address a Spring Security authentication came from, if it came over the web. */
  public static String addressOf(Object authenticationDetails) {
    return authenticationDetails instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
  }

  /** Answers 429 with a problem detail and the seconds left in Retry-After. */
  public static void refuse(HttpServletResponse response, Duration retryAfter) throws IOException {
    response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
    response.setHeader("Retry-After", String.valueOf(Math.max(1, retryAfter.toSeconds())));
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429,"
        + "\"detail\":\"Too many failed logins for this user or from this address; try again in "
        + Math.max(1, retryAfter.toSeconds()) + " seconds\"}");
  }

  private static Instant later(Instant one, Instant other) {
    if (one == null) {
      return other;
    }
    return other == null || one.isAfter(other) ? one : other;
  }

  private static String keyOf(String value) {
    if (value == null || value.isEmpty()) {
      return UNKNOWN;
    }
    return value.length() <= MAX_KEY_LENGTH ? value : value.substring(0, MAX_KEY_LENGTH);
  }

  /** User names come from attackers: no line breaks or control characters in the log. */
  static String printable(String value) {
    return value.replaceAll("\\p{Cntrl}", "?");
  }

  /**
   * Refuses a login attempt (a form post or Basic credentials) from a locked address or for a locked user before
   * any password is checked.
   */
  OncePerRequestFilter filter() {
    BasicAuthenticationConverter basic = new BasicAuthenticationConverter();
    return new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        boolean formLogin = "POST".equals(request.getMethod()) && "/login".equals(request.getServletPath());
        String user = formLogin ? request.getParameter("username") : basicUser(basic, request);
        Optional<Duration> locked = formLogin || user != null
            ? lockedFor(request.getRemoteAddr(), user) : Optional.empty();
        if (locked.isEmpty()) {
          chain.doFilter(request, response);
        } else if (formLogin) {
          response.sendRedirect(request.getContextPath() + "/login?throttled");
        } else {
          refuse(response, locked.get());
        }
      }
    };
  }

  private static String basicUser(BasicAuthenticationConverter basic, HttpServletRequest request) {
    try {
      var token = basic.convert(request);
      return token == null ? null : token.getName();
    } catch (BadCredentialsException malformed) {
      return null;
    }
  }
}
