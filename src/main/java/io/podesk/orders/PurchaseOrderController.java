package io.podesk.orders;

import com.fasterxml.jackson.databind.JsonNode;
import io.podesk.documents.DocumentContent;
import io.podesk.shared.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/purchase-orders")
@Tag(name = "Purchase orders", description = "Submit, track, document and cancel purchase orders")
class PurchaseOrderController {

  private static final Map<String, String> SORTABLE = Map.of(
      "submittedAt", "submittedAt", "updatedAt", "updatedAt", "poNumber", "poNumber", "total", "total",
      "status", "status");
  private static final Set<String> DIRECTIONS = Set.of("asc", "desc");
  /** The database takes offsets as int: a page beyond it would fail there instead of answering here. */
  private static final long MAX_OFFSET = 1_000_000_000L;

  private final PurchaseOrderIntake intake;
  private final PurchaseOrderService service;

  PurchaseOrderController(PurchaseOrderIntake intake, PurchaseOrderService service) {
    this.intake = intake;
    this.service = service;
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Submit a purchase order for the caller's own company")
  ResponseEntity<PurchaseOrderView> submit(@RequestBody SubmitPurchaseOrder request, Authentication caller) {
    if (request == null) {
      throw new InvalidInputException("body", "the request body must be a purchase order in JSON");
    }
    PurchaseOrderSnapshot order = intake.submit(caller.getName(), request);
    return ResponseEntity.created(URI.create("/api/purchase-orders/" + order.id()))
        .body(service.view(order.id(), caller));
  }

  @GetMapping("/{id}")
  @Operation(summary = "A purchase order with its timeline")
  PurchaseOrderView get(@PathVariable UUID id, Authentication caller) {
    return service.view(id, caller);
  }

  @GetMapping
  @Operation(summary = "The caller's purchase orders (staff: all), filtered, paged and sorted")
  PageView list(@RequestParam(required = false) PurchaseOrderStatus status,
      @RequestParam(required = false) String poNumber,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size,
      @RequestParam(defaultValue = "submittedAt,desc") String sort,
      Authentication caller) {
    if (page < 0 || size < 1 || size > 200) {
      throw new InvalidInputException("size", "page must be 0 or more and size between 1 and 200");
    }
    if ((long) page * size > MAX_OFFSET) {
      throw new InvalidInputException("page", "page " + page + " of " + size + " is far beyond the last order; "
          + "narrow the list with status or poNumber instead");
    }
    Page<PurchaseOrder> result = service.find(caller, status, poNumber, PageRequest.of(page, size, sortOf(sort)));
    return new PageView(result.map(order -> PurchaseOrderView.of(PurchaseOrderSnapshot.of(order), null, null)).getContent(),
        result.getNumber(), result.getSize(), result.getTotalElements(), result.getTotalPages());
  }

  @PostMapping(path = "/{id}/document", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(summary = "Upload the signed PO as a PDF (multipart field 'file')")
  ResponseEntity<PurchaseOrderView.DocumentView> upload(@PathVariable UUID id,
      @RequestParam("file") MultipartFile file, Authentication caller) {
    try {
      var document = service.attachDocument(id, file.getOriginalFilename(), file.getBytes(), caller);
      return ResponseEntity.created(URI.create("/api/purchase-orders/" + id + "/document"))
          .body(PurchaseOrderView.documentView(id, document));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @GetMapping("/{id}/document")
  @Operation(summary = "Download the PO document")
  ResponseEntity<byte[]> download(@PathVariable UUID id, Authentication caller) {
    DocumentContent content = service.downloadDocument(id, caller);
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(content.document().fileName(),
                StandardCharsets.UTF_8).build().toString())
        .header("X-Content-Type-Options", "nosniff")
        .body(content.bytes());
  }

  @PostMapping(path = "/{id}/revisions", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Revise a rejected order, or change one already in the ERP (same PO number, new lines)")
  ResponseEntity<PurchaseOrderView> revise(@PathVariable UUID id, @RequestBody SubmitPurchaseOrder request,
      Authentication caller) {
    if (request == null) {
      throw new InvalidInputException("body", "the request body must be a purchase order in JSON");
    }
    PurchaseOrderSnapshot order = intake.revise(id, caller.getName(), request);
    return ResponseEntity.created(URI.create("/api/purchase-orders/" + id + "/revisions/" + order.revision()))
        .body(service.view(id, caller));
  }

  @GetMapping("/{id}/revisions")
  @Operation(summary = "Earlier revisions of an order, as they were when replaced")
  List<RevisionView> revisions(@PathVariable UUID id, Authentication caller) {
    return service.revisions(id, caller);
  }

  /** An earlier revision; {@code order} is the order as it stood then. */
  record RevisionView(int revision, BigDecimal total, Instant replacedAt, String replacedBy,
      JsonNode order) {}

  @PostMapping("/{id}/cancel")
  @Operation(summary = "Cancel a purchase order that is not yet approved")
  PurchaseOrderView cancel(@PathVariable UUID id, Authentication caller) {
    service.cancel(id, caller);
    return service.view(id, caller);
  }

  private static Sort sortOf(String sort) {
    String[] parts = sort.split(",", -1);
    String property = SORTABLE.get(parts[0].strip());
    String direction = parts.length > 1 ? parts[1].strip().toLowerCase(Locale.ROOT) : "asc";
    if (property == null || !DIRECTIONS.contains(direction) || parts.length > 2) {
      throw new InvalidInputException("sort", "sort must be one of " + SORTABLE.keySet() + " with ,asc or ,desc");
    }
    return Sort.by(Sort.Direction.fromString(direction), property).and(Sort.by("id"));
  }

  /** One page of orders. */
  record PageView(List<PurchaseOrderView> items, int page, int size, long totalItems, int totalPages) {}
}
