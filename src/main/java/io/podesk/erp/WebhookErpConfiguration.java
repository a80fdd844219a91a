package io.podesk.erp;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

@Configuration(proxyBeanMethods = false)
class WebhookErpConfiguration {

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
}
