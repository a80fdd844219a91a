package io.podesk.orders;

import io.podesk.catalog.CatalogProduct;
import io.podesk.catalog.ExpectedPrice;
import io.podesk.catalog.PriceBook;
import io.podesk.customers.CustomerTerms;
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
 */
@Component
class CatalogLineCheck {

  private final PriceBook prices;

  CatalogLineCheck(PriceBook prices) {
    this.prices = prices;
  }

  void check(CustomerTerms customer, String currency, List<PurchaseOrderLine> lines, LocalDate on) {
    if (!prices.hasProducts()) {
      return;
    }
    for (PurchaseOrderLine line : lines) {
      Optional<CatalogProduct> product = prices.product(line.sku());
      if (product.isEmpty()) {
        line.checked(null, null, "SKU " + line.sku() + " is not in the catalog");
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
      if (expected.isEmpty()) {
        issues.add("no catalog price in " + currency + " on " + on);
      } else if (line.unitPrice().compareTo(expected.get().unitPrice()) != 0) {
        issues.add(variance(line.unitPrice(), expected.get()));
      }
      line.checked(expected.map(ExpectedPrice::unitPrice).orElse(null), expected.map(ExpectedPrice::source)
          .orElse(null), issues.isEmpty() ? null : String.join("; ", issues));
    }
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
