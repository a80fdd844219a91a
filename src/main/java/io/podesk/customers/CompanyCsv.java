package io.podesk.customers;

import io.podesk.audit.AuditSubject;
import io.podesk.audit.AuditTrail;
import io.podesk.audit.AuditType;
import io.podesk.shared.Actor;
import io.podesk.shared.CsvImport;
import io.podesk.shared.CsvImport.RowError;
import io.podesk.shared.FieldError;
import io.podesk.shared.InvalidInputException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Companies as CSV: an export, and an import that first lists every row's errors by row and column (a dry run changes
 * nothing), then stores all rows or none. Rows are matched by company code: a new code creates a company, a known one
 * updates it (addresses and tax exemption, which the CSV does not carry, stay as they are), an unchanged one is left
 * alone, so the same file imported twice changes nothing the second time. Each import is audited.
 */
@Service
class CompanyCsv {

  /** The columns, in order; the header row names them. */
  static final List<String> COLUMNS = List.of("code", "name", "currency", "payment_terms", "po_number_required",
      "po_number_pattern", "po_number_example", "po_number_ignore_case", "document_required", "credit_limit",
      "approval_expiry_days", "company_approvals_required", "customer_group", "region", "risk", "sales_rep",
      "document_reminder_days", "document_cancel_days", "retention_days", "price_policy", "price_tolerance");
  /** A form field (as {@link CompanyRules} names it) → its column. */
  private static final Map<String, String> COLUMN_OF_FIELD = Map.ofEntries(
      Map.entry("paymentTerms.type", "payment_terms"), Map.entry("paymentTerms.days", "payment_terms"),
      Map.entry("poNumber.pattern", "po_number_pattern"), Map.entry("poNumber.example", "po_number_example"),
      Map.entry("creditLimit", "credit_limit"), Map.entry("approvalExpiryDays", "approval_expiry_days"),
      Map.entry("companyApprovalsRequired", "company_approvals_required"),
      Map.entry("customerGroup", "customer_group"), Map.entry("salesRep", "sales_rep"),
      Map.entry("documentReminderDays", "document_reminder_days"),
      Map.entry("documentCancelDays", "document_cancel_days"), Map.entry("retentionDays", "retention_days"),
      Map.entry("pricePolicy.tolerancePercent", "price_tolerance"));

  private final Customers customers;
  private final CompanyRules rules;
  private final AuditTrail audit;
  private final CompanyAdministration administration;

  CompanyCsv(Customers customers, CompanyRules rules, AuditTrail audit, CompanyAdministration administration) {
    this.customers = customers;
    this.rules = rules;
    this.audit = audit;
    this.administration = administration;
  }

  @Transactional(readOnly = true)
  String export() {
    List<List<?>> records = new ArrayList<>();
    for (CompanyProfile company : administration.all()) {
      CustomerTerms t = company.terms();
      PoNumberPolicy rule = t.poNumberPolicy();
      records.add(Arrays.asList(t.id(), t.name(), t.currency(), t.paymentTerms().code(), rule.required(),
          rule.pattern(), rule.example(), rule.ignoreCase(), t.documentRequired(), t.creditLimit().toPlainString(),
          t.approvalExpiryDays(), t.companyApprovalsRequired(), t.customerGroup(), t.region(), t.risk(),
          t.salesRep(), company.documentReminderDays(), company.documentCancelDays(), company.retentionDays(),
          t.pricePolicy().action().name(), t.pricePolicy().tolerancePercent().stripTrailingZeros().toPlainString()));
    }
    return CsvImport.write(COLUMNS, records);
  }

