package io.podesk.customers;

import io.podesk.shared.Actor;
import io.podesk.shared.CompanyId;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The demo companies and their people (DESIGN.md), loaded once when demo data is enabled. */
@Component
@ConditionalOnProperty(name = "podesk.demo-data.enabled", havingValue = "true")
class DemoCustomers {

  private final CustomerDirectory directory;
  private final CustomerOnboarding onboarding;
  private final SellerProfiles seller;

  DemoCustomers(CustomerDirectory directory, CustomerOnboarding onboarding, SellerProfiles seller) {
    this.directory = directory;
    this.onboarding = onboarding;
    this.seller = seller;
  }

  /**
   * Each company and person is added in a transaction of its own: two nodes starting at once on an empty database
   * both find the demo data missing, and the second to add a row finds it there (or hits its unique key). That is
   * success, the row exists; anything else is rethrown.
   */
  @EventListener(ApplicationReadyEvent.class)
  @Order(0)
  public void load() {
    if (seller.current().isEmpty()) {
      addedOnce(() -> seller.update(new SellerProfile(new Address("PO Desk Demo Supplies Inc.", "100 Market Street",
          "San Francisco", "94105", "CA", "US"), "US-12-3456789", "billing@podesk-demo.example"), Actor.SYSTEM),
          () -> seller.current().isPresent());
    }
    if (directory.find(CompanyId.of("acme")).isPresent()) {
      return;
    }
    List.of(
        new CustomerTerms("acme", "ACME Aerospace", PaymentTerms.NET_30, "USD", new BigDecimal("100000"),
            new PoNumberPolicy(true, "^PO-\\d{6}$", "PO-123456"), true, "enterprise", "NA", "low", "salesrep", 7, 1,
            true, new PricePolicy(PricePolicy.Action.FLAG, BigDecimal.ZERO)),
        new CustomerTerms("northwind", "Northwind Health", PaymentTerms.NET_60, "USD", new BigDecimal("250000"),
            new PoNumberPolicy(true, "^NW-[A-Z]{2}-\\d{4}$", "NW-TX-0042"), false, "healthcare", "NA", "low",
            "salesrep", 7, 1, true, new PricePolicy(PricePolicy.Action.REFUSE, new BigDecimal("5"))),
        new CustomerTerms("globex", "Globex Energy", PaymentTerms.NET_15, "USD", new BigDecimal("20000"),
            PoNumberPolicy.optional(), false, "smb", "EMEA", "high", "salesrep", 7, 1, true,
            new PricePolicy(PricePolicy.Action.ACCEPT, new BigDecimal("2"))))
        .forEach(company -> addedOnce(() -> onboarding.addCompany(company),
            () -> directory.find(company.companyId()).isPresent()));
    List.of(
        new CompanyPerson("acmebuyer", "acme", CompanyRole.BUYER, "Alice Acme", "acmebuyer@acme.example",
            new BigDecimal("10000")),
        new CompanyPerson("acmeapprover", "acme", CompanyRole.APPROVER, "Arthur Acme", "acmeapprover@acme.example",
            null),
        new CompanyPerson("nwbuyer", "northwind", CompanyRole.BUYER, "Nora Northwind", "nwbuyer@northwind.example",
            new BigDecimal("50000")),
        new CompanyPerson("nwapprover", "northwind", CompanyRole.APPROVER, "Ned Northwind",
            "nwapprover@northwind.example", null),
        new CompanyPerson("globexbuyer", "globex", CompanyRole.BUYER, "Greta Globex", "globexbuyer@globex.example",
            new BigDecimal("5000")))
        .forEach(person -> addedOnce(() -> onboarding.addPerson(person),
            () -> directory.person(person.userId()).isPresent()));
  }

  private static void addedOnce(Runnable add, BooleanSupplier exists) {
    try {
      add.run();
    } catch (RuntimeException e) {
      if (!exists.getAsBoolean()) {
        throw e;
      }
    }
  }
}
