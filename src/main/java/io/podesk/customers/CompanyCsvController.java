package io.podesk.customers;

import io.podesk.shared.Actor;
import io.podesk.shared.CsvImport;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Companies as CSV for the seller admin: export, and an import with a dry run (role admin). */
@RestController
@Tag(name = "Admin: companies", description = "Onboard and maintain customer companies")
class CompanyCsvController {

  private final CompanyCsv csv;

  CompanyCsvController(CompanyCsv csv) {
    this.csv = csv;
  }

  @GetMapping(path = "/api/admin/companies.csv", produces = "text/csv")
  @Operation(summary = "Every company as CSV, in the columns the import takes")
  ResponseEntity<String> export() {
    return CsvImport.download("companies.csv", csv.export());
  }

  @PostMapping(path = "/api/admin/companies/import", consumes = "text/csv")
  @Operation(summary = "Import companies from CSV: dryRun=true (the default) lists each row's errors and changes "
      + "nothing; dryRun=false stores all rows or, with any error, none (400 problem details by row and column)")
  ResponseEntity<CsvImport.Report> importCsv(@RequestParam(defaultValue = "true") boolean dryRun,
      HttpServletRequest request, Authentication caller) throws IOException {
    return CsvImport.answer(csv.importCsv(CsvImport.bodyOf(request), dryRun, Actor.person(caller.getName())));
  }
}
