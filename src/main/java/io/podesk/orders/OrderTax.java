package io.podesk.orders;

import io.podesk.catalog.AppliedTax;
import io.podesk.catalog.OrderCharges;
import io.podesk.catalog.TaxTable;
import io.podesk.customers.CompanyProfile;
import io.podesk.customers.CustomerDirectory;
import io.podesk.customers.CustomerTerms;
import io.podesk.customers.TaxExemption;
import io.podesk.shared.Money;
import io.podesk.shared.OrderAmounts;
import io.podesk.shared.TaxBreakdown;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Taxes an order's lines when it is submitted, revised or changed: each line's rate from the tax table (its
 * product's tax class in the ship-to country, or the billing address's country without a ship-to), none while the
 * company's exemption certificate is valid; the order's tax from those rates, rounded per line or per document
 * ({@code podesk.tax.rounding}); and the seller's freight, handling and discount rules ({@link OrderCharges}), the
 * discount taken off each line before tax, the charges taxed at their own class. Invoices tax what ships at the same
 * rates.
 */
@Component
class OrderTax {

  /**
   * The order's amounts (discount, freight, handling, tax per rate) and, when the company's certificate exempted
   * it, the certificate in words.
   */
  record Taxed(OrderAmounts amounts, OrderCharges.Applied charges, String note) {}

  private final TaxTable table;
  private final CustomerDirectory customers;
  private final TaxBreakdown.Rounding rounding;
  private final OrderCharges orderCharges;

  OrderTax(TaxTable table, CustomerDirectory customers,
      @Value("${podesk.tax.rounding:LINE}") TaxBreakdown.Rounding rounding, OrderCharges orderCharges) {
    this.orderCharges = orderCharges;
    this.table = table;
    this.customers = customers;
    this.rounding = rounding;
  }

  TaxBreakdown.Rounding rounding() {
    return rounding;
  }

  Taxed apply(CustomerTerms customer, ShipTo shipTo, String currency, List<PurchaseOrderLine> lines, LocalDate on) {
    Optional<CompanyProfile> profile = customers.profile(customer.companyId());
    Optional<TaxExemption> exemption = profile.map(CompanyProfile::taxExemption)
        .filter(e -> e.certificate() != null && !e.certificate().isBlank())
        .filter(e -> e.expiresOn() == null || !e.expiresOn().isBefore(on));
    String country = shipTo != null && shipTo.country() != null ? shipTo.country()
        : profile.map(CompanyProfile::billingAddress).map(a -> a.country()).orElse(null);
    for (PurchaseOrderLine line : lines) {
      AppliedTax rate = exemption.isPresent() ? new AppliedTax(BigDecimal.ZERO, "exempt")
          : table.rateFor(line.sku(), country, on);
      line.taxed(rate.percent());
    }
    String note = exemption.map(e -> "Tax exempt: certificate " + e.certificate()
        + (e.expiresOn() == null ? "" : ", valid until " + e.expiresOn())).orElse(null);
    Money linesNet = lines.stream().map(l -> Money.of(l.lineTotal(), currency)).reduce(Money.zero(currency),
        Money::plus);
    OrderCharges.Applied charges = orderCharges.chargesFor(linesNet, country, on);
    BigDecimal chargesPercent = exemption.isPresent() ? BigDecimal.ZERO : charges.chargesTaxPercent();
    charges = new OrderCharges.Applied(charges.discountPercent(), charges.freight(), charges.handling(),
        chargesPercent, charges.note());
    return new Taxed(amountsOf(lines.stream().map(l -> new TaxBreakdown.Taxed(Money.of(l.lineTotal(), currency),
        l.taxPercent())).toList(), charges, rounding, currency), charges, note);
  }

  /** The amounts of lines (total and rate each) under the order's charges. */
  static OrderAmounts amountsOf(List<TaxBreakdown.Taxed> lines, OrderCharges.Applied charges,
      TaxBreakdown.Rounding rounding, String currency) {
    List<TaxBreakdown.Taxed> rated = lines.stream().map(l -> new TaxBreakdown.Taxed(l.net(),
        l.percent() == null ? BigDecimal.ZERO : l.percent())).toList();
    return OrderAmounts.of(rated, charges.discountPercent(), charges.freight(), charges.handling(),
        charges.chargesTaxPercent(), rounding, currency);
  }
}
