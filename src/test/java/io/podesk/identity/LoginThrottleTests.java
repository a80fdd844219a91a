package io.podesk.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class LoginThrottleTests {

  private static final Duration WINDOW = Duration.ofMinutes(15);
  private static final Duration LOCK = Duration.ofMinutes(5);
  private static final Duration MAX_LOCK = Duration.ofHours(1);

  private final MutableClock clock = new MutableClock();
  private final LoginThrottle throttle = throttle(3, 5, 1000);

  private LoginThrottle throttle(int addressFailures, int userFailures, int maxTracked) {
    return new LoginThrottle(new LoginThrottleProperties(addressFailures, userFailures, WINDOW, LOCK, MAX_LOCK,
        maxTracked), clock);
  }

  @Test
  void anAddressIsRefusedAfterTooManyFailedLoginsUntilItsLockEnds() throws Exception {
    throttle.failed("10.0.0.7", "alice");
    throttle.failed("10.0.0.7", "bob");
    throttle.failed("10.0.0.7", "carol");

    assertThat(throttle.lockedFor("10.0.0.7", "dave")).contains(LOCK);
    assertThat(throttle.lockedFor("10.0.0.8", "alice")).isEmpty();
    var basic = attempt("10.0.0.7", true);
    assertThat(basic.getStatus()).isEqualTo(429);
    assertThat(basic.getHeader("Retry-After")).isEqualTo("300");
    assertThat(basic.getContentType()).isEqualTo("application/problem+json");
    assertThat(basic.getContentAsString()).contains("Too many failed logins");
    assertThat(attempt("10.0.0.7", false).getRedirectedUrl()).isEqualTo("/login?throttled");
    // a request without credentials is no password check: not refused
    assertThat(plainRequest("10.0.0.7").getStatus()).isEqualTo(200);

    clock.advance(LOCK.plusSeconds(1));
    assertThat(throttle.lockedFor("10.0.0.7", "dave")).isEmpty();
    assertThat(attempt("10.0.0.7", true).getStatus()).isEqualTo(200);
  }

  @Test
  void aUserAttackedFromManyAddressesIsLockedForAWhileWhereverTheyComeFrom() {
    for (int i = 1; i <= 5; i++) {
      throttle.failed("192.0.2." + i, "admin");
    }

    assertThat(throttle.lockedFor("198.51.100.1", "admin")).contains(LOCK);
    assertThat(throttle.lockedFor("198.51.100.1", "salesmanager")).isEmpty();
    clock.advance(LOCK);
    assertThat(throttle.lockedFor("198.51.100.1", "admin")).isEmpty();
  }

  @Test
  void aSuccessFromOneAddressDoesNotForgiveTheFailuresFromAnother() {
    for (int i = 0; i < 3; i++) {
      throttle.failed("192.0.2.66", "director");
    }
    throttle.failed("10.0.0.1", "director");
    throttle.succeeded("10.0.0.1", "director");

    // the success forgave its own address's failure only: the attacker's three still count towards five
    assertThat(throttle.lockedFor("10.0.0.1", "director")).isEmpty();
    assertThat(throttle.lockedFor("192.0.2.66", "someone")).isPresent();
    throttle.failed("192.0.2.67", "director");
    assertThat(throttle.lockedFor("10.0.0.1", "director")).isEmpty();
    throttle.failed("192.0.2.67", "director");
    assertThat(throttle.lockedFor("10.0.0.1", "director")).contains(LOCK);
  }

  @Test
  void aSuccessForgivesTheOwnPairsFailures() {
    throttle.failed("10.0.0.9", "alice");
    throttle.failed("10.0.0.9", "alice");
    throttle.succeeded("10.0.0.9", "alice");
    throttle.failed("10.0.0.9", "alice");
    throttle.failed("10.0.0.9", "alice");

    assertThat(throttle.lockedFor("10.0.0.9", "alice")).isEmpty();
  }

  @Test
  void wrongPasswordsOnATimerNeverLockAUserForGood() {
    Duration longest = Duration.ZERO;
    for (int round = 0; round < 50; round++) {
      for (int i = 0; i < 5; i++) {
        throttle.failed("192.0.2." + (round % 200), "admin");
      }
      Optional<Duration> locked = throttle.lockedFor("203.0.113.5", "admin");
      assertThat(locked).isPresent();
      longest = locked.get().compareTo(longest) > 0 ? locked.get() : longest;
      clock.advance(locked.get());
      assertThat(throttle.lockedFor("203.0.113.5", "admin")).isEmpty();
    }
    // the back-off grew, and stopped growing at the longest lock
    assertThat(longest).isEqualTo(MAX_LOCK);
    throttle.succeeded("203.0.113.5", "admin");
    assertThat(throttle.lockedFor("203.0.113.5", "admin")).isEmpty();
  }

  @Test
  void eachFurtherLockLastsTwiceAsLongUpToTheLongest() {
    for (Duration expected : new Duration[] {LOCK, LOCK.multipliedBy(2), LOCK.multipliedBy(4),
        LOCK.multipliedBy(8), MAX_LOCK, MAX_LOCK}) {
      for (int i = 0; i < 5; i++) {
        throttle.failed("192.0.2." + i, "salesrep");
      }
      assertThat(throttle.lockedFor(null, "salesrep")).contains(expected);
      clock.advance(expected);
    }
  }

  @Test
  void anAdminUnlockLiftsAUsersLockAndItsBackOff() {
    for (int i = 0; i < 5; i++) {
      throttle.failed("192.0.2." + i, "financeclerk");
    }
    assertThat(throttle.locks()).extracting(LoginThrottle.Lock::key).containsExactly("financeclerk");

    assertThat(throttle.unlock("financeclerk")).isTrue();
    assertThat(throttle.lockedFor("192.0.2.200", "financeclerk")).isEmpty();
    assertThat(throttle.unlock("financeclerk")).isFalse();
    for (int i = 0; i < 5; i++) {
      throttle.failed("192.0.2." + i, "financeclerk");
    }
    // the back-off started over: a first lock again
    assertThat(throttle.lockedFor(null, "financeclerk")).contains(LOCK);
  }

  @Test
  void memoryStaysBoundedAndALockedUserOutlastsAFloodOfNewNames() {
    LoginThrottle small = throttle(1_000_000, 5, 100);
    for (int i = 0; i < 5; i++) {
      small.failed("192.0.2.1", "admin");
    }
    for (int i = 0; i < 10_000; i++) {
      small.failed("192.0.2." + (i % 250), "guess" + i);
    }

    assertThat(small.tracked()).isLessThanOrEqualTo(200);
    assertThat(small.lockedFor("203.0.113.9", "admin")).isPresent();
  }

  private MockHttpServletResponse attempt(String address, boolean basic) throws Exception {
    var request = new MockHttpServletRequest(basic ? "GET" : "POST", basic ? "/api/purchase-orders" : "/login");
    request.setServletPath(basic ? "/api/purchase-orders" : "/login");
    request.setRemoteAddr(address);
    if (basic) {
      request.addHeader("Authorization", "Basic c29tZW9uZTpndWVzcw==");
    } else {
      request.addParameter("username", "someone");
    }
    var response = new MockHttpServletResponse();
    throttle.filter().doFilter(request, response, new MockFilterChain());
    return response;
  }

  private MockHttpServletResponse plainRequest(String address) throws Exception {
    var request = new MockHttpServletRequest("GET", "/portal");
    request.setServletPath("/portal");
    request.setRemoteAddr(address);
    var response = new MockHttpServletResponse();
    throttle.filter().doFilter(request, response, new MockFilterChain());
    return response;
  }
}
