package io.podesk.identity;

import java.time.Clock;
import java.time.Duration;

/** Login throttles with limits of a test's own, for tests outside this package. */
public final class LoginThrottles {

  private LoginThrottles() {}

  /** Locks after the given failures per address and per user; first lock 5 minutes, at most one hour. */
  public static LoginThrottle on(Clock clock, int addressFailures, int userFailures) {
    return new LoginThrottle(new LoginThrottleProperties(addressFailures, userFailures, Duration.ofMinutes(15),
        Duration.ofMinutes(5), Duration.ofHours(1), 1000), clock);
  }
}
