package io.podesk.identity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits of the login throttle.
 *
 * @param maxFailures failed password checks from one address within {@code window} before that address is locked
 * @param userMaxFailures failed password checks for one user name (from any address) within {@code window} before
 *     that user is locked
 * @param window how long failures count
 * @param lock how long the first lock lasts; each further lock of the same key lasts twice as long as the one before
 * @param maxLock the longest a lock lasts: every lock ends, none is permanent
 * @param maxTracked how many addresses, and how many user names, are tracked at most (memory stays bounded)
 */
@ConfigurationProperties("podesk.security.login-throttle")
record LoginThrottleProperties(int maxFailures, int userMaxFailures, Duration window, Duration lock,
    Duration maxLock, int maxTracked) {

  LoginThrottleProperties {
    maxFailures = maxFailures <= 0 ? 10 : maxFailures;
    userMaxFailures = userMaxFailures <= 0 ? 10 : userMaxFailures;
    window = window == null ? Duration.ofMinutes(15) : window;
    lock = lock == null ? Duration.ofMinutes(5) : lock;
    maxLock = maxLock == null ? Duration.ofHours(1) : maxLock;
    maxTracked = maxTracked <= 0 ? 10_000 : maxTracked;
  }
}
