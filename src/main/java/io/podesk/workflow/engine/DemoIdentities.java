package io.podesk.workflow.engine;

import io.podesk.customers.CompanyPerson;
import io.podesk.customers.CompanyRole;
import io.podesk.customers.CustomerDirectory;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The demo logins of DESIGN.md in the user store, password {@code demo}; only when demo data is enabled. */
@Component
@ConditionalOnProperty(name = "podesk.demo-data.enabled", havingValue = "true")
class DemoIdentities {

  static final String PASSWORD = "demo";

  /** Seller staff and the process analyst: user → group. */
  private static final Map<String, String> STAFF = Map.of(
      "analyst", "analysts",
      "salesrep", "salesreps",
      "salesmanager", "salesmanagers",
      "financeclerk", "finance",
      "creditcontroller", "creditcontrol",
      "director", "directors",
      "purchaser", "purchasing",
      "receiver", "warehouse",
      "apclerk", "accountspayable");

  private final IdentityService identity;
  private final CustomerDirectory customers;

  DemoIdentities(IdentityService identity, CustomerDirectory customers) {
    this.identity = identity;
    this.customers = customers;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(20)
  public void load() {
    STAFF.forEach((user, group) -> ensureUser(user, capitalized(user), "Staff", user + "@podesk.example", group));
    for (CompanyPerson person : customers.people()) {
      String[] names = person.displayName().split(" ", 2);
      String group = person.isBuyer() ? "buyers" : "companyapprovers";
      ensureUser(person.userId(), names[0], names.length > 1 ? names[1] : "", person.email(), group);
      if (person.role() == CompanyRole.APPROVER) {
        ensureUser(person.userId(), names[0], names.length > 1 ? names[1] : "", person.email(),
            person.companyId() + "approvers");
      }
    }
  }

  private void ensureUser(String id, String firstName, String lastName, String email, String group) {
    if (identity.createUserQuery().userId(id).count() == 0) {
      User user = identity.newUser(id);
      user.setFirstName(firstName);
      user.setLastName(lastName);
      user.setEmail(email);
      user.setPassword(PASSWORD);
      createdOnce(() -> identity.saveUser(user), () -> identity.createUserQuery().userId(id).count() > 0);
    }
    if (identity.createUserQuery().userId(id).memberOfGroup(group).count() == 0) {
      createdOnce(() -> identity.createMembership(id, group),
          () -> identity.createUserQuery().userId(id).memberOfGroup(group).count() > 0);
    }
  }

  /**
   * Two nodes starting at once on an empty database both find the user missing and both create it; the second
   * insert fails on the unique key. That is success, the user is there: anything else is rethrown.
   */
  private static void createdOnce(Runnable create, BooleanSupplier exists) {
    try {
      create.run();
    } catch (RuntimeException e) {
      if (!exists.getAsBoolean()) {
        throw e;
      }
    }
  }

  private static String capitalized(String id) {
    return Character.toUpperCase(id.charAt(0)) + id.substring(1);
  }
}
