package io.podesk.webhooks;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param pollInterval how often due deliveries are sent
 * @param retryBase the first back-off; each further failure doubles it
 * @param maxAttempts attempts before a delivery stays FAILED in the log
 */
@ConfigurationProperties("podesk.webhooks")
public record WebhookProperties(Duration pollInterval, Duration retryBase, int maxAttempts, Duration timeout) {

  public WebhookProperties {
    pollInterval = pollInterval == null ? Duration.ofSeconds(2) : pollInterval;
    retryBase = retryBase == null ? Duration.ofSeconds(30) : retryBase;
    maxAttempts = maxAttempts <= 0 ? 10 : maxAttempts;
    timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
  }
}
