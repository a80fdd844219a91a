package io.podesk.catalog;

import io.podesk.audit.AuditSubject;
import io.podesk.audit.AuditTrail;
import io.podesk.audit.AuditType;
import io.podesk.shared.Actor;
import io.podesk.shared.BaseCurrency;
import io.podesk.shared.FieldError;
import io.podesk.shared.InvalidInputException;
import io.podesk.shared.Money;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The seller's freight, handling and order-discount rules, and what they make of one order: a discount in percent
 * off the lines from a threshold on, freight under the free-freight threshold, a handling fee under the small-order
 * threshold, and the tax rate of those charges in the ship-to country. Thresholds and amounts in another currency
 * than the order's are converted at the configured rates; without a rate the order gets no charges, and says why.
 */
@Service
public class OrderCharges {

  /**
   * What the rules make of one order.
   *
   * @param discountPercent taken off each line
   * @param chargesTaxPercent the rate freight and handling are taxed at
   * @param note why the order has no charges though the seller has rules, or null
   */
  public record Applied(BigDecimal discountPercent, Money freight, Money handling, BigDecimal chargesTaxPercent,
      String note) {

    public static Applied none(String currency) {
      return new Applied(BigDecimal.ZERO, Money.zero(currency).rounded(), Money.zero(currency).rounded(),
          BigDecimal.ZERO, null);
    }
  }

  private final OrderChargeRows rows;
  private final TaxTable taxes;
  private final BaseCurrency currencies;
  private final AuditTrail audit;
  private final Clock clock;

  OrderCharges(OrderChargeRows rows, TaxTable taxes, BaseCurrency currencies, AuditTrail audit, Clock clock) {
    this.rows = rows;
    this.taxes = taxes;
    this.currencies = currencies;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  OrderChargeRules rules() {
    return rows.findById(OrderChargeRow.ID).map(OrderChargeRow::view).orElse(OrderChargeRules.NONE);
  }

  /** The charges of an order whose lines come to {@code linesNet}, shipped to the country, on the day. */
  @Transactional(readOnly = true)
  public Applied chargesFor(Money linesNet, String country, LocalDate on) {
    String currency = linesNet.currencyCode();
    Optional<OrderChargeRules> found = rows.findById(OrderChargeRow.ID).map(OrderChargeRow::view);
    if (found.isEmpty()) {
      return Applied.none(currency);
    }
    OrderChargeRules rules = found.get();
    Optional<Converter> convert = converter(rules.currency(), currency);
    if (convert.isEmpty()) {
      Applied none = Applied.none(currency);
      return new Applied(none.discountPercent(), none.freight(), none.handling(), none.chargesTaxPercent(),
          "no freight, handling or discount: no rate between " + rules.currency() + " and " + currency);
    }
    Converter in = convert.get();
    BigDecimal net = linesNet.amount();
    BigDecimal discount = rules.discountPercent().signum() > 0 && reached(net, in.apply(rules.discountFrom()))
        ? rules.discountPercent() : BigDecimal.ZERO;
    BigDecimal netAfterDiscount = net.subtract(net.multiply(discount).divide(BigDecimal.valueOf(100)));
    Money freight = rules.freight().signum() > 0 && !reached(netAfterDiscount, in.apply(rules.freeFreightFrom()))
        ? Money.of(in.apply(rules.freight()), currency).rounded() : Money.zero(currency).rounded();
    BigDecimal below = in.apply(rules.handlingBelow());
    Money handling = rules.handlingFee().signum() > 0 && (below == null || netAfterDiscount.compareTo(below) < 0)
        ? Money.of(in.apply(rules.handlingFee()), currency).rounded() : Money.zero(currency).rounded();
    BigDecimal chargesTax = freight.isZero() && handling.isZero() ? BigDecimal.ZERO
        : taxes.rateForClass(rules.chargesTaxClass(), country, on).percent();
    return new Applied(discount, freight, handling, chargesTax, null);
  }

  /** Replaces the rules, checked field by field (400 naming each problem), audited. */
  @Transactional
  OrderChargeRules save(OrderChargeRules form, Actor actor) {
    if (form == null) {
      throw new InvalidInputException("body", "the charge rules are required: currency, freight, freeFreightFrom, "
          + "handlingFee, handlingBelow, discountPercent, discountFrom, chargesTaxClass");
    }
    List<FieldError> errors = new ArrayList<>();
    String currency = form.currency() == null ? "" : form.currency().strip().toUpperCase(Locale.ROOT);
    if (!currencies.accepted().contains(currency)) {
      errors.add(new FieldError("currency", "the currency is one PO Desk takes orders in: "
          + String.join(", ", currencies.accepted())));
    }
    BigDecimal freight = amount("freight", form.freight(), true, errors);
    BigDecimal freeFrom = amount("freeFreightFrom", form.freeFreightFrom(), false, errors);
    BigDecimal handling = amount("handlingFee", form.handlingFee(), true, errors);
    BigDecimal handlingBelow = amount("handlingBelow", form.handlingBelow(), false, errors);
    BigDecimal discount = form.discountPercent() == null ? BigDecimal.ZERO : form.discountPercent();
    if (discount.signum() < 0 || discount.compareTo(BigDecimal.valueOf(100)) >= 0
        || discount.stripTrailingZeros().scale() > 2) {
      errors.add(new FieldError("discountPercent", "the discount is a percentage from 0 to under 100, at most 2 "
          + "decimals"));
    }
    BigDecimal discountFrom = amount("discountFrom", form.discountFrom(), false, errors);
    String taxClass = form.chargesTaxClass() == null || form.chargesTaxClass().isBlank() ? "standard"
        : form.chargesTaxClass().strip().toLowerCase(Locale.ROOT);
    if (taxClass.length() > 40) {
      errors.add(new FieldError("chargesTaxClass", "the tax class is at most 40 characters"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException("The charge rules have " + errors.size() + " problem(s)", errors);
    }
    OrderChargeRules rules = new OrderChargeRules(currency, freight, freeFrom, handling, handlingBelow, discount,
        discountFrom, taxClass);
    OrderChargeRules before = rows.findById(OrderChargeRow.ID).map(OrderChargeRow::view).orElse(null);
    Instant now = Instant.now(clock);
    OrderChargeRow row = rows.findById(OrderChargeRow.ID).orElseGet(() -> new OrderChargeRow(rules, now));
    row.restate(rules, now);
    rows.saveAndFlush(row);
    audit.recordStates(AuditSubject.orderCharges(), actor, before == null ? AuditType.CREATED : AuditType.CHANGED,
        "Freight, handling and discount rules " + (before == null ? "set" : "changed"), before, rules);
    return rules;
  }

  private static BigDecimal amount(String field, BigDecimal value, boolean required, List<FieldError> errors) {
    if (value == null) {
      return required ? BigDecimal.ZERO : null;
    }
    if (value.signum() < 0 || value.stripTrailingZeros().scale() > 2) {
      errors.add(new FieldError(field, field + " is an amount from 0 with at most 2 decimals"));
    }
    return value;
  }

  private static boolean reached(BigDecimal net, BigDecimal threshold) {
    return threshold == null || net.compareTo(threshold) >= 0;
  }

  private interface Converter {
    BigDecimal apply(BigDecimal amount);
  }

  private Optional<Converter> converter(String from, String to) {
    if (from.equals(to)) {
      return Optional.of(amount -> amount);
    }
    if (currencies.convert(Money.of(BigDecimal.ONE, from), to).isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(amount -> amount == null ? null
        : currencies.convert(Money.of(amount, from), to).orElseThrow().amount());
  }
}
