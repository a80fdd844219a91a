package io.podesk.outbox;

import java.time.Duration;

/**
 * How every outbox channel retries: after the n-th failed attempt it waits {@code firstDelay * factor^(n-1)}, at most
 * {@code maxDelay}, and after {@code maxAttempts} attempts it gives up (the message stays FAILED).
 *
 * @param firstDelay the wait after the first failure
 * @param factor what each further failure multiplies the wait by
 * @param maxDelay the longest wait
 * @param maxAttempts attempts before a message is given up on
 */
public record BackOff(Duration firstDelay, double factor, Duration maxDelay, int maxAttempts) {

  public BackOff {
    firstDelay = firstDelay == null ? Duration.ofSeconds(30) : firstDelay;
    factor = factor < 1 ? 2 : factor;
    maxDelay = maxDelay == null ? Duration.ofHours(2) : maxDelay;
    maxAttempts = maxAttempts <= 0 ? 10 : maxAttempts;
  }

  /** Whether a message that has failed this many times is given up on. */
  boolean exhausted(int attempts) {
    return attempts >= maxAttempts;
  }

  /** The wait before the next attempt of a message that has failed this many times (at least once). */
  Duration delayAfter(int attempts) {
    double millis = firstDelay.toMillis() * Math.pow(factor, Math.max(0, attempts - 1));
    return millis >= maxDelay.toMillis() ? maxDelay : Duration.ofMillis((long) millis);
  }
}
