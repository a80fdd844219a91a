package io.podesk.approval;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/** Authority limits of the demo staff. */
@Component
@ConditionalOnProperty(name = "podesk.demo-data.enabled", havingValue = "true")
class DemoAuthorityLimits {

  private final AuthorityLimits limits;

  DemoAuthorityLimits(AuthorityLimits limits) {
    this.limits = limits;
  }

  /**
   * Loads the limits once. Two nodes starting at once on an empty database may both find them missing; the second
   * one's insert (one transaction, saveAll's own) then fails on the key, which is success: the limits are there.
   */
  @EventListener(ApplicationReadyEvent.class)
  @Order(1)
  public void load() {
    if (limits.existsById("salesmanager")) {
      return;
    }
    try {
      limits.saveAll(List.of(
          new AuthorityLimit("salesrep", new BigDecimal("2000"), "USD"),
          new AuthorityLimit("salesmanager", new BigDecimal("25000"), "USD"),
          new AuthorityLimit("financeclerk", new BigDecimal("250000"), "USD"),
          new AuthorityLimit("creditcontroller", new BigDecimal("250000"), "USD"),
          new AuthorityLimit("director", new BigDecimal("10000000"), "USD")));
    } catch (DataIntegrityViolationException e) {
      if (!limits.existsById("salesmanager")) {
        throw e;
      }
    }
  }
}
