package io.podesk.customers;

import io.podesk.audit.AuditSubject;
import io.podesk.audit.AuditTrail;
import io.podesk.audit.AuditType;
import io.podesk.shared.Actor;
import io.podesk.shared.FieldError;
import io.podesk.shared.InvalidInputException;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
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
      "document_reminder_days", "document_cancel_days", "retention_days");
  static final int MAX_ROWS = 10_000;
  /** A form field (as {@link CompanyRules} names it) → its column. */
  private static final Map<String, String> COLUMN_OF_FIELD = Map.ofEntries(
      Map.entry("paymentTerms.type", "payment_terms"), Map.entry("paymentTerms.days", "payment_terms"),
      Map.entry("poNumber.pattern", "po_number_pattern"), Map.entry("poNumber.example", "po_number_example"),
      Map.entry("creditLimit", "credit_limit"), Map.entry("approvalExpiryDays", "approval_expiry_days"),
      Map.entry("companyApprovalsRequired", "company_approvals_required"),
      Map.entry("customerGroup", "customer_group"), Map.entry("salesRep", "sales_rep"),
      Map.entry("documentReminderDays", "document_reminder_days"),
      Map.entry("documentCancelDays", "document_cancel_days"), Map.entry("retentionDays", "retention_days"));

  /** One problem of the file: its row (the header is row 1), its column, and what is wrong. */
  record RowError(long row, String column, String message) {}

  /** What an import did, or (dry run, or refused) would do. */
  record ImportReport(boolean dryRun, boolean imported, int rows, List<String> created, List<String> updated,
      List<String> unchanged, List<RowError> errors) {}

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
    StringWriter out = new StringWriter();
    try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder()
        .setHeader(COLUMNS.toArray(String[]::new)).get())) {
      for (CompanyProfile company : administration.all()) {
        CustomerTerms t = company.terms();
        PoNumberPolicy rule = t.poNumberPolicy();
        printer.printRecord(t.id(), t.name(), t.currency(), t.paymentTerms().code(), rule.required(),
            rule.pattern(), rule.example(), rule.ignoreCase(), t.documentRequired(), t.creditLimit().toPlainString(),
            t.approvalExpiryDays(), t.companyApprovalsRequired(), t.customerGroup(), t.region(), t.risk(),
            t.salesRep(), company.documentReminderDays(), company.documentCancelDays(), company.retentionDays());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * Checks every row; without {@code dryRun} and without errors, stores them all in one transaction.
   *
   * @throws InvalidInputException when the file itself is unreadable (no header, unknown columns, too many rows)
   */
  @Transactional
  ImportReport importCsv(String csv, boolean dryRun, Actor actor) {
    List<RowError> errors = new ArrayList<>();
    List<CompanyProfile> rows = new ArrayList<>();
    List<String> created = new ArrayList<>();
    List<String> updated = new ArrayList<>();
    List<String> unchanged = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    int records = 0;
    try (CSVParser parser = CSVParser.builder().setReader(new StringReader(csv == null ? "" : csv))
        .setFormat(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
            .setIgnoreEmptyLines(true).get()).get()) {
      checkHeader(parser.getHeaderNames());
      for (CSVRecord record : parser) {
        // the header is row 1
        long row = record.getRecordNumber() + 1;
        if (++records > MAX_ROWS) {
          throw new InvalidInputException("file", "a file may have at most " + MAX_ROWS + " rows; split it");
        }
        if (!record.isConsistent()) {
          errors.add(new RowError(row, null, "the row has " + record.size() + " values, the header "
              + COLUMNS.size()));
          continue;
        }
        String code = record.get("code");
        if (!code.isEmpty() && !seen.add(code)) {
          errors.add(new RowError(row, "code", "company " + code + " is in the file twice"));
          continue;
        }
        List<FieldError> unreadable = new ArrayList<>();
        CompanyForm form = formOf(record, unreadable);
        unreadable.forEach(error -> errors.add(new RowError(row, error.field(), error.message())));
        try {
          CompanyProfile existing = customers.findById(code).map(Customer::profile).orElse(null);
          CompanyProfile profile = rules.profileOf(code, form, existing == null || existing.terms().active());
          if (!unreadable.isEmpty()) {
            continue;
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
          e.errors().stream().filter(error -> unreadable.stream().noneMatch(u -> u.field().equals(columnOf(error))))
              .forEach(error -> errors.add(new RowError(row, columnOf(error), error.message())));
        }
      }
    } catch (IOException | IllegalStateException | IllegalArgumentException e) {
      throw new InvalidInputException("file", "the file is not readable CSV: " + e.getMessage());
    }
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
    return new ImportReport(dryRun, store, records, created, updated, unchanged, errors);
  }

  private static void checkHeader(List<String> header) {
    List<String> missing = COLUMNS.stream().filter(column -> !header.contains(column)).toList();
    List<String> unknown = header.stream().filter(column -> !COLUMNS.contains(column)).toList();
    if (!missing.isEmpty() || !unknown.isEmpty()) {
      throw new InvalidInputException("header", "the header row must name the columns " + COLUMNS
          + (missing.isEmpty() ? "" : "; missing " + missing) + (unknown.isEmpty() ? "" : "; unknown " + unknown));
    }
  }

  /** The row as a form; values that cannot be read are left out and reported in {@code errors}, by column. */
  private static CompanyForm formOf(CSVRecord record, List<FieldError> errors) {
    CompanyForm.Terms terms = termsOf(record.get("payment_terms"), errors);
    CompanyForm form = new CompanyForm(blank(record.get("code")), blank(record.get("name")),
        blank(record.get("currency")), terms,
        new CompanyForm.PoNumberRule(bool(record, "po_number_required", errors), blank(record.get("po_number_pattern")),
            blank(record.get("po_number_example")), bool(record, "po_number_ignore_case", errors)),
        bool(record, "document_required", errors), decimal(record, "credit_limit", errors),
        integer(record, "approval_expiry_days", errors), integer(record, "company_approvals_required", errors),
        blank(record.get("customer_group")), blank(record.get("region")), blank(record.get("risk")),
        blank(record.get("sales_rep")), null, List.of(), integer(record, "document_reminder_days", errors),
        integer(record, "document_cancel_days", errors), null, integer(record, "retention_days", errors), null);
    return form;
  }

  private static CompanyForm.Terms termsOf(String code, List<FieldError> errors) {
    try {
      PaymentTerms terms = PaymentTerms.ofCode(code);
      return new CompanyForm.Terms(terms.type().name(), terms.days());
    } catch (IllegalArgumentException e) {
      errors.add(new FieldError("payment_terms", "payment terms must read NET_45, DUE_ON_RECEIPT or EOM_30"));
      return null;
    }
  }

  private static String blank(String value) {
    return value == null || value.isEmpty() ? null : value;
  }

  private static Boolean bool(CSVRecord record, String column, List<FieldError> errors) {
    String value = record.get(column).toLowerCase(Locale.ROOT);
    return switch (value) {
      case "", "false", "no" -> false;
      case "true", "yes" -> true;
      default -> {
        errors.add(new FieldError(column, column + " must be true or false"));
        yield false;
      }
    };
  }

  private static Integer integer(CSVRecord record, String column, List<FieldError> errors) {
    String value = record.get(column);
    try {
      return value.isEmpty() ? null : Integer.valueOf(value);
    } catch (NumberFormatException e) {
      errors.add(new FieldError(column, column + " must be a whole number"));
      return null;
    }
  }

  private static BigDecimal decimal(CSVRecord record, String column, List<FieldError> errors) {
    String value = record.get(column);
    try {
      return value.isEmpty() ? null : new BigDecimal(value);
    } catch (NumberFormatException e) {
      errors.add(new FieldError(column, column + " must be an amount such as 50000 or 1250.50"));
      return null;
    }
  }

  private static String columnOf(FieldError error) {
    return COLUMN_OF_FIELD.getOrDefault(error.field(), error.field());
  }
}
