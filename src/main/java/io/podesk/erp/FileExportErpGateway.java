package io.podesk.erp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The default ERP: one JSON file per order in a folder the ERP's import picks up. The file's name is derived
 * from company and PO number, and it is created atomically (write aside, then link into place), so a retried
 * push finds the file already there and returns its reference instead of writing a second order.
 */
@Component
@ConditionalOnProperty(name = "podesk.erp.adapter", havingValue = "file", matchIfMissing = true)
class FileExportErpGateway implements ErpGateway {

  private static final Logger log = LoggerFactory.getLogger(FileExportErpGateway.class);
  private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  private final Path folder;
  private final Clock clock;
  private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);

  FileExportErpGateway(ErpProperties properties, Clock clock) {
    this.folder = Path.of(properties.file().folder()).toAbsolutePath().normalize();
    this.clock = clock;
  }

  @Override
  public String push(ErpOrder order) {
    String reference = "FILE-" + order.company() + "-" + order.reference()
        + (order.revision() > 1 ? "-R" + order.revision() : "");
    return writeOnce(fileOf(order), document(order, reference), "order " + order.reference() + " of "
        + order.company()).path("erpReference").asText(reference);
  }


  /** {@code <folder>/<company>/invoices/<invoice number>.json}, created once like orders. */
  @Override
  public String pushInvoice(ErpInvoice invoice) {
    Path target = folder.resolve(requireSafe(invoice.company())).resolve("invoices")
        .resolve(requireSafe(invoice.number()) + ".json");
    String reference = "FILE-" + invoice.number();
    writeOnce(target, Map.of("erpReference", reference, "invoice", invoice), "invoice " + invoice.number());
    return reference;
  }

  /**
   * {@code <folder>/<company>/<PO number>.r<n>.hold.json}: the ERP holds the order it has while revision n awaits
   * approval. Written once, like orders.
   */
  @Override
  public void hold(ErpOrderHold hold) {
    writeOnce(instructionFile(hold, "hold"), instruction(hold, "hold"), "hold of order " + hold.reference());
  }

  /** {@code <folder>/<company>/<PO number>.r<n>.cancel.json}: the ERP cancels the order it has. */
  @Override
  public void cancel(ErpOrderHold cancellation) {
    writeOnce(instructionFile(cancellation, "cancel"), instruction(cancellation, "cancel"),
        "cancellation of order " + cancellation.reference());
  }

  private Path instructionFile(ErpOrderHold order, String action) {
    return folder.resolve(requireSafe(order.company()))
        .resolve(safeName(order.reference()) + ".r" + order.revision() + "." + action + ".json");
  }

  private Map<String, Object> instruction(ErpOrderHold order, String action) {
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("action", action);
    document.put("erpReference", order.erpReference());
    document.put("poNumber", order.reference());
    document.put("revision", order.revision());
    document.put("reason", order.reason());
    document.put("writtenAt", Instant.now(clock));
    return document;
  }

  /**
   * Creates the file atomically (written aside, then hard-linked into place) unless it exists already; either way
   * answers what the file holds, so a repeated push reads back the first one.
   */
  private JsonNode writeOnce(Path target, Object document, String what) {
    try {
      Files.createDirectories(target.getParent());
      Path temp = Files.createTempFile(target.getParent(), ".export-", ".tmp");
      try {
        Files.writeString(temp, json.writeValueAsString(document), StandardCharsets.UTF_8);
        Files.createLink(target, temp);
        log.info("Exported {} to {}", what, target);
      } catch (FileAlreadyExistsException e) {
        log.info("{} was already exported to {}; not writing it again", what, target);
      } finally {
        Files.deleteIfExists(temp);
      }
      return json.readTree(target.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("Could not export " + what + " to " + folder, e);
    }
  }


  /**
   * {@code <folder>/<company>/<PO number>.json}, {@code <PO number>.r<n>.json} from revision 2 on; a PO number
   * unfit for a file name is hashed instead.
   */
  Path fileOf(ErpOrder order) {
    String company = requireSafe(order.company());
    return folder.resolve(company)
        .resolve(safeName(order.reference()) + (order.revision() > 1 ? ".r" + order.revision() : "") + ".json");
  }

  /** The PO number as a file name; one unfit for a file name is hashed instead. */
  private static String safeName(String reference) {
    return SAFE.matcher(reference).matches() && !reference.startsWith(".") ? reference : "po-" + sha256(reference);
  }

  private Map<String, Object> document(ErpOrder order, String reference) {
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("erpReference", reference);
    document.put("exportedAt", Instant.now(clock));
    document.put("order", order);
    return document;
  }

  private static String requireSafe(String company) {
    if (!SAFE.matcher(company).matches()) {
      throw new IllegalArgumentException("Company id unfit for a folder name: " + company);
    }
    return company;
  }

  private static String sha256(String value) {
    try {
      return HexFormat.of().formatHex(
          MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
