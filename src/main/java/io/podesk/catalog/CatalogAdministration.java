package io.podesk.catalog;

import io.podesk.audit.AuditSubject;
import io.podesk.audit.AuditTrail;
import io.podesk.audit.AuditType;
import io.podesk.customers.CustomerDirectory;
import io.podesk.shared.Actor;
import io.podesk.shared.BaseCurrency;
import io.podesk.shared.CompanyId;
import io.podesk.shared.ConflictException;
import io.podesk.shared.FieldError;
import io.podesk.shared.InvalidInputException;
import io.podesk.shared.NotFoundException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The seller's admin keeps the catalog: products by SKU and price lists with their prices, each checked field by
 * field and every change audited with its before and after.
 */
@Service
public class CatalogAdministration {

  static final Pattern SKU = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]{0,63}");
  private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,31}");
  private static final Pattern TAX_CLASS = Pattern.compile("[a-z0-9_-]{1,32}");
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}]");
  private static final BigDecimal MAX_QUANTITY = new BigDecimal("1000000000");
  private static final BigDecimal MAX_PRICE = new BigDecimal("1000000000");
  static final int PAGE_SIZE = 50;

  private final Products products;
  private final PriceLists lists;
  private final Prices prices;
  private final CustomerDirectory customers;
  private final BaseCurrency currencies;
  private final AuditTrail audit;
  private final Clock clock;

  CatalogAdministration(Products products, PriceLists lists, Prices prices, CustomerDirectory customers,
      BaseCurrency currencies, AuditTrail audit, Clock clock) {
    this.products = products;
    this.lists = lists;
    this.prices = prices;
    this.customers = customers;
    this.currencies = currencies;
    this.audit = audit;
    this.clock = clock;
  }

  /** Whether {@link #saveProduct} created the product or changed (or left) an existing one. */
  public record Saved<T>(T value, boolean created) {}

  /** Creates the product, or replaces the one with this SKU; unchanged, nothing is stored or audited. */
  @Transactional
  public Saved<CatalogProduct> saveProduct(String sku, CatalogProduct form, Actor actor) {
    CatalogProduct product = checked(sku, form);
    Optional<Product> existing = products.findById(product.sku());
    CatalogProduct before = existing.map(Product::view).orElse(null);
    if (product.equals(before)) {
      return new Saved<>(before, false);
    }
    Instant now = Instant.now(clock);
    Product row = existing.orElseGet(() -> new Product(product, now));
    row.restate(product, now);
    products.saveAndFlush(row);
    audit.recordStates(AuditSubject.product(product.sku()), actor, before == null ? AuditType.CREATED
        : AuditType.CHANGED, "Product " + product.sku() + " " + (before == null ? "created" : "changed"), before,
        product);
    return new Saved<>(product, before == null);
  }

  @Transactional(readOnly = true)
  public CatalogProduct product(String sku) {
    return products.findById(sku == null ? "" : sku).map(Product::view)
        .orElseThrow(() -> new NotFoundException("No product with SKU " + sku));
  }

  /** Products whose SKU or name contains the text, by SKU, 50 a page. */
  @Transactional(readOnly = true)
  public Page<CatalogProduct> search(String text, String category, boolean activeOnly, int page) {
    String like = text == null || text.isBlank() ? null : "%" + text.strip().toLowerCase(Locale.ROOT)
        .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    return products.search(like, category == null || category.isBlank() ? null : category, activeOnly,
        PageRequest.of(Math.max(0, Math.min(page, 100_000)), PAGE_SIZE)).map(Product::view);
  }

  /** Every product, by SKU (for the CSV export). */
  @Transactional(readOnly = true)
  public List<CatalogProduct> allProducts() {
    return products.findAll(Sort.by("sku")).stream().map(Product::view).toList();
  }

  @Transactional(readOnly = true)
  public List<PriceListView> priceLists() {
    return lists.findAllByOrderByCode().stream().map(PriceList::view).toList();
  }

  /** Creates the price list, or changes the one with this code; there is one base list. */
  @Transactional
  public Saved<PriceListView> savePriceList(String code, PriceListView form, Actor actor) {
    PriceListView list = checked(code, form);
    Optional<PriceList> existing = lists.findById(list.code());
    PriceListView before = existing.map(PriceList::view).orElse(null);
    if (list.equals(before)) {
      return new Saved<>(before, false);
    }
    if (list.base() && lists.findAll().stream().map(PriceList::view)
        .anyMatch(other -> other.base() && !other.code().equals(list.code()))) {
      throw new ConflictException("There is a base price list already; a second list needs a company or a "
          + "customer group");
    }
    PriceList row = existing.orElseGet(() -> new PriceList(list));
    row.restate(list);
    lists.saveAndFlush(row);
    audit.recordStates(AuditSubject.priceList(list.code()), actor, before == null ? AuditType.CREATED
        : AuditType.CHANGED, "Price list " + list.code() + " " + (before == null ? "created" : "changed"), before,
        list);
    return new Saved<>(list, before == null);
  }

  @Transactional(readOnly = true)
  public List<PriceView> pricesOf(String code) {
    existingList(code);
    return prices.findByPriceListOrderBySkuAscMinQuantityAscValidFromAsc(code).stream().map(Price::view).toList();
  }

  /** Adds a price to the list; the same SKU, quantity break and start date twice is refused (409). */
  @Transactional
  public PriceView addPrice(String code, PriceView form, Actor actor) {
    existingList(code);
    PriceView price = checked(form);
    boolean clash = prices.findByPriceListOrderBySkuAscMinQuantityAscValidFromAsc(code).stream().map(Price::view)
        .anyMatch(other -> other.sku().equals(price.sku()) && other.minQuantity().compareTo(price.minQuantity()) == 0
            && other.validFrom().equals(price.validFrom()));
    if (clash) {
      throw new ConflictException("List " + code + " has a price for " + price.sku() + " from "
          + price.minQuantity().toPlainString() + " units starting " + price.validFrom() + " already; remove it "
          + "first or give the new one another start date");
    }
    Price row = prices.saveAndFlush(new Price(code, price));
    audit.recordStates(AuditSubject.priceList(code), actor, AuditType.CHANGED, "Price of " + price.sku()
        + " in list " + code + ": " + price.unitPrice().toPlainString() + " from " + price.minQuantity()
        .toPlainString() + " units, " + price.validFrom() + " to " + (price.validTo() == null ? "open end"
        : price.validTo()), null, row.view());
    return row.view();
  }

  @Transactional
  public void removePrice(String code, UUID id, Actor actor) {
    Price price = prices.findById(id).filter(found -> found.priceList().equals(code))
        .orElseThrow(() -> new NotFoundException("No price " + id + " in list " + code));
    prices.delete(price);
    audit.recordStates(AuditSubject.priceList(code), actor, AuditType.DELETED, "Price of " + price.view().sku()
        + " removed from list " + code, price.view(), null);
  }

  private PriceList existingList(String code) {
    return lists.findById(code == null ? "" : code)
        .orElseThrow(() -> new NotFoundException("No price list with code " + code));
  }

  /** The product as it would be stored, or the problems of each field. */
  CatalogProduct checkedProduct(CatalogProduct form) {
    return checked(null, form);
  }

  private static CatalogProduct checked(String sku, CatalogProduct form) {
    if (form == null) {
      throw new InvalidInputException("body", "the request body must be a product in JSON");
    }
    List<FieldError> errors = new ArrayList<>();
    String id = sku != null ? sku : form.sku();
    if (id == null || !SKU.matcher(id).matches()) {
      errors.add(new FieldError("sku", "sku is required: up to 64 letters, digits and . _ / -, starting with a "
          + "letter or digit"));
    } else if (form.sku() != null && !form.sku().equals(id)) {
      errors.add(new FieldError("sku", "the SKU of the address (" + id + ") is the product's; it cannot change"));
    }
    String name = text("name", form.name(), 200, errors);
    String category = text("category", form.category(), 64, errors);
    String unit = text("unit", form.unit(), 16, errors);
    String taxClass = form.taxClass() == null ? null : form.taxClass().strip().toLowerCase(Locale.ROOT);
    if (taxClass == null || !TAX_CLASS.matcher(taxClass).matches()) {
      errors.add(new FieldError("taxClass", "taxClass is required: a class such as standard, reduced or exempt"));
    }
    BigDecimal pack = quantity("packSize", form.packSize(), errors);
    BigDecimal moq = quantity("minOrderQuantity", form.minOrderQuantity(), errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException("The product has " + errors.size() + " problem(s)", errors);
    }
    return new CatalogProduct(id, name, category, unit, taxClass, form.active() == null || form.active(), pack,
        moq);
  }

  private PriceListView checked(String code, PriceListView form) {
    if (form == null) {
      throw new InvalidInputException("body", "the request body must be a price list in JSON");
    }
    List<FieldError> errors = new ArrayList<>();
    String id = code != null ? code : form.code();
    if (id == null || !CODE.matcher(id).matches()) {
      errors.add(new FieldError("code", "code is required: 2 to 32 lower-case letters, digits and -"));
    }
    String name = text("name", form.name(), 200, errors);
    String currency = form.currency() == null ? null : form.currency().strip().toUpperCase(Locale.ROOT);
    if (currency == null || !currencies.accepted().contains(currency)) {
      errors.add(new FieldError("currency", "currency must be one PO Desk accepts: " + currencies.accepted()));
    }
    String company = blank(form.company());
    String group = blank(form.customerGroup());
    if (company != null && group != null) {
      errors.add(new FieldError("customerGroup", "a price list is for one company or one customer group, not both"));
    }
    if (company != null && customers.find(CompanyId.of(company)).isEmpty()) {
      errors.add(new FieldError("company", "no company with code " + company));
    }
    if (group != null && group.length() > 64) {
      errors.add(new FieldError("customerGroup", "customerGroup must be at most 64 characters"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException("The price list has " + errors.size() + " problem(s)", errors);
    }
    return new PriceListView(id, name, currency, company, group);
  }

  private PriceView checked(PriceView form) {
    if (form == null) {
      throw new InvalidInputException("body", "the request body must be a price in JSON");
    }
    List<FieldError> errors = new ArrayList<>();
    if (form.sku() == null || products.findById(form.sku()).isEmpty()) {
      errors.add(new FieldError("sku", "no product with SKU " + form.sku() + "; add the product first"));
    }
    BigDecimal min = form.minQuantity() == null ? BigDecimal.ONE : quantity("minQuantity", form.minQuantity(),
        errors);
    BigDecimal unitPrice = form.unitPrice();
    if (unitPrice == null || unitPrice.signum() < 0 || unitPrice.compareTo(MAX_PRICE) > 0) {
      errors.add(new FieldError("unitPrice", "unitPrice is required: an amount from 0, such as 12.50"));
    } else if (unitPrice.stripTrailingZeros().scale() > 4) {
      errors.add(new FieldError("unitPrice", "unitPrice has at most four decimals"));
    }
    LocalDate from = form.validFrom() == null ? LocalDate.now(clock.withZone(ZoneOffset.UTC)) : form.validFrom();
    if (form.validTo() != null && form.validTo().isBefore(from)) {
      errors.add(new FieldError("validTo", "validTo must not be before validFrom (" + from + ")"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException("The price has " + errors.size() + " problem(s)", errors);
    }
    return new PriceView(null, form.sku(), min.setScale(3), unitPrice.setScale(4), from, form.validTo());
  }

  private static String text(String field, String value, int max, List<FieldError> errors) {
    String trimmed = value == null ? "" : value.strip();
    if (trimmed.isEmpty() || trimmed.length() > max || CONTROL.matcher(trimmed).find()) {
      errors.add(new FieldError(field, field + " is required: at most " + max + " characters on one line"));
    }
    return trimmed;
  }

  private static BigDecimal quantity(String field, BigDecimal value, List<FieldError> errors) {
    if (value == null || value.signum() <= 0 || value.compareTo(MAX_QUANTITY) > 0) {
      errors.add(new FieldError(field, field + " is required: a quantity above 0, such as 1 or 12"));
      return BigDecimal.ONE;
    }
    if (value.stripTrailingZeros().scale() > 3) {
      errors.add(new FieldError(field, field + " has at most three decimals"));
    }
    return value.setScale(3, RoundingMode.HALF_UP);
  }

  private static String blank(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
