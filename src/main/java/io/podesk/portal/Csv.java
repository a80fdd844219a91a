package io.podesk.portal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * CSV as RFC 4180 has it (quoted when needed, CRLF line ends), safe to open in a spreadsheet: a cell that starts
 * like a formula (= + - @, tab or carriage return) gets a leading apostrophe, so a company name or a PO number a
 * buyer typed never runs as a formula.
 */
final class Csv {

  static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

  private Csv() {}

  static String of(List<String> header, List<List<?>> rows) {
    StringBuilder csv = new StringBuilder(line(header));
    rows.forEach(row -> csv.append(line(row)));
    return csv.toString();
  }

  static ResponseEntity<String> download(String fileName, List<String> header, List<List<?>> rows) {
    return ResponseEntity.ok()
        .contentType(TEXT_CSV)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
        .body(of(header, rows));
  }

  static String cell(Object value) {
    if (value == null) {
      return "";
    }
    String text = value.toString();
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    if (text.chars().anyMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r')) {
      text = '"' + text.replace("\"", "\"\"") + '"';
    }
    return text;
  }

  private static String line(List<?> cells) {
    return cells.stream().map(Csv::cell).collect(Collectors.joining(",")) + "\r\n";
  }
}
