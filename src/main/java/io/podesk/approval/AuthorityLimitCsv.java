package io.podesk.approval;

import io.podesk.audit.AuditSubject;
import io.podesk.audit.AuditTrail;
import io.podesk.audit.AuditType;
import io.podesk.shared.Actor;
import io.podesk.shared.BaseCurrency;
import io.podesk.shared.CsvImport;
import io.podesk.shared.CsvImport.RowError;
import io.podesk.shared.InvalidInputException;
import io.podesk.shared.StaffDirectory;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Authority limits as CSV, in the base currency: one row per staff member ({@code kind=person}) or staff group
 * ({@code kind=group}). The import first lists every row's errors by row and column (a dry run changes nothing),
 * then stores all rows or none; rows are matched by user or group name, and a limit already as the row says is left
 * alone, so the same file imported twice changes nothing the second time. Audited, with each limit's history.
 */
@Service
class AuthorityLimitCsv {

  static final List<String> COLUMNS = List.of("kind", "name", "limit", "currency");

  private final AuthorityLimitAdministration administration;
  private final AuthorityLimits people;
  private final GroupAuthorityLimits groups;
  private final StaffDirectory staff;
  private final BaseCurrency baseCurrency;
  private final AuditTrail audit;

  AuthorityLimitCsv(AuthorityLimitAdministration administration, AuthorityLimits people,
      GroupAuthorityLimits groups, StaffDirectory staff, BaseCurrency baseCurrency, AuditTrail audit) {
    this.administration = administration;
    this.people = people;
    this.groups = groups;
    this.staff = staff;
    this.baseCurrency = baseCurrency;
    this.audit = audit;
  }

  @Transactional(readOnly = true)
  String export() {
    List<List<?>> records = new ArrayList<>();
    for (AuthorityLimitView limit : administration.all()) {
      records.add(Arrays.asList(limit.userId() != null ? "person" : "group",
          limit.userId() != null ? limit.userId() : limit.group(), limit.limit().toPlainString(), limit.currency()));
    }
    return CsvImport.write(COLUMNS, records);
  }

  private record Planned(boolean group, String name, BigDecimal limit, boolean existed, boolean changed) {}

  @Transactional
  CsvImport.Report importCsv(String csv, boolean dryRun, Actor actor) {
    List<RowError> errors = new ArrayList<>();
    List<Planned> plan = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    String base = baseCurrency.base();
    int rows = CsvImport.read(csv, COLUMNS, errors, (row, rowErrors) -> {
      String kind = row.record().get("kind").toLowerCase(Locale.ROOT);
      String name = row.record().get("name");
      int before = rowErrors.size();
      if (!kind.equals("person") && !kind.equals("group")) {
        rowErrors.add(new RowError(row.number(), "kind", "kind must be person or group"));
      } else if (name.isEmpty()) {
        rowErrors.add(new RowError(row.number(), "name", "name is required: a staff member's user name or a group"));
      } else if (!seen.add(kind + ":" + name)) {
        rowErrors.add(new RowError(row.number(), "name", kind + " " + name + " is in the file twice"));
      } else if (kind.equals("person") && !staff.isStaff(name)) {
        rowErrors.add(new RowError(row.number(), "name", name + " is not one of the seller's staff; add them "
            + "under Staff first"));
      } else if (kind.equals("group") && !StaffGroups.APPROVING.contains(name)) {
        rowErrors.add(new RowError(row.number(), "name", "authority limits are for the staff groups "
            + StaffGroups.APPROVING));
      }
      String currency = row.record().get("currency");
      if (!currency.isEmpty() && !currency.equals(base)) {
        rowErrors.add(new RowError(row.number(), "currency", "limits are in the base currency " + base
            + "; leave currency empty or write " + base));
      }
      BigDecimal amount = row.decimal("limit", rowErrors);
      if (amount == null && rowErrors.stream().noneMatch(error -> error.row() == row.number()
          && "limit".equals(error.column()))) {
        rowErrors.add(new RowError(row.number(), "limit", "limit is required: an amount in the base currency, "
            + "such as 25000"));
      }
      BigDecimal checked = null;
      if (amount != null) {
        try {
          checked = AuthorityLimitAdministration.checked(amount);
        } catch (InvalidInputException e) {
          e.errors().forEach(error -> rowErrors.add(new RowError(row.number(), "limit", error.message())));
        }
      }
      if (rowErrors.size() > before) {
        return;
      }
      boolean group = kind.equals("group");
      Optional<BigDecimal> stored = group
          ? groups.findById(name).map(limit -> limit.limit()).filter(limit -> limit.currencyCode().equals(base))
              .map(limit -> limit.amount())
          : people.findById(name).map(limit -> limit.limit()).filter(limit -> limit.currencyCode().equals(base))
              .map(limit -> limit.amount());
      plan.add(new Planned(group, name, checked, stored.isPresent(), stored.map(limit -> limit.compareTo(amount) != 0).orElse(true)));
    });
    boolean store = !dryRun && errors.isEmpty();
    if (store) {
      for (Planned planned : plan) {
        if (planned.changed() && planned.group()) {
          administration.setForGroup(planned.name(), planned.limit(), actor);
        } else if (planned.changed()) {
          administration.setForPerson(planned.name(), planned.limit(), actor);
        }
      }
      audit.recordChange(AuditSubject.authorityLimit("*import*"), actor, AuditType.IMPORTED, "Authority limits "
          + "imported from CSV: " + plan.stream().filter(Planned::changed).count() + " set, "
          + plan.stream().filter(planned -> !planned.changed()).count() + " unchanged", null, null);
    }
    List<String> created = new ArrayList<>();
    List<String> updated = new ArrayList<>();
    List<String> unchanged = new ArrayList<>();
    plan.forEach(planned -> (!planned.changed() ? unchanged : planned.existed() ? updated : created)
        .add((planned.group() ? "group:" : "") + planned.name()));
    return new CsvImport.Report(dryRun, store, rows, created, updated, unchanged, errors);
  }
}