  /**
   * Checks every row; without {@code dryRun} and without errors, stores them all in one transaction.
   *
   * @throws InvalidInputException when the file itself is unreadable (no header, unknown columns, too many rows)
   */
  @Transactional
  CsvImport.Report importCsv(String csv, boolean dryRun, Actor actor) {
    List<RowError> errors = new ArrayList<>();
    List<CompanyProfile> rows = new ArrayList<>();
    List<String> created = new ArrayList<>();
    List<String> updated = new ArrayList<>();
    List<String> unchanged = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    int records = CsvImport.read(csv, COLUMNS, errors, (row, rowErrors) -> {
      String code = row.record().get("code");
      if (!code.isEmpty() && !seen.add(code)) {
        rowErrors.add(new RowError(row.number(), "code", "company " + code + " is in the file twice"));
        return;
      }
      List<RowError> unreadable = new ArrayList<>();
      CompanyForm form = formOf(row, unreadable);
      rowErrors.addAll(unreadable);
      try {
        CompanyProfile existing = customers.findById(code).map(Customer::profile).orElse(null);
        CompanyProfile profile = rules.profileOf(code, form, existing == null || existing.terms().active());
        if (!unreadable.isEmpty()) {
          return;
        }
        if (existing != null) {
          profile = new CompanyProfile(profile.terms(), existing.billingAddress(), existing.shipTos(),
              profile.documentReminderDays(), profile.documentCancelDays(), existing.taxExemption(),
              profile.retentionDays());
        }
        (existing == null ? created : profile.equals(existing) ? unchanged : updated).add(code);
        rows.add(profile);
      } catch (InvalidInputException e) {
        // a value that could not be read is reported once, not again as missing
        e.errors().stream().filter(error -> unreadable.stream().noneMatch(u -> u.column().equals(columnOf(error))))
            .forEach(error -> rowErrors.add(new RowError(row.number(), columnOf(error), error.message())));
      }
    });
    boolean store = !dryRun && errors.isEmpty();
    if (store) {
      for (CompanyProfile profile : rows) {
        CompanyForm form = CompanyForm.of(profile);
        if (created.contains(profile.code())) {
          administration.create(form, actor);
        } else if (updated.contains(profile.code())) {
          administration.update(profile.code(), form, actor);
        }
      }
      audit.recordChange(AuditSubject.company("*import*"), actor, AuditType.IMPORTED, "Companies imported from CSV: "
          + created.size() + " created, " + updated.size() + " updated, " + unchanged.size() + " unchanged", null,
          null);
    }
    return new CsvImport.Report(dryRun, store, records, created, updated, unchanged, errors);
  }

  /** The row as a form; values that cannot be read are left out and reported in {@code errors}, by column. */
  private static CompanyForm formOf(CsvImport.Row row, List<RowError> errors) {
    CompanyForm.Terms terms = termsOf(row, errors);
    return new CompanyForm(row.text("code"), row.text("name"), row.text("currency"), terms,
        new CompanyForm.PoNumberRule(row.bool("po_number_required", errors), row.text("po_number_pattern"),
            row.text("po_number_example"), row.bool("po_number_ignore_case", errors)),
        row.bool("document_required", errors), row.decimal("credit_limit", errors),
        row.integer("approval_expiry_days", errors), row.integer("company_approvals_required", errors),
        row.text("customer_group"), row.text("region"), row.text("risk"), row.text("sales_rep"), null, List.of(),
        row.integer("document_reminder_days", errors), row.integer("document_cancel_days", errors), null,
        row.integer("retention_days", errors), null, pricePolicyOf(row, errors));
  }

  private static PricePolicy pricePolicyOf(CsvImport.Row row, List<RowError> errors) {
    String action = row.text("price_policy");
    BigDecimal tolerance = row.decimal("price_tolerance", errors);
    if (action == null) {
      return tolerance == null ? null : new PricePolicy(PricePolicy.Action.FLAG, tolerance);
    }
    try {
      return new PricePolicy(PricePolicy.Action.valueOf(action.toUpperCase(Locale.ROOT)), tolerance);
    } catch (IllegalArgumentException e) {
      errors.add(new RowError(row.number(), "price_policy", "price_policy must be ACCEPT, FLAG or REFUSE"));
      return null;
    }
  }

  private static CompanyForm.Terms termsOf(CsvImport.Row row, List<RowError> errors) {
    try {
      PaymentTerms terms = PaymentTerms.ofCode(row.record().get("payment_terms"));
      return new CompanyForm.Terms(terms.type().name(), terms.days());
    } catch (IllegalArgumentException e) {
      errors.add(new RowError(row.number(), "payment_terms",
          "payment terms must read NET_45, DUE_ON_RECEIPT or EOM_30"));
      return null;
    }
  }

  private static String columnOf(FieldError error) {
    return COLUMN_OF_FIELD.getOrDefault(error.field(), error.field());
  }
}
