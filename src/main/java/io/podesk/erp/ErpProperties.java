package io.podesk.erp;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** @param adapter which ERP adapter pushes orders: {@code file}, {@code webhook} or {@code odoo} */
@ConfigurationProperties("podesk.erp")
record ErpProperties(String adapter, File file, Webhook webhook, Odoo odoo) {

  /**
   * @param url the Odoo server, e.g. https://erp.example.com
   * @param apiKey the user's API key (or password)
   * @param genericProductId the product used for SKUs Odoo does not know
   */
  public record Odoo(String url, String database, String username, String apiKey, int genericProductId,
      Duration connectTimeout, Duration readTimeout) {

    public Odoo {
      connectTimeout = connectTimeout == null ? Duration.ofSeconds(5) : connectTimeout;
      readTimeout = readTimeout == null ? Duration.ofSeconds(20) : readTimeout;
    }
  }

  /** @param folder where one JSON file per order is written */
  public record File(String folder) {}

  /**
   * @param url where orders are POSTed
   * @param secret the shared HMAC-SHA256 key that signs each body
   */
  public record Webhook(String url, String secret, Duration connectTimeout,
      Duration readTimeout) {

    public Webhook {
      connectTimeout = connectTimeout == null ? Duration.ofSeconds(5) : connectTimeout;
      readTimeout = readTimeout == null ? Duration.ofSeconds(10) : readTimeout;
    }
  }
}
