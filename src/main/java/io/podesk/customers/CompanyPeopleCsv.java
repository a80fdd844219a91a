package io.podesk.customers;

import io.podesk.audit.AuditSubject;
import io.podesk.audit.AuditTrail;
import io.podesk.audit.AuditType;
import io.podesk.shared.Actor;
import io.podesk.shared.CsvImport;
import io.podesk.shared.CsvImport.RowError;
import io.podesk.shared.InvalidInputException;
import io.podesk.shared.UserAccounts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The companies' people as CSV: an export, and an import that first lists every row's errors by row and column (a dry
 * run changes nothing), then stores all rows or none. Rows are matched by user name: a new one is invited (a mail to
 * set a password), a known one is changed where the row differs, {@code active=false} deactivates a person, and an
 * unchanged one is left alone, so the same file imported twice changes nothing the second time. Audited.
 */
@Service
class CompanyPeopleCsv {

  static final List<String> COLUMNS = List.of("username", "company", "role", "name", "email", "spend_limit",
      "active");
  private static final Map<String, String> COLUMN_OF_FIELD = Map.of("spendLimit", "spend_limit");

  private final CompanyPeople people;
  private final CompanyUsers users;
  private final Customers customers;
  private final UserAccounts accounts;
  private final AuditTrail audit;

  CompanyPeopleCsv(CompanyPeople people, CompanyUsers users, Customers customers, UserAccounts accounts,
      AuditTrail audit) {
    this.people = people;
    this.users = users;
    this.customers = customers;
    this.accounts = accounts;
    this.audit = audit;
  }

  @Transactional(readOnly = true)
  String export() {
    List<List<?>> records = new ArrayList<>();
    for (CompanyPerson person : people.all()) {
      records.add(Arrays.asList(person.userId(), person.companyId(), person.role().name(), person.displayName(),
          person.email(), person.spendLimit() == null ? null : person.spendLimit().toPlainString(),
          people.active(person.userId()).orElse(false)));
    }
    return CsvImport.write(COLUMNS, records);
  }

  private enum Change { CREATE, UPDATE, DEACTIVATE, NONE }

  private record Planned(Change change, CompanyPerson person) {}

  @Transactional
  CsvImport.Report importCsv(String csv, boolean dryRun, Actor actor) {
    List<RowError> errors = new ArrayList<>();
    List<Planned> plan = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    int rows = CsvImport.read(csv, COLUMNS, errors, (row, rowErrors) -> {
      String username = row.record().get("username");
      if (!username.isEmpty() && !seen.add(username)) {
        rowErrors.add(new RowError(row.number(), "username", username + " is in the file twice"));
        return;
      }
      List<RowError> unreadable = new ArrayList<>();
      BigDecimal spendLimit = row.decimal("spend_limit", unreadable);
      boolean active = row.bool("active", unreadable);
      rowErrors.addAll(unreadable);
      String company = row.text("company");
      if (company == null || !customers.existsById(company)) {
        rowErrors.add(new RowError(row.number(), "company", company == null ? "company is required: a company code"
            : "no company with code " + company));
        return;
      }
      CompanyPerson person;
      try {
        person = CompanyPeople.personOf(company, new PersonForm(row.text("username"), row.text("name"),
            row.text("email"), row.text("role"), spendLimit, company));
      } catch (InvalidInputException e) {
        row.refused(e, COLUMN_OF_FIELD, unreadable, rowErrors);
        return;
      }
      if (!unreadable.isEmpty()) {
        return;
      }
      Optional<CompanyUser> existing = users.findById(person.userId());
      if (existing.isEmpty()) {
        if (accounts.exists(person.userId())) {
          rowErrors.add(new RowError(row.number(), "username", person.userId() + " is taken by one of the "
              + "seller's staff; choose another"));
        } else if (!active) {
          rowErrors.add(new RowError(row.number(), "active", "a new person is invited active; leave them out "
              + "of the file instead"));
        } else {
          plan.add(new Planned(Change.CREATE, person));
        }
        return;
      }
      CompanyUser user = existing.get();
      CompanyPerson stored = user.person();
      if (!stored.companyId().equals(company)) {
        rowErrors.add(new RowError(row.number(), "company", person.userId() + " is a person of company "
            + stored.companyId() + "; a person cannot move to another company"));
      } else if (!user.active()) {
        if (active) {
          rowErrors.add(new RowError(row.number(), "active", person.userId() + " is deactivated; invite them "
              + "again under a new user name"));
        } else {
          plan.add(new Planned(Change.NONE, stored));
        }
      } else if (!active) {
        plan.add(new Planned(Change.DEACTIVATE, stored));
      } else {
        plan.add(new Planned(person.equals(stored) ? Change.NONE : Change.UPDATE, person));
      }
    });
    boolean store = !dryRun && errors.isEmpty();
    if (store) {
      for (Planned planned : plan) {
        CompanyPerson person = planned.person();
        switch (planned.change()) {
          case CREATE -> people.invite(person.companyId(), PersonForm.of(person), actor);
          case UPDATE -> people.update(person.companyId(), person.userId(), PersonForm.of(person), actor);
          case DEACTIVATE -> people.deactivate(person.companyId(), person.userId(), actor);
          case NONE -> { }
        }
      }
      audit.recordChange(AuditSubject.person("*import*"), actor, AuditType.IMPORTED, "Company people imported from "
          + "CSV: " + count(plan, Change.CREATE) + " invited, " + count(plan, Change.UPDATE) + " changed, "
          + count(plan, Change.DEACTIVATE) + " deactivated, " + count(plan, Change.NONE) + " unchanged", null, null);
    }
    return new CsvImport.Report(dryRun, store, rows, keys(plan, Change.CREATE),
        keys(plan, Change.UPDATE, Change.DEACTIVATE), keys(plan, Change.NONE), errors);
  }

  private static long count(List<Planned> plan, Change change) {
    return plan.stream().filter(planned -> planned.change() == change).count();
  }

  private static List<String> keys(List<Planned> plan, Change... changes) {
    List<Change> wanted = List.of(changes);
    return plan.stream().filter(planned -> wanted.contains(planned.change()))
        .map(planned -> planned.person().userId()).toList();
  }
}
