package io.podesk.orders;

import io.podesk.catalog.AppliedTax;
import io.podesk.catalog.TaxTable;
import io.podesk.customers.CompanyProfile;
import io.podesk.customers.CustomerDirectory;
import io.podesk.customers.CustomerTerms;
import io.podesk.customers.TaxExemption;
import io.podesk.shared.Money;
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
 * ({@code podesk.tax.rounding}). Invoices tax what ships at the same rates.
 */
@Component
class OrderTax {

  /** The order's tax and, when the company's certificate exempted it, the certificate in words. */
  record Taxed(TaxBreakdown breakdown, String note) {}

  private final TaxTable table;
  private final CustomerDirectory customers;
  private final TaxBreakdown.Rounding rounding;

  OrderTax(TaxTable table, CustomerDirectory customers,
      @Value("${podesk.tax.rounding:LINE}") TaxBreakdown.Rounding rounding) {
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
    return new Taxed(breakdownOf(lines, currency, rounding), note);
  }

  static TaxBreakdown breakdownOf(List<PurchaseOrderLine> lines, String currency, TaxBreakdown.Rounding rounding) {
    return TaxBreakdown.of(lines.stream().map(l -> new TaxBreakdown.Taxed(Money.of(l.lineTotal(), currency),
        l.taxPercent() == null ? BigDecimal.ZERO : l.taxPercent())).toList(), rounding, currency);
  }
}
