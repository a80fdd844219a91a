package io.podesk.orders;

import io.podesk.catalog.CatalogProduct;
import io.podesk.catalog.ExpectedPrice;
import io.podesk.catalog.PriceBook;
import io.podesk.customers.CustomerTerms;
import io.podesk.customers.PricePolicy;
import io.podesk.shared.FieldError;
import io.podesk.shared.InvalidInputException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Checks each line of an order against the catalog when it is submitted or revised, and records on the line the
 * price that applied (the company's contract price, its group's, or the base price, on the submission date, for the
 * line's quantity) and what was wrong: a SKU off the catalog, an inactive product, a quantity below the minimum or
 * not a whole number of packs, no price, or a unit price off the catalog price (by how much). A seller without a
 * catalog checks nothing.
 *
 * <p>The company's {@link PricePolicy} then decides: a price within its tolerance is accepted with the variance
 * recorded; a price beyond it, or a line off the catalog, flags the order for a sales manager (ACCEPT, FLAG) or
 * refuses it, naming each line and its expected price (REFUSE).
 */
@Component
class CatalogLineCheck {

  private final PriceBook prices;

  CatalogLineCheck(PriceBook prices) {
    this.prices = prices;
  }

  /** What the catalog found: the lines beyond the company's tolerance or off the catalog, each described. */
  record Verdict(List<FieldError> beyondTolerance) {

    static final Verdict CLEAN = new Verdict(List.of());

    boolean flagged() {
      return !beyondTolerance.isEmpty();
    }
  }

  /**
   * Checks the lines and applies the company's price policy: returns whether the order goes to a sales manager
   * for its prices, or refuses it (400, one error per line) when the company refuses beyond its tolerance.
   */
  Verdict enforce(CustomerTerms customer, String currency, List<PurchaseOrderLine> lines, LocalDate on) {
    Verdict verdict = check(customer, currency, lines, on);
    PricePolicy policy = customer.pricePolicy();
    if (verdict.flagged() && policy.action() == PricePolicy.Action.REFUSE) {
      throw new InvalidInputException("The purchase order has " + verdict.beyondTolerance().size()
          + " line(s) off the catalog; " + customer.name() + " orders at catalog prices (within "
          + plain(policy.tolerancePercent()) + " %)", verdict.beyondTolerance());
    }
    return verdict;
  }

  /** Records the catalog's finding on each line, whatever the policy (orders the ERP entered or changed). */
  Verdict check(CustomerTerms customer, String currency, List<PurchaseOrderLine> lines, LocalDate on) {
    if (!prices.hasProducts()) {
      return Verdict.CLEAN;
    }
    BigDecimal tolerance = customer.pricePolicy().tolerancePercent();
    List<FieldError> beyond = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      PurchaseOrderLine line = lines.get(i);
      String field = "lines[" + i + "]";
      Optional<CatalogProduct> product = prices.product(line.sku());
      if (product.isEmpty()) {
        line.checked(null, null, "SKU " + line.sku() + " is not in the catalog");
        beyond.add(new FieldError(field + ".sku", "line " + (i + 1) + ": SKU " + line.sku()
            + " is not in the catalog"));
        continue;
      }
      List<String> issues = new ArrayList<>();
      CatalogProduct p = product.get();
      if (!Boolean.TRUE.equals(p.active())) {
        issues.add("the product is no longer sold");
      }
      if (line.quantity().compareTo(p.minOrderQuantity()) < 0) {
        issues.add("quantity below the minimum order quantity of " + plain(p.minOrderQuantity()));
      }
      if (line.quantity().remainder(p.packSize()).signum() != 0) {
        issues.add("quantity not a whole number of packs of " + plain(p.packSize()));
      }
      Optional<ExpectedPrice> expected = prices.priceOf(customer.id(), customer.customerGroup(), line.sku(),
          line.quantity(), currency, on);
      boolean offCatalog = !issues.isEmpty();
      boolean priceBeyond = false;
      if (expected.isEmpty()) {
        issues.add("no catalog price in " + currency + " on " + on);
        offCatalog = true;
      } else if (line.unitPrice().compareTo(expected.get().unitPrice()) != 0) {
        issues.add(variance(line.unitPrice(), expected.get()));
        priceBeyond = beyond(line.unitPrice(), expected.get().unitPrice(), tolerance);
      }
      String finding = issues.isEmpty() ? null : String.join("; ", issues);
      line.checked(expected.map(ExpectedPrice::unitPrice).orElse(null), expected.map(ExpectedPrice::source)
          .orElse(null), finding);
      if (offCatalog || priceBeyond) {
        String expectedText = expected.map(e -> " (expected unit price " + plain(e.unitPrice()) + " " + e.currency()
            + ")").orElse("");
        beyond.add(new FieldError(field + (offCatalog ? "" : ".unitPrice"), "line "
            + (i + 1) + " " + line.sku() + ": " + finding + expectedText));
      }
    }
    return new Verdict(List.copyOf(beyond));
  }

  /** Whether a unit price is further off the expected one than the tolerance (in percent) allows. */
  static boolean beyond(BigDecimal given, BigDecimal expected, BigDecimal tolerancePercent) {
    BigDecimal allowed = expected.abs().multiply(tolerancePercent).divide(BigDecimal.valueOf(100));
    return given.subtract(expected).abs().compareTo(allowed) > 0;
  }

  private static String variance(BigDecimal given, ExpectedPrice expected) {
    BigDecimal difference = given.subtract(expected.unitPrice());
    String direction = difference.signum() > 0 ? "above" : "below";
    if (expected.unitPrice().signum() == 0) {
      return "unit price " + plain(given) + " where the catalog price is 0";
    }
    BigDecimal percent = difference.abs().multiply(BigDecimal.valueOf(100))
        .divide(expected.unitPrice(), 2, RoundingMode.HALF_UP);
    return "unit price " + plain(given) + " is " + plain(percent) + " % " + direction + " the catalog price "
        + plain(expected.unitPrice()) + " " + expected.currency();
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }
}
