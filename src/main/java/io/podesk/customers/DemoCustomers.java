package io.podesk.customers;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The demo companies and their people (DESIGN.md), loaded once when demo data is enabled. */
@Component
@ConditionalOnProperty(name = "podesk.demo-data.enabled", havingValue = "true")
class DemoCustomers {

  private final Customers customers;
  private final CompanyUsers companyUsers;

  DemoCustomers(Customers customers, CompanyUsers companyUsers) {
    this.customers = customers;
    this.companyUsers = companyUsers;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(0)
  @Transactional
  public void load() {
    if (customers.existsById("acme")) {
      return;
    }
    customers.saveAll(List.of(
        new Customer("acme", "ACME Aerospace", PaymentTerms.NET_30, "USD", new BigDecimal("100000"),
            new PoNumberPolicy(true, "^PO-\\d{6}$", "PO-123456"), true, "enterprise", "NA", "salesrep"),
        new Customer("northwind", "Northwind Health", PaymentTerms.NET_60, "USD", new BigDecimal("250000"),
            new PoNumberPolicy(true, "^NW-[A-Z]{2}-\\d{4}$", "NW-TX-0042"), false, "healthcare", "NA", "salesrep"),
        new Customer("globex", "Globex Energy", PaymentTerms.NET_15, "USD", new BigDecimal("20000"),
            PoNumberPolicy.optional(), false, "smb", "EMEA", "salesrep").withRisk("high")));
    companyUsers.saveAll(List.of(
        new CompanyUser("acmebuyer", "acme", CompanyRole.BUYER, "Alice Acme", "acmebuyer@acme.example",
            new BigDecimal("10000")),
        new CompanyUser("acmeapprover", "acme", CompanyRole.APPROVER, "Arthur Acme", "acmeapprover@acme.example", null),
        new CompanyUser("nwbuyer", "northwind", CompanyRole.BUYER, "Nora Northwind", "nwbuyer@northwind.example",
            new BigDecimal("50000")),
        new CompanyUser("nwapprover", "northwind", CompanyRole.APPROVER, "Ned Northwind",
            "nwapprover@northwind.example", null),
        new CompanyUser("globexbuyer", "globex", CompanyRole.BUYER, "Greta Globex", "globexbuyer@globex.example",
            new BigDecimal("5000"))));
  }
}
