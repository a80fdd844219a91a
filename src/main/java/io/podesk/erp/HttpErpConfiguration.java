package io.podesk.erp;

import io.podesk.catalog.CatalogSync;
import io.podesk.catalog.PriceBook;
import io.podesk.customers.CompanySync;
import io.podesk.customers.CustomerDirectory;
import io.podesk.shared.BaseCurrency;
import java.time.Clock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
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
  OdooErpGateway odooErpGateway(ErpProperties properties) {
    ErpProperties.Odoo odoo = properties.odoo();
    if (odoo == null || !StringUtils.hasText(odoo.url()) || !StringUtils.hasText(odoo.apiKey())) {
      throw new IllegalStateException("The Odoo ERP adapter needs podesk.erp.odoo.url, database, username, "
          + "api-key and generic-product-id (PODESK_ODOO_*)");
    }
    return new OdooErpGateway(odoo);
  }

  @Bean
  @ConditionalOnProperty(name = "podesk.erp.adapter", havingValue = "odoo")
  OdooMasterDataPull odooMasterDataPull(OdooErpGateway odoo, ErpSyncCursors cursors, CatalogSync catalog,
      PriceBook priceBook, CompanySync companies, CustomerDirectory customers, BaseCurrency baseCurrency,
      PlatformTransactionManager transactionManager, Clock clock) {
    return new OdooMasterDataPull(odoo, cursors, catalog, priceBook, companies, customers, baseCurrency,
        new TransactionTemplate(transactionManager), clock);
  }

  /** Odoo's partners, products and pricelist items, pulled on a schedule by one node at a time (ShedLock). */
  @Bean
  @ConditionalOnProperty(name = "podesk.erp.adapter", havingValue = "odoo")
  OdooMasterDataSchedule odooMasterDataSchedule(OdooMasterDataPull pull) {
    return new OdooMasterDataSchedule(pull);
  }

  static class OdooMasterDataSchedule {

    private final OdooMasterDataPull pull;

    OdooMasterDataSchedule(OdooMasterDataPull pull) {
      this.pull = pull;
    }

    @Scheduled(fixedDelayString = "${podesk.erp.odoo.pull-interval:PT15M}",
        initialDelayString = "${podesk.erp.odoo.pull-interval:PT15M}")
    @SchedulerLock(name = "odoo-master-data-pull", lockAtMostFor = "PT30M")
    public void run() {
      try {
        pull.pull();
      } catch (ErpUnavailableException e) {
        // the next run resumes from the last page applied
        LoggerFactory.getLogger(OdooMasterDataPull.class).warn("Odoo pull stopped: {}", e.getMessage());
      }
    }
  }
}
