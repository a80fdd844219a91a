package io.podesk.approval;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Authority limits of the demo staff. */
@Component
@ConditionalOnProperty(name = "podesk.demo-data.enabled", havingValue = "true")
class DemoAuthorityLimits {

  private final AuthorityLimits limits;

  DemoAuthorityLimits(AuthorityLimits limits) {
    this.limits = limits;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(1)
  @Transactional
  public void load() {
    if (limits.existsById("salesmanager")) {
      return;
    }
    limits.saveAll(List.of(
        new AuthorityLimit("salesrep", new BigDecimal("2000"), "USD"),
        new AuthorityLimit("salesmanager", new BigDecimal("25000"), "USD"),
        new AuthorityLimit("financeclerk", new BigDecimal("250000"), "USD"),
        new AuthorityLimit("creditcontroller", new BigDecimal("250000"), "USD"),
        new AuthorityLimit("director", new BigDecimal("10000000"), "USD")));
  }
}
