package io.podesk.catalog;

import io.podesk.audit.AuditSubject;
import io.podesk.audit.AuditTrail;
import io.podesk.audit.AuditType;
import io.podesk.shared.Actor;
import io.podesk.shared.CsvImport;
import io.podesk.shared.CsvImport.RowError;
import io.podesk.shared.InvalidInputException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Products as CSV: an export, and an import matched by SKU that first lists every row's errors by row and column (a
 * dry run changes nothing), then stores all rows or none; the same file twice changes nothing the second time.
 */
@Service
class ProductCsv {

  static final List<String> COLUMNS = List.of("sku", "name", "category", "unit", "tax_class", "active", "pack_size",
      "min_order_quantity");
  private static final Map<String, String> COLUMN_OF_FIELD = Map.of("taxClass", "tax_class", "packSize",
      "pack_size", "minOrderQuantity", "min_order_quantity");

  private final CatalogAdministration catalog;
  private final PriceBook priceBook;
  private final AuditTrail audit;

  ProductCsv(CatalogAdministration catalog, PriceBook priceBook, AuditTrail audit) {
    this.catalog = catalog;
    this.priceBook = priceBook;
    this.audit = audit;
  }

  @Transactional(readOnly = true)
  String export() {
    List<List<?>> records = new ArrayList<>();
    for (CatalogProduct p : catalog.allProducts()) {
      records.add(Arrays.asList(p.sku(), p.name(), p.category(), p.unit(), p.taxClass(), p.active(),
          p.packSize().stripTrailingZeros().toPlainString(), p.minOrderQuantity().stripTrailingZeros().toPlainString()));
    }
    return CsvImport.write(COLUMNS, records);
  }

  @Transactional
  CsvImport.Report importCsv(String csv, boolean dryRun, Actor actor) {
    List<RowError> errors = new ArrayList<>();
    List<CatalogProduct> rows = new ArrayList<>();
    List<String> created = new ArrayList<>();
    List<String> updated = new ArrayList<>();
    List<String> unchanged = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    int records = CsvImport.read(csv, COLUMNS, errors, (row, rowErrors) -> {
      String sku = row.record().get("sku");
      if (!sku.isEmpty() && !seen.add(sku)) {
        rowErrors.add(new RowError(row.number(), "sku", sku + " is in the file twice"));
        return;
      }
      List<RowError> unreadable = new ArrayList<>();
      CatalogProduct form = new CatalogProduct(row.text("sku"), row.text("name"), row.text("category"),
          row.text("unit"), row.text("tax_class"), row.text("active") == null ? null : row.bool("active", unreadable),
          row.decimal("pack_size", unreadable), row.decimal("min_order_quantity", unreadable));
      rowErrors.addAll(unreadable);
      try {
        CatalogProduct product = catalog.checkedProduct(form);
        if (unreadable.isEmpty()) {
          var existing = priceBook.product(product.sku());
          (existing.isEmpty() ? created : existing.get().equals(product) ? unchanged : updated).add(product.sku());
          rows.add(product);
        }
      } catch (InvalidInputException e) {
        row.refused(e, COLUMN_OF_FIELD, unreadable, rowErrors);
      }
    });
    boolean store = !dryRun && errors.isEmpty();
    if (store) {
      for (CatalogProduct product : rows) {
        if (!unchanged.contains(product.sku())) {
          catalog.saveProduct(product.sku(), product, actor);
        }
      }
      audit.recordChange(AuditSubject.product("*import*"), actor, AuditType.IMPORTED, "Products imported from CSV: "
          + created.size() + " created, " + updated.size() + " updated, " + unchanged.size() + " unchanged", null,
          null);
    }
    return new CsvImport.Report(dryRun, store, records, created, updated, unchanged, errors);
  }
}
