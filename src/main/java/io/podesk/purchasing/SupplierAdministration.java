package io.podesk.purchasing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.podesk.audit.AuditSubject;
import io.podesk.audit.AuditTrail;
import io.podesk.audit.AuditType;
import io.podesk.customers.PaymentTerms;
import io.podesk.shared.Actor;
import io.podesk.shared.BaseCurrency;
import io.podesk.shared.ConflictException;
import io.podesk.shared.FieldError;
import io.podesk.shared.InvalidInputException;
import io.podesk.shared.NotFoundException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Suppliers and their catalogs for the seller's admin: every field checked (400 naming each problem, nothing
 * stored), every change audited under the supplier.
 */
@Service
class SupplierAdministration {

  private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9_-]{1,31}");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Pattern SKU = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]{0,63}");

  private final Suppliers suppliers;
  private final SupplierPrices prices;
  private final BaseCurrency currencies;
  private final AuditTrail audit;
  private final ObjectMapper json;
  private final Clock clock;

  SupplierAdministration(Suppliers suppliers, SupplierPrices prices, BaseCurrency currencies, AuditTrail audit,
      ObjectMapper json, Clock clock) {
    this.suppliers = suppliers;
    this.prices = prices;
    this.currencies = currencies;
    this.audit = audit;
    this.json = json;
    this.clock = clock;
  }

  @Transactional
  public SupplierForm create(SupplierForm form, Actor actor) {
    SupplierForm checked = checked(form == null ? null : form.code(), form);
    if (suppliers.existsById(checked.code())) {
      throw new ConflictException("A supplier with code " + checked.code() + " exists already");
    }
    Instant now = Instant.now(clock);
    Supplier supplier = new Supplier(checked.code(), now);
    restate(supplier, checked, now);
    suppliers.saveAndFlush(supplier);
    audit.recordStates(AuditSubject.supplier(checked.code()), actor, AuditType.CREATED, "Supplier "
        + checked.code() + " created", null, checked);
    return checked;
  }

  @Transactional
  public SupplierForm update(String code, SupplierForm form, Actor actor) {
    Supplier supplier = find(code);
    SupplierForm before = view(supplier);
    SupplierForm checked = checked(code, form);
    restate(supplier, checked, Instant.now(clock));
    audit.recordStates(AuditSubject.supplier(code), actor, AuditType.CHANGED, "Supplier " + code + " changed",
        before, checked);
    return checked;
  }

  @Transactional(readOnly = true)
  public SupplierForm get(String code) {
    return view(find(code));
  }

  @Transactional(readOnly = true)
  public List<SupplierForm> all() {
    return suppliers.findAll(Sort.by("code")).stream().map(this::view).toList();
  }

  /** Adds or replaces the supplier's price of the SKU from its first day; answers whether it was new. */
  @Transactional
  public boolean saveCatalogEntry(String code, String sku, SupplierCatalogEntry entry, Actor actor) {
    Supplier supplier = find(code);
    List<FieldError> errors = new ArrayList<>();
    if (sku == null || !SKU.matcher(sku).matches()) {
      errors.add(new FieldError("sku", "the SKU is 1 to 64 letters, digits and . _ / -"));
    }
    if (entry == null) {
      throw new InvalidInputException("body", "the catalog entry is required: price, currency, leadTimeDays, "
          + "minOrderQuantity, packSize");
    }
    BigDecimal price = entry.price();
    if (price == null || price.signum() < 0 || price.stripTrailingZeros().scale() > 4) {
      errors.add(new FieldError("price", "the price is an amount from 0 with at most 4 decimals"));
    }
    String currency = entry.currency() == null ? supplier.currency()
        : entry.currency().strip().toUpperCase(Locale.ROOT);
    if (!currencies.accepted().contains(currency)) {
      errors.add(new FieldError("currency", "the currency is one of " + String.join(", ", currencies.accepted())));
    }
    LocalDate from = entry.validFrom() != null ? entry.validFrom() : LocalDate.now(clock.withZone(ZoneOffset.UTC));
    if (entry.validTo() != null && entry.validTo().isBefore(from)) {
      errors.add(new FieldError("validTo", "the price ends before it starts (" + from + ")"));
    }
    int priority = number("priority", entry.priority(), 1, 1, 99, errors);
    int leadTime = number("leadTimeDays", entry.leadTimeDays(), 1, 0, 365, errors);
    BigDecimal moq = positive("minOrderQuantity", entry.minOrderQuantity(), errors);
    BigDecimal pack = positive("packSize", entry.packSize(), errors);
    Tolerances own = entry.tolerances() == null ? null : tolerances("tolerances", entry.tolerances(), errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException("The catalog entry has " + errors.size() + " problem(s)", errors);
    }
    var existing = prices.findBySupplierAndSkuAndValidFrom(code, sku, from);
    SupplierCatalogEntry before = existing.map(row -> row.view(tolerancesOf(row.tolerancesJson()))).orElse(null);
    SupplierPrice row = existing.orElseGet(() -> new SupplierPrice(code, sku, from));
    row.restate(price, currency, entry.validTo(), priority, leadTime, moq, pack, own == null ? null : write(own),
        Instant.now(clock));
    prices.saveAndFlush(row);
    SupplierCatalogEntry after = row.view(own);
    audit.recordStates(AuditSubject.supplier(code), actor, before == null ? AuditType.CREATED : AuditType.CHANGED,
        "Catalog of " + code + ": " + sku + " at " + price.stripTrailingZeros().toPlainString() + " " + currency
            + " from " + from, before, after);
    return before == null;
  }

  @Transactional(readOnly = true)
  public List<SupplierCatalogEntry> catalog(String code) {
    find(code);
    return prices.findBySupplierOrderBySkuAscValidFromAsc(code).stream()
        .map(row -> row.view(tolerancesOf(row.tolerancesJson()))).toList();
  }

  private Supplier find(String code) {
    return suppliers.findById(code == null ? "" : code)
        .orElseThrow(() -> new NotFoundException("No supplier " + code));
  }

  /** The supplier as it would be stored, or the problems (400), changing nothing: for the CSV import's first pass. */
  SupplierForm checkedForm(String code, SupplierForm form) {
    return checked(code, form);
  }

  /** The supplier as stored, if there is one. */
  @Transactional(readOnly = true)
  Optional<SupplierForm> stored(String code) {
    return suppliers.findById(code == null ? "" : code).map(this::view);
  }

  private SupplierForm checked(String code, SupplierForm form) {
    if (form == null) {
      throw new InvalidInputException("body", "the supplier is required: code, name, email, currency, paymentTerms");
    }
    List<FieldError> errors = new ArrayList<>();
    String theCode = code == null ? "" : code.strip();
    if (!CODE.matcher(theCode).matches()) {
      errors.add(new FieldError("code", "the code is 2 to 32 lower-case letters, digits, - and _"));
    }
    String name = form.name() == null ? "" : form.name().strip();
    if (name.isEmpty() || name.length() > 200) {
      errors.add(new FieldError("name", "the name is required, at most 200 characters"));
    }
    String email = form.email() == null ? "" : form.email().strip();
    if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
      errors.add(new FieldError("email", "the supplier's order mail address, such as orders@bearco.example"));
    }
    String currency = form.currency() == null ? "" : form.currency().strip().toUpperCase(Locale.ROOT);
    if (!currencies.accepted().contains(currency)) {
      errors.add(new FieldError("currency", "the currency is one of " + String.join(", ", currencies.accepted())));
    }
    String terms = terms(form.paymentTerms(), errors);
    int sla = number("ackSlaHours", form.ackSlaHours(), 24, 1, 720, errors);
    BackorderPolicy backorders = form.backorderPolicy() == null ? BackorderPolicy.KEEP_OPEN : form.backorderPolicy();
    Tolerances tolerances = tolerances("tolerances", form.tolerances() == null ? Tolerances.DEFAULT
        : form.tolerances(), errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException("The supplier has " + errors.size() + " problem(s)", errors);
    }
    PaymentTerms parsed = PaymentTerms.ofCode(terms);
    return new SupplierForm(theCode, name, email, currency, termsOf(parsed), sla, backorders, tolerances,
        form.active() == null || form.active());
  }

  private static String terms(SupplierForm.Terms terms, List<FieldError> errors) {
    String type = terms == null || terms.type() == null ? "" : terms.type().strip().toUpperCase(Locale.ROOT);
    String code = switch (type) {
      case "NET" -> terms.days() == null ? null : "NET_" + terms.days();
      case "DUE_ON_RECEIPT" -> "DUE_ON_RECEIPT";
      case "END_OF_MONTH" -> terms.days() == null ? null : "EOM_" + terms.days();
      default -> null;
    };
    if (code != null) {
      try {
        PaymentTerms.ofCode(code);
        return code;
      } catch (IllegalArgumentException e) {
        // reported below
      }
    }
    errors.add(new FieldError("paymentTerms", "payment terms are {\"type\": \"NET\", \"days\": 30}, "
        + "{\"type\": \"DUE_ON_RECEIPT\"} or {\"type\": \"END_OF_MONTH\", \"days\": 30}"));
    return null;
  }

  private static SupplierForm.Terms termsOf(PaymentTerms terms) {
    return switch (terms.type()) {
      case NET -> new SupplierForm.Terms("NET", terms.days());
      case DUE_ON_RECEIPT -> new SupplierForm.Terms("DUE_ON_RECEIPT", null);
      case END_OF_MONTH -> new SupplierForm.Terms("END_OF_MONTH", terms.days());
    };
  }

  private static Tolerances tolerances(String field, Tolerances given, List<FieldError> errors) {
    Tolerances t = given.orDefaults();
    percent(field + ".quantityOverPercent", t.quantityOverPercent(), errors);
    percent(field + ".quantityUnderPercent", t.quantityUnderPercent(), errors);
    percent(field + ".priceOverPercent", t.priceOverPercent(), errors);
    percent(field + ".priceUnderPercent", t.priceUnderPercent(), errors);
    for (var amount : List.of(new Object[] {"priceOverAbsolute", t.priceOverAbsolute()},
        new Object[] {"priceUnderAbsolute", t.priceUnderAbsolute()})) {
      BigDecimal value = (BigDecimal) amount[1];
      if (value != null && (value.signum() < 0 || value.stripTrailingZeros().scale() > 4)) {
        errors.add(new FieldError(field + "." + amount[0], "an amount from 0 with at most 4 decimals"));
      }
    }
    return t;
  }

  private static void percent(String field, BigDecimal value, List<FieldError> errors) {
    if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(1000)) > 0) {
      errors.add(new FieldError(field, "a percentage from 0 to 1000"));
    }
  }

  private static int number(String field, Integer value, int fallback, int min, int max, List<FieldError> errors) {
    int n = value == null ? fallback : value;
    if (n < min || n > max) {
      errors.add(new FieldError(field, field + " is from " + min + " to " + max));
    }
    return n;
  }

  private static BigDecimal positive(String field, BigDecimal value, List<FieldError> errors) {
    BigDecimal n = value == null ? BigDecimal.ONE : value;
    if (n.signum() <= 0 || n.stripTrailingZeros().scale() > 4) {
      errors.add(new FieldError(field, field + " is a quantity above 0 with at most 4 decimals"));
    }
    return n;
  }

  private void restate(Supplier supplier, SupplierForm form, Instant now) {
    supplier.restate(form.name(), form.email(), form.currency(), PaymentTerms.ofCode(terms(form.paymentTerms(),
        new ArrayList<>())).code(), form.ackSlaHours(), form.backorderPolicy(), write(form.tolerances()),
        form.active(), now);
  }

  private SupplierForm view(Supplier supplier) {
    return new SupplierForm(supplier.code(), supplier.name(), supplier.email(), supplier.currency(),
        termsOf(PaymentTerms.ofCode(supplier.paymentTerms())), supplier.ackSlaHours(), supplier.backorderPolicy(),
        tolerancesOf(supplier.tolerancesJson()), supplier.active());
  }

  private String write(Tolerances tolerances) {
    try {
      return json.writeValueAsString(tolerances);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private Tolerances tolerancesOf(String stored) {
    if (stored == null) {
      return null;
    }
    try {
      return json.readValue(stored, Tolerances.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Stored tolerances unreadable: " + stored, e);
    }
  }
}
