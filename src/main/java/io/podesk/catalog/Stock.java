package io.podesk.catalog;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Stock as the ERP reports it (stock.updated), per SKU and location, at versions that only move forward. */
@Service
public class Stock {

  private final StockLevels levels;
  private final Products products;
  private final Clock clock;

  Stock(StockLevels levels, Products products, Clock clock) {
    this.levels = levels;
    this.products = products;
    this.clock = clock;
  }

  /** Records the ERP's stock of a known SKU at a location; a version not newer than the stored one is ignored. */
  @Transactional
  public CatalogSync.Result apply(String sku, String location, BigDecimal onHand, LocalDate expectedOn,
      long version) {
    if (!products.existsById(sku)) {
      throw new IllegalStateException("No product with SKU " + sku + "; check with knows() first");
    }
    StockLevel.Key key = new StockLevel.Key(sku, location == null ? "main" : location);
    Optional<StockLevel> existing = levels.findById(key);
    if (existing.isPresent() && existing.get().erpVersion() >= version) {
      return new CatalogSync.Result(false, "Stock of " + sku + " at " + key.location() + ": version " + version
          + " is not newer than the stored " + existing.get().erpVersion() + "; ignored");
    }
    StockLevel level = existing.orElseGet(() -> new StockLevel(key));
    level.restate(onHand, expectedOn, version, Instant.now(clock));
    levels.save(level);
    return new CatalogSync.Result(true, "Stock of " + sku + " at " + key.location() + ": "
        + onHand.stripTrailingZeros().toPlainString() + " on hand at version " + version);
  }

  /** Whether the quantity is in stock over all locations; empty when the ERP never reported the SKU's stock. */
  @Transactional(readOnly = true)
  public Optional<Availability> of(String sku, BigDecimal quantity) {
    List<StockLevel> all = levels.findByKeySku(sku);
    if (all.isEmpty()) {
      return Optional.empty();
    }
    BigDecimal onHand = all.stream().map(StockLevel::onHand).reduce(BigDecimal.ZERO, BigDecimal::add);
    boolean inStock = onHand.compareTo(quantity) >= 0;
    LocalDate expected = inStock ? null : all.stream().map(StockLevel::expectedOn).filter(Objects::nonNull)
        .min(Comparator.naturalOrder()).orElse(null);
    return Optional.of(new Availability(inStock, onHand, expected));
  }
}
