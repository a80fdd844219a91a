package io.podesk.webhooks;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How often deliveries are sent and retried is the outbox's ({@code podesk.outbox.*}), as for every channel.
 *
 * @param connectTimeout how long to wait for a subscriber's server to accept the connection
 * @param readTimeout how long to wait for its answer once the request is sent
 * @param allowedHosts host names webhooks may reach even when they resolve to a loopback or private address
 * @param allowPrivateNetworks whether webhooks may reach any loopback, link-local or private address
 */
@ConfigurationProperties("podesk.webhooks")
record WebhookProperties(Duration connectTimeout, Duration readTimeout, List<String> allowedHosts,
    boolean allowPrivateNetworks) {

  public WebhookProperties {
    connectTimeout = connectTimeout == null ? Duration.ofSeconds(5) : connectTimeout;
    readTimeout = readTimeout == null ? Duration.ofSeconds(10) : readTimeout;
    allowedHosts = allowedHosts == null ? List.of() : List.copyOf(allowedHosts);
  }
}
