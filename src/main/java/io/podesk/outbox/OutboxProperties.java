package io.podesk.outbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param pollInterval how often each channel's dispatcher looks for due messages
 * @param backOff the one retry policy of every channel
 */
@ConfigurationProperties("podesk.outbox")
record OutboxProperties(Duration pollInterval, BackOff backOff) {

  OutboxProperties {
    pollInterval = pollInterval == null ? Duration.ofSeconds(2) : pollInterval;
    backOff = backOff == null ? new BackOff(null, 0, null, 0) : backOff;
  }
}
