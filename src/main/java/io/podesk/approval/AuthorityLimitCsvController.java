package io.podesk.approval;

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

/** Authority limits as CSV for the seller admin: export, and an import with a dry run (role admin). */
@RestController
@Tag(name = "Admin: authority limits", description = "How much each staff member or group may approve")
class AuthorityLimitCsvController {

  private final AuthorityLimitCsv csv;

  AuthorityLimitCsvController(AuthorityLimitCsv csv) {
    this.csv = csv;
  }

  @GetMapping(path = "/api/admin/authority-limits.csv", produces = "text/csv")
  @Operation(summary = "Every authority limit as CSV (kind person or group, name, limit, currency)")
  ResponseEntity<String> export() {
    return CsvImport.download("authority-limits.csv", csv.export());
  }

  @PostMapping(path = "/api/admin/authority-limits/import", consumes = "text/csv")
  @Operation(summary = "Import authority limits from CSV, matched by user or group name. dryRun=true (the default) "
      + "lists each row's errors and changes nothing; dryRun=false stores all rows or, with any error, none (400 "
      + "problem details by row and column)")
  ResponseEntity<CsvImport.Report> importCsv(@RequestParam(defaultValue = "true") boolean dryRun,
      HttpServletRequest request, Authentication caller) throws IOException {
    return CsvImport.answer(csv.importCsv(CsvImport.bodyOf(request), dryRun, Actor.person(caller.getName())));
  }
}
