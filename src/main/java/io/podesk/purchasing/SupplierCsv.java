package io.podesk.purchasing;

import io.podesk.audit.AuditSubject;
import io.podesk.audit.AuditTrail;
import io.podesk.audit.AuditType;
import io.podesk.customers.PaymentTerms;
import io.podesk.shared.Actor;
import io.podesk.shared.CsvImport;
import io.podesk.shared.CsvImport.RowError;
import io.podesk.shared.InvalidInputException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Suppliers as CSV: an export, and an import matched by code that first lists every row's errors by row and column
 * (a dry run changes nothing), then stores all rows or none; the same file twice changes nothing the second time.
 * Payment terms as codes ({@code NET_30}, {@code DUE_ON_RECEIPT}, {@code EOM_30}); an empty tolerance takes its
 * default.
 */
@Service
class SupplierCsv {

  static final List<String> COLUMNS = List.of("code", "name", "email", "currency", "payment_terms", "ack_sla_hours",
      "backorder_policy", "quantity_over_percent", "quantity_under_percent", "price_over_percent",
      "price_over_absolute", "price_under_percent", "price_under_absolute", "active");
  private static final Map<String, String> COLUMN_OF_FIELD = Map.ofEntries(Map.entry("paymentTerms",
      "payment_terms"), Map.entry("ackSlaHours", "ack_sla_hours"), Map.entry("backorderPolicy", "backorder_policy"),
      Map.entry("tolerances.quantityOverPercent", "quantity_over_percent"),
      Map.entry("tolerances.quantityUnderPercent", "quantity_under_percent"),
      Map.entry("tolerances.priceOverPercent", "price_over_percent"),
      Map.entry("tolerances.priceOverAbsolute", "price_over_absolute"),
      Map.entry("tolerances.priceUnderPercent", "price_under_percent"),
      Map.entry("tolerances.priceUnderAbsolute", "price_under_absolute"));

  private final SupplierAdministration suppliers;
  private final AuditTrail audit;

  SupplierCsv(SupplierAdministration suppliers, AuditTrail audit) {
    this.suppliers = suppliers;
    this.audit = audit;
  }

  @Transactional(readOnly = true)
  String export() {
    List<List<?>> records = new ArrayList<>();
    for (SupplierForm s : suppliers.all()) {
      Tolerances t = s.tolerances();
      records.add(Arrays.asList(s.code(), s.name(), s.email(), s.currency(), termsCode(s.paymentTerms()),
          s.ackSlaHours(), s.backorderPolicy(), plain(t.quantityOverPercent()), plain(t.quantityUnderPercent()),
          plain(t.priceOverPercent()), plain(t.priceOverAbsolute()), plain(t.priceUnderPercent()),
          plain(t.priceUnderAbsolute()), s.active()));
    }
    return CsvImport.write(COLUMNS, records);
  }

  @Transactional
  CsvImport.Report importCsv(String csv, boolean dryRun, Actor actor) {
    List<RowError> errors = new ArrayList<>();
    List<SupplierForm> rows = new ArrayList<>();
    List<String> created = new ArrayList<>();
    List<String> updated = new ArrayList<>();
    List<String> unchanged = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    int records = CsvImport.read(csv, COLUMNS, errors, (row, rowErrors) -> {
      String code = row.record().get("code");
      if (!code.isEmpty() && !seen.add(code)) {
        rowErrors.add(new RowError(row.number(), "code", code + " is in the file twice"));
        return;
      }
      List<RowError> unreadable = new ArrayList<>();
      SupplierForm.Terms terms = terms(row.text("payment_terms"), row.number(), unreadable);
      BackorderPolicy backorders = backorders(row.text("backorder_policy"), row.number(), unreadable);
      Tolerances tolerances = new Tolerances(row.decimal("quantity_over_percent", unreadable),
          row.decimal("quantity_under_percent", unreadable), row.decimal("price_over_percent", unreadable),
          row.decimal("price_over_absolute", unreadable), row.decimal("price_under_percent", unreadable),
          row.decimal("price_under_absolute", unreadable));
      SupplierForm form = new SupplierForm(code, row.text("name"), row.text("email"), row.text("currency"), terms,
          row.integer("ack_sla_hours", unreadable), backorders, tolerances,
          row.text("active") == null ? null : row.bool("active", unreadable));
      rowErrors.addAll(unreadable);
      try {
        SupplierForm supplier = suppliers.checkedForm(code, form);
        if (unreadable.isEmpty()) {
          Optional<SupplierForm> existing = suppliers.stored(code);
          (existing.isEmpty() ? created : existing.get().equals(supplier) ? unchanged : updated).add(code);
          rows.add(supplier);
        }
      } catch (InvalidInputException e) {
        row.refused(e, COLUMN_OF_FIELD, unreadable, rowErrors);
      }
    });
    boolean store = !dryRun && errors.isEmpty();
    if (store) {
      for (SupplierForm supplier : rows) {
        if (created.contains(supplier.code())) {
          suppliers.create(supplier, actor);
        } else if (updated.contains(supplier.code())) {
          suppliers.update(supplier.code(), supplier, actor);
        }
      }
      audit.recordChange(AuditSubject.supplier("*import*"), actor, AuditType.IMPORTED, "Suppliers imported from "
          + "CSV: " + created.size() + " created, " + updated.size() + " updated, " + unchanged.size()
          + " unchanged", null, null);
    }
    return new CsvImport.Report(dryRun, store, records, created, updated, unchanged, errors);
  }

  private static SupplierForm.Terms terms(String code, long row, List<RowError> errors) {
    if (code == null) {
      return null;
    }
    try {
      PaymentTerms terms = PaymentTerms.ofCode(code.toUpperCase(Locale.ROOT));
      return switch (terms.type()) {
        case NET -> new SupplierForm.Terms("NET", terms.days());
        case DUE_ON_RECEIPT -> new SupplierForm.Terms("DUE_ON_RECEIPT", null);
        case END_OF_MONTH -> new SupplierForm.Terms("END_OF_MONTH", terms.days());
      };
    } catch (IllegalArgumentException e) {
      errors.add(new RowError(row, "payment_terms", "payment terms are NET_30, DUE_ON_RECEIPT or EOM_30"));
      return null;
    }
  }

  private static BackorderPolicy backorders(String value, long row, List<RowError> errors) {
    if (value == null) {
      return null;
    }
    try {
      return BackorderPolicy.valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      errors.add(new RowError(row, "backorder_policy", "the backorder policy is KEEP_OPEN, CANCEL_REMAINDER or ASK"));
      return null;
    }
  }

  private static String termsCode(SupplierForm.Terms terms) {
    return switch (terms.type()) {
      case "NET" -> "NET_" + terms.days();
      case "END_OF_MONTH" -> "EOM_" + terms.days();
      default -> "DUE_ON_RECEIPT";
    };
  }

  private static String plain(BigDecimal value) {
    return value == null ? "" : value.stripTrailingZeros().toPlainString();
  }
}
