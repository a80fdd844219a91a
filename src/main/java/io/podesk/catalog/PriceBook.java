package io.podesk.catalog;

import io.podesk.shared.BaseCurrency;
import io.podesk.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which price applies to a line: the company's own contract list first, then its customer group's, then the base
 * list; within a list, the price valid on the day with the highest quantity break the line reaches. A list in the
 * order's currency is used as it is; the base list in another currency is converted at the configured rate.
 */
@Service
public class PriceBook {

  private final Products products;
  private final PriceLists lists;
  private final Prices prices;
  private final BaseCurrency currencies;

  PriceBook(Products products, PriceLists lists, Prices prices, BaseCurrency currencies) {
    this.products = products;
    this.lists = lists;
    this.prices = prices;
    this.currencies = currencies;
  }

  /** The product with this SKU, active or not. */
  @Transactional(readOnly = true)
  public Optional<CatalogProduct> product(String sku) {
    return sku == null ? Optional.empty() : products.findById(sku).map(Product::view);
  }

  /** Whether the catalog has any product at all (an installation that has not set one up checks nothing). */
  @Transactional(readOnly = true)
  public boolean hasProducts() {
    return products.count() > 0;
  }

  /** The price for a line of this quantity of the SKU, for this company, on this day, in this currency. */
  @Transactional(readOnly = true)
  public Optional<ExpectedPrice> priceOf(String company, String customerGroup, String sku, BigDecimal quantity,
      String currency, LocalDate on) {
    Map<String, PriceListView> all = lists.findAll().stream().map(PriceList::view)
        .collect(Collectors.toMap(PriceListView::code, view -> view));
    List<Predicate<PriceListView>> tiers = List.of(
        list -> company != null && company.equals(list.company()),
        list -> customerGroup != null && customerGroup.equals(list.customerGroup()),
        PriceListView::base);
    for (Predicate<PriceListView> tier : tiers) {
      List<PriceListView> inTier = all.values().stream().filter(tier).toList();
      Optional<ExpectedPrice> found = best(inTier.stream().filter(list -> list.currency().equals(currency)).toList(),
          sku, quantity, on).map(price -> expected(price, all.get(price.priceList()), price.view().unitPrice()));
      if (found.isPresent()) {
        return found;
      }
    }
    // the base list in another currency, converted
    return all.values().stream().filter(PriceListView::base).findFirst().flatMap(base ->
        best(List.of(base), sku, quantity, on).flatMap(price -> currencies.convert(
            Money.of(price.view().unitPrice(), base.currency()), currency).map(converted -> new ExpectedPrice(
                converted.amount(), currency, base.code(), describe(price, base) + ", converted from "
                    + base.currency()))));
  }

  private Optional<Price> best(List<PriceListView> candidates, String sku, BigDecimal quantity, LocalDate on) {
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    return prices.findBySkuAndPriceListIn(sku, candidates.stream().map(PriceListView::code).toList()).stream()
        .filter(price -> price.appliesTo(quantity, on))
        .max(Comparator.comparing(Price::minQuantity));
  }

  private static ExpectedPrice expected(Price price, PriceListView list, BigDecimal unitPrice) {
    return new ExpectedPrice(unitPrice, list.currency(), list.code(), describe(price, list));
  }

  private static String describe(Price price, PriceListView list) {
    return (list.base() ? "base price list " : list.company() != null ? "contract price list " : "customer-group "
        + "price list ") + list.code() + (price.minQuantity().compareTo(BigDecimal.ONE) > 0
        ? " from " + price.minQuantity().stripTrailingZeros().toPlainString() + " units" : "");
  }
}
