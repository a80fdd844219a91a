package io.podesk.shared;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/**
 * What every CSV import and export of master data shares (companies, company people, authority limits): RFC 4180
 * with a header row naming fixed columns, a row limit, errors reported by row and column, and a report of what an
 * import did or, as a dry run, would do.
 */
public final class CsvImport {

  /** A file larger than this is refused before it is parsed (10,000 rows take about 2 MB). */
  public static final int MAX_BYTES = 5 * 1024 * 1024;
  public static final int MAX_ROWS = 10_000;

  private CsvImport() {}

  /** One problem of the file: its row (the header is row 1), its column (null: the whole row), and what is wrong. */
  public record RowError(long row, String column, String message) {}

  /**
   * What an import did, or (dry run, or refused) would do.
   *
   * @param created the keys (company codes, user names) of the rows that create a record
   * @param updated those that change one
   * @param unchanged those that match what is stored already
   */
  public record Report(boolean dryRun, boolean imported, int rows, List<String> created, List<String> updated,
      List<String> unchanged, List<RowError> errors) {

    /** A refused import's errors as problem details, each named by row and column; nothing was stored. */
    public InvalidInputException refusal() {
      return new InvalidInputException("The file has " + errors.size() + " problem(s); nothing was imported",
          errors.stream().map(error -> new FieldError("row " + error.row()
              + (error.column() == null ? "" : ", " + error.column()), error.message())).toList());
    }
  }

  /** A row of the file with its number as a person counts it (the header is row 1). */
  public record Row(long number, CSVRecord record) {

    /**
     * The checker's refusal of this row, each field's error under its column ({@code columnOfField}, else the
     * field's own name); a column already reported as unreadable is not reported again as missing.
     */
    public void refused(InvalidInputException refusal, Map<String, String> columnOfField, List<RowError> unreadable,
        List<RowError> rowErrors) {
      refusal.errors().forEach(error -> {
        String column = columnOfField.getOrDefault(error.field(), error.field());
        if (unreadable.stream().noneMatch(u -> column.equals(u.column()))) {
          rowErrors.add(new RowError(number, column, error.message()));
        }
      });
    }

    public String text(String column) {
      String value = record.get(column);
      return value == null || value.isEmpty() ? null : value;
    }

    public Boolean bool(String column, List<RowError> errors) {
      String value = record.get(column).toLowerCase(Locale.ROOT);
      return switch (value) {
        case "", "false", "no" -> false;
        case "true", "yes" -> true;
        default -> {
          errors.add(new RowError(number, column, column + " must be true or false"));
          yield false;
        }
      };
    }

    public Integer integer(String column, List<RowError> errors) {
      String value = record.get(column);
      try {
        return value.isEmpty() ? null : Integer.valueOf(value);
      } catch (NumberFormatException e) {
        errors.add(new RowError(number, column, column + " must be a whole number"));
        return null;
      }
    }

    public BigDecimal decimal(String column, List<RowError> errors) {
      String value = record.get(column);
      try {
        return value.isEmpty() ? null : new BigDecimal(value);
      } catch (NumberFormatException e) {
        errors.add(new RowError(number, column, column + " must be an amount such as 50000 or 1250.50"));
        return null;
      }
    }
  }

  /**
   * Reads the file row by row: each consistent row goes to {@code onRow}; a row with the wrong number of values is
   * an error of its own. Answers the number of rows.
   *
   * @throws InvalidInputException when the file itself is unreadable: not CSV, a header without the columns, too
   *     many rows
   */
  public static int read(String csv, List<String> columns, List<RowError> errors, BiConsumer<Row, List<RowError>>
      onRow) {
    int rows = 0;
    CSVParser parser;
    try {
      parser = CSVParser.builder().setReader(new StringReader(csv == null ? "" : csv))
          .setFormat(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
              .setIgnoreEmptyLines(true).get()).get();
    } catch (IOException | IllegalArgumentException e) {
      throw unreadable(e);
    }
    try (parser) {
      checkHeader(parser.getHeaderNames(), columns);
      var records = parser.iterator();
      while (next(records)) {
        CSVRecord record = records.next();
        long number = record.getRecordNumber() + 1;
        if (++rows > MAX_ROWS) {
          throw new InvalidInputException("file", "a file may have at most " + MAX_ROWS + " rows; split it");
        }
        if (!record.isConsistent()) {
          errors.add(new RowError(number, null, "the row has " + record.size() + " values, the header "
              + columns.size()));
          continue;
        }
        onRow.accept(new Row(number, record), errors);
      }
    } catch (IOException e) {
      throw unreadable(e);
    }
    return rows;
  }

  /** The records as CSV under a header row of the columns. */
  public static String write(List<String> columns, List<List<?>> records) {
    StringWriter out = new StringWriter();
    try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder()
        .setHeader(columns.toArray(String[]::new)).get())) {
      for (List<?> record : records) {
        printer.printRecord(record);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** A CSV file to download under the given name. */
  public static ResponseEntity<String> download(String fileName, String csv) {
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"")
        .header(HttpHeaders.CONTENT_TYPE, "text/csv; charset=UTF-8")
        .body(csv);
  }

  /** An import's answer: the report, or when it was not a dry run and any row had an error, the refusal (400). */
  public static ResponseEntity<Report> answer(Report report) {
    if (!report.dryRun() && !report.errors().isEmpty()) {
      throw report.refusal();
    }
    return ResponseEntity.ok(report);
  }

  /** The request's body as UTF-8 text, refused when larger than {@link #MAX_BYTES}. */
  public static String bodyOf(HttpServletRequest request) throws IOException {
    try (InputStream in = request.getInputStream()) {
      byte[] bytes = in.readNBytes(MAX_BYTES + 1);
      if (bytes.length > MAX_BYTES) {
        throw new InvalidInputException("file", "the file is larger than " + MAX_BYTES / 1024 / 1024
            + " MB; split it");
      }
      return new String(bytes, StandardCharsets.UTF_8);
    }
  }

  /** Commons CSV reports a malformed record (an unclosed quote, say) while iterating, as an unchecked exception. */
  private static boolean next(Iterator<CSVRecord> records) {
    try {
      return records.hasNext();
    } catch (UncheckedIOException | IllegalStateException e) {
      throw unreadable(e);
    }
  }

  private static void checkHeader(List<String> header, List<String> columns) {
    List<String> missing = columns.stream().filter(column -> !header.contains(column)).toList();
    List<String> unknown = header.stream().filter(column -> !columns.contains(column)).toList();
    if (!missing.isEmpty() || !unknown.isEmpty()) {
      throw new InvalidInputException("header", "the header row must name the columns " + columns
          + (missing.isEmpty() ? "" : "; missing " + missing) + (unknown.isEmpty() ? "" : "; unknown " + unknown));
    }
  }

  private static InvalidInputException unreadable(Exception e) {
    return new InvalidInputException("file", "the file is not readable CSV: " + e.getMessage());
  }
}
