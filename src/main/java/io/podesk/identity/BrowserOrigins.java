package io.podesk.identity;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The origins whose pages may send state-changing requests to {@code /api} and {@code /engine-rest} (see
 * {@link CrossSiteRequestGuard}). PO Desk's own origin always counts: the request's scheme, host and port
 * (behind a proxy as its {@code X-Forwarded-*} headers say) and the origin of {@code baseUrl}.
 *
 * @param baseUrl the address PO Desk is reached at, as in the links of its mails
 * @param allowedOrigins further origins, such as {@code https://erp.example.com}; none by default
 */
@ConfigurationProperties("podesk")
record BrowserOrigins(String baseUrl, List<String> allowedOrigins) {

  BrowserOrigins {
    allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
  }
}
