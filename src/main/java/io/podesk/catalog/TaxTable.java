package io.podesk.catalog;

import io.podesk.audit.AuditSubject;
import io.podesk.audit.AuditTrail;
import io.podesk.audit.AuditType;
import io.podesk.shared.Actor;
import io.podesk.shared.FieldError;
import io.podesk.shared.InvalidInputException;
import io.podesk.shared.NotFoundException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The seller's tax table: a rate per product tax class and ship-to country, with validity dates. A line's rate is
 * its product's class (a SKU off the catalog counts as {@code standard}; the class {@code exempt} is 0) in the
 * ship-to country on the day; without a row for them, the configured default rate ({@code podesk.tax.default-percent}),
 * said so in the line's tax source.
 */
@Service
public class TaxTable {

  static final String STANDARD = "standard";
  static final String EXEMPT = "exempt";

  private final TaxRates rates;
  private final Products products;
  private final AuditTrail audit;
  private final Clock clock;
  private final BigDecimal defaultPercent;

  TaxTable(TaxRates rates, Products products, AuditTrail audit, Clock clock,
      @Value("${podesk.tax.default-percent:0}") BigDecimal defaultPercent) {
    this.rates = rates;
    this.products = products;
    this.audit = audit;
    this.clock = clock;
    this.defaultPercent = defaultPercent;
  }

  /** The rate for a line of the SKU shipped to the country on the day. */
  @Transactional(readOnly = true)
  public AppliedTax rateFor(String sku, String country, LocalDate on) {
    String taxClass = Optional.ofNullable(sku).flatMap(products::findById).map(p -> p.view().taxClass())
        .filter(c -> !c.isBlank()).orElse(STANDARD);
    return rateForClass(taxClass, country, on);
  }

  /** The rate of a tax class (of a product, or of charges such as freight) in the country on the day. */
  @Transactional(readOnly = true)
  public AppliedTax rateForClass(String taxClass, String country, LocalDate on) {
    if (EXEMPT.equals(taxClass)) {
      return new AppliedTax(BigDecimal.ZERO, "tax class exempt");
    }
    String where = country == null || country.isBlank() ? null : country.strip().toUpperCase(Locale.ROOT);
    if (where != null) {
      Optional<TaxRateView> row = rates.findByTaxClassAndCountry(taxClass, where).stream().map(TaxRate::view)
          .filter(r -> r.appliesOn(on)).max(Comparator.comparing(TaxRateView::validFrom));
      if (row.isPresent()) {
        return new AppliedTax(row.get().ratePercent(), taxClass + " in " + where);
      }
    }
    return new AppliedTax(defaultPercent, "default rate (no rate for " + taxClass
        + (where == null ? " without a ship-to country" : " in " + where) + ")");
  }

  @Transactional(readOnly = true)
  List<TaxRateView> list() {
    return rates.findAll().stream().map(TaxRate::view).sorted(Comparator.comparing(TaxRateView::taxClass)
        .thenComparing(TaxRateView::country).thenComparing(TaxRateView::validFrom)).toList();
  }

  /** Adds a rate, checked field by field (400 naming each problem), audited under its tax class. */
  @Transactional
  TaxRateView add(TaxRateView form, Actor actor) {
    if (form == null) {
      throw new InvalidInputException("body", "a tax rate is required: taxClass, country, ratePercent, validFrom");
    }
    List<FieldError> errors = new ArrayList<>();
    String taxClass = form.taxClass() == null ? "" : form.taxClass().strip().toLowerCase(Locale.ROOT);
    if (taxClass.isEmpty() || taxClass.length() > 40) {
      errors.add(new FieldError("taxClass", "the tax class is required, at most 40 characters"));
    }
    String country = form.country() == null ? "" : form.country().strip().toUpperCase(Locale.ROOT);
    if (!country.matches("[A-Z]{2}")) {
      errors.add(new FieldError("country", "the country is a two-letter ISO code, such as US or DE"));
    }
    BigDecimal percent = form.ratePercent();
    if (percent == null || percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0
        || percent.stripTrailingZeros().scale() > 4) {
      errors.add(new FieldError("ratePercent", "the rate is a percentage from 0 to 100, at most 4 decimals"));
    }
    LocalDate from = form.validFrom() == null ? LocalDate.ofInstant(Instant.now(clock), ZoneOffset.UTC)
        : form.validFrom();
    if (form.validTo() != null && form.validTo().isBefore(from)) {
      errors.add(new FieldError("validTo", "the rate ends before it starts"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException("The tax rate has " + errors.size() + " problem(s)", errors);
    }
    TaxRateView view = new TaxRateView(null, taxClass, country, percent, from, form.validTo());
    TaxRate saved = rates.saveAndFlush(new TaxRate(view, Instant.now(clock)));
    audit.recordStates(AuditSubject.taxRates(taxClass), actor, AuditType.CREATED, "Tax rate " + percent
        .stripTrailingZeros().toPlainString() + " % for " + taxClass + " in " + country + " from " + from, null,
        saved.view());
    return saved.view();
  }

  @Transactional
  void remove(UUID id, Actor actor) {
    TaxRate rate = rates.findById(id).orElseThrow(() -> new NotFoundException("No tax rate " + id));
    TaxRateView before = rate.view();
    rates.delete(rate);
    audit.recordStates(AuditSubject.taxRates(before.taxClass()), actor, AuditType.DELETED, "Tax rate for "
        + before.taxClass() + " in " + before.country() + " from " + before.validFrom() + " removed", before, null);
  }
}
