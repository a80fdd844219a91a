package io.podesk.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

class LoginThrottleTests {

  private final MutableClock clock = new MutableClock();
  private final LoginThrottle throttle = new LoginThrottle(3, Duration.ofMinutes(15), clock);

  @Test
  void anAddressIsRefusedAfterTooManyFailedLoginsUntilTheWindowPasses() throws Exception {
    failFrom("10.0.0.7", 3);

    assertThat(throttle.isBlocked("10.0.0.7")).isTrue();
    assertThat(throttle.isBlocked("10.0.0.8")).isFalse();
    var basic = attempt("10.0.0.7", true);
    assertThat(basic.getStatus()).isEqualTo(429);
    assertThat(basic.getHeader("Retry-After")).isEqualTo("900");
    assertThat(basic.getContentAsString()).contains("Too many failed logins");
    var form = attempt("10.0.0.7", false);
    assertThat(form.getRedirectedUrl()).isEqualTo("/login?throttled");

    clock.advance(Duration.ofMinutes(16));
    assertThat(throttle.isBlocked("10.0.0.7")).isFalse();
    assertThat(attempt("10.0.0.7", true).getStatus()).isEqualTo(200);
  }

  @Test
  void aSuccessfulLoginClearsTheCount() {
    failFrom("10.0.0.9", 2);
    throttle.on(new AuthenticationSuccessEvent(token("10.0.0.9")));
    failFrom("10.0.0.9", 2);

    assertThat(throttle.isBlocked("10.0.0.9")).isFalse();
  }

  private void failFrom(String address, int times) {
    for (int i = 0; i < times; i++) {
      throttle.on(new AuthenticationFailureBadCredentialsEvent(token(address), new BadCredentialsException("no")));
    }
  }

  private static UsernamePasswordAuthenticationToken token(String address) {
    var request = new MockHttpServletRequest();
    request.setRemoteAddr(address);
    var token = UsernamePasswordAuthenticationToken.unauthenticated("someone", "guess");
    token.setDetails(new WebAuthenticationDetails(request));
    return token;
  }

  private MockHttpServletResponse attempt(String address, boolean basic) throws Exception {
    var request = new MockHttpServletRequest(basic ? "GET" : "POST", basic ? "/api/purchase-orders" : "/login");
    request.setServletPath(basic ? "/api/purchase-orders" : "/login");
    request.setRemoteAddr(address);
    if (basic) {
      request.addHeader("Authorization", "Basic c29tZW9uZTpndWVzcw==");
    }
    var response = new MockHttpServletResponse();
    throttle.filter().doFilter(request, response, new MockFilterChain());
    return response;
  }

  private static final class MutableClock extends Clock {
    private Instant now = Instant.parse("2026-11-23T10:00:00Z");

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
