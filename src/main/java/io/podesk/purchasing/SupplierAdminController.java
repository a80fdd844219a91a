package io.podesk.purchasing;

import io.podesk.shared.Actor;
import io.podesk.shared.CsvImport;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Suppliers and their catalogs for the seller's admin (role admin, as every /api/admin route). */
@RestController
@Tag(name = "Admin: suppliers", description = "Suppliers, their catalogs and match tolerances")
class SupplierAdminController {

  private final SupplierAdministration suppliers;
  private final SupplierCsv csv;

  SupplierAdminController(SupplierAdministration suppliers, SupplierCsv csv) {
    this.suppliers = suppliers;
    this.csv = csv;
  }

  @GetMapping(path = "/api/admin/suppliers.csv", produces = "text/csv")
  @Operation(summary = "Every supplier as CSV, in the columns the import takes")
  ResponseEntity<String> export() {
    return CsvImport.download("suppliers.csv", csv.export());
  }

  @PostMapping(path = "/api/admin/suppliers/import", consumes = "text/csv")
  @Operation(summary = "Import suppliers from CSV, matched by code. dryRun=true (the default) lists each row's "
      + "errors and changes nothing; dryRun=false stores all rows or, with any error, none")
  ResponseEntity<CsvImport.Report> importCsv(@RequestParam(defaultValue = "true") boolean dryRun,
      HttpServletRequest request, Authentication caller) throws IOException {
    return CsvImport.answer(csv.importCsv(CsvImport.bodyOf(request), dryRun, Actor.person(caller.getName())));
  }

  @PostMapping(path = "/api/admin/suppliers", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Add a supplier (409 when its code exists)")
  ResponseEntity<SupplierForm> create(@RequestBody(required = false) SupplierForm form, Authentication caller) {
    SupplierForm created = suppliers.create(form, Actor.person(caller.getName()));
    return ResponseEntity.created(URI.create("/api/admin/suppliers/" + created.code())).body(created);
  }

  @GetMapping("/api/admin/suppliers")
  List<SupplierForm> all() {
    return suppliers.all();
  }

  @GetMapping("/api/admin/suppliers/{code}")
  SupplierForm get(@PathVariable String code) {
    return suppliers.get(code);
  }

  @PutMapping(path = "/api/admin/suppliers/{code}", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Change a supplier (all its fields; the code stays)")
  SupplierForm update(@PathVariable String code, @RequestBody(required = false) SupplierForm form,
      Authentication caller) {
    return suppliers.update(code, form, Actor.person(caller.getName()));
  }

  @GetMapping("/api/admin/suppliers/{code}/catalog")
  List<SupplierCatalogEntry> catalog(@PathVariable String code) {
    return suppliers.catalog(code);
  }

  @PutMapping(path = "/api/admin/suppliers/{code}/catalog/{sku}", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Add or replace the supplier's price of a SKU from its first day (201 new, 200 replaced)")
  ResponseEntity<List<SupplierCatalogEntry>> saveEntry(@PathVariable String code, @PathVariable String sku,
      @RequestBody(required = false) SupplierCatalogEntry entry, Authentication caller) {
    boolean created = suppliers.saveCatalogEntry(code, sku, entry, Actor.person(caller.getName()));
    return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK).body(suppliers.catalog(code));
  }
}
