package io.podesk.customers;

import io.podesk.shared.Actor;
import io.podesk.shared.FieldError;
import io.podesk.shared.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
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

  /** A file larger than this is refused before it is parsed (10,000 rows take about 2 MB). */
  static final int MAX_BYTES = 5 * 1024 * 1024;

  private final CompanyCsv csv;

  CompanyCsvController(CompanyCsv csv) {
    this.csv = csv;
  }

  @GetMapping(path = "/api/admin/companies.csv", produces = "text/csv")
  @Operation(summary = "Every company as CSV, in the columns the import takes")
  ResponseEntity<String> export() {
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"companies.csv\"")
        .header(HttpHeaders.CONTENT_TYPE, "text/csv; charset=UTF-8")
        .body(csv.export());
  }

  @PostMapping(path = "/api/admin/companies/import", consumes = "text/csv")
  @Operation(summary = "Import companies from CSV: dryRun=true (the default) lists each row's errors and changes "
      + "nothing; dryRun=false stores all rows or, with any error, none (400 problem details by row and column)")
  ResponseEntity<CompanyCsv.ImportReport> importCsv(@RequestParam(defaultValue = "true") boolean dryRun,
      HttpServletRequest request, Authentication caller) throws IOException {
    CompanyCsv.ImportReport report = csv.importCsv(bodyOf(request), dryRun, Actor.person(caller.getName()));
    if (!dryRun && !report.errors().isEmpty()) {
      // nothing was stored: the errors as problem details, each named by row and column
      throw new InvalidInputException("The file has " + report.errors().size() + " problem(s); nothing was imported",
          report.errors().stream().map(error -> new FieldError("row " + error.row()
              + (error.column() == null ? "" : ", " + error.column()), error.message())).toList());
    }
    return ResponseEntity.ok(report);
  }

  private static String bodyOf(HttpServletRequest request) throws IOException {
    try (InputStream in = request.getInputStream()) {
      byte[] bytes = in.readNBytes(MAX_BYTES + 1);
      if (bytes.length > MAX_BYTES) {
        throw new InvalidInputException("file", "the file is larger than " + MAX_BYTES / 1024 / 1024
            + " MB; split it");
      }
      return new String(bytes, StandardCharsets.UTF_8);
    }
  }
}
