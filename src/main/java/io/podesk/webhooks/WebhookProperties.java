package io.podesk.webhooks;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param pollInterval how often due deliveries are sent
 * @param retryBase the first back-off; each further failure doubles it
 * @param maxAttempts attempts before a delivery stays FAILED in the log
 * @param connectTimeout how long to wait for a subscriber's server to accept the connection
 * @param readTimeout how long to wait for its answer once the request is sent
 * @param allowedHosts host names webhooks may reach even when they resolve to a loopback or private address
 * @param allowPrivateNetworks whether webhooks may reach any loopback, link-local or private address
 */
@ConfigurationProperties("podesk.webhooks")
public record WebhookProperties(Duration pollInterval, Duration retryBase, int maxAttempts, Duration connectTimeout,
    Duration readTimeout, List<String> allowedHosts, boolean allowPrivateNetworks) {

  public WebhookProperties {
    pollInterval = pollInterval == null ? Duration.ofSeconds(2) : pollInterval;
    retryBase = retryBase == null ? Duration.ofSeconds(30) : retryBase;
    maxAttempts = maxAttempts <= 0 ? 10 : maxAttempts;
    connectTimeout = connectTimeout == null ? Duration.ofSeconds(5) : connectTimeout;
    readTimeout = readTimeout == null ? Duration.ofSeconds(10) : readTimeout;
    allowedHosts = allowedHosts == null ? List.of() : List.copyOf(allowedHosts);
  }
}
