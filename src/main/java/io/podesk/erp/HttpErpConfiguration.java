package io.podesk.erp;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

@Configuration(proxyBeanMethods = false)
/** The HTTP ERP adapters, chosen by {@code podesk.erp.adapter}. */
class HttpErpConfiguration {

  @Bean
  @ConditionalOnProperty(name = "podesk.erp.adapter", havingValue = "webhook")
  ErpGateway webhookErpGateway(ErpProperties properties, Clock clock) {
    ErpProperties.Webhook webhook = properties.webhook();
    if (webhook == null || !StringUtils.hasText(webhook.url()) || !StringUtils.hasText(webhook.secret())) {
      throw new IllegalStateException("The webhook ERP adapter needs podesk.erp.webhook.url and .secret "
          + "(PODESK_ERP_WEBHOOK_URL, PODESK_ERP_WEBHOOK_SECRET)");
    }
    return new WebhookErpGateway(webhook, clock);
  }

  @Bean
  @ConditionalOnProperty(name = "podesk.erp.adapter", havingValue = "odoo")
  ErpGateway odooErpGateway(ErpProperties properties) {
    ErpProperties.Odoo odoo = properties.odoo();
    if (odoo == null || !StringUtils.hasText(odoo.url()) || !StringUtils.hasText(odoo.apiKey())) {
      throw new IllegalStateException("The Odoo ERP adapter needs podesk.erp.odoo.url, database, username, "
          + "api-key and generic-product-id (PODESK_ODOO_*)");
    }
    return new OdooErpGateway(odoo);
  }
}
