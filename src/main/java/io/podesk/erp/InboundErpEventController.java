package io.podesk.erp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.podesk.shared.ConflictException;
import io.podesk.shared.Signatures;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The ERP's way in: {@code POST /api/erp/events}, authenticated by an HMAC-SHA256 signature over timestamp and
 * body (shared secret {@code podesk.erp.inbound-secret}), refused when older than five minutes.
 */
@RestController
@Tag(name = "ERP events", description = "Confirmations, cancellations and offline orders from the ERP")
class InboundErpEventController {

  private static final Duration REPLAY_WINDOW = Duration.ofMinutes(5);

  private final InboundErpEventService service;
  private final ObjectMapper json;
  private final Clock clock;
  private final String secret;

  InboundErpEventController(InboundErpEventService service, ObjectMapper json, Clock clock,
      @Value("${podesk.erp.inbound-secret:}") String secret) {
    this.service = service;
    this.json = json;
    this.clock = clock;
    this.secret = secret;
  }

  @PostMapping(path = "/api/erp/events", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Receive a signed ERP event (X-PoDesk-Timestamp, X-PoDesk-Signature: sha256=<hex>)")
  ResponseEntity<?> receive(@RequestBody byte[] rawBody,
      @RequestHeader(name = "X-PoDesk-Timestamp", required = false) String timestamp,
      @RequestHeader(name = "X-PoDesk-Signature", required = false) String signature) {
    ProblemDetail unauthenticated = authenticate(rawBody, timestamp, signature);
    if (unauthenticated != null) {
      return ResponseEntity.status(unauthenticated.getStatus()).body(unauthenticated);
    }
    JsonNode event = ErpEventJson.parse(json, rawBody);
    ErpEvent.Header header = ErpEventParser.header(event);
    String body = new String(rawBody, StandardCharsets.UTF_8);
    InboundErpEventService.Outcome outcome;
    try {
      outcome = service.receive(header, event, body);
    } catch (DataIntegrityViolationException e) {
      outcome = service.receive(header, event, body); // the same event arrived twice at once: the other one won
    } catch (ConflictException e) {
      outcome = service.refused(header, body, e.getMessage());
      ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
      problem.setTitle("Event refused");
      problem.setProperty("eventId", outcome.eventId());
      return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }
    HttpStatus status = switch (outcome.status()) {
      case APPLIED -> HttpStatus.OK;
      case UNMATCHED -> HttpStatus.ACCEPTED;
      case REFUSED -> HttpStatus.UNPROCESSABLE_ENTITY;
    };
    return ResponseEntity.status(status).body(outcome);
  }

  @GetMapping("/api/admin/erp-events")
  @Operation(summary = "ERP events received, newest first; status=UNMATCHED lists those naming no known order")
  List<EventView> events(@RequestParam(required = false) InboundErpEvent.Status status,
      @RequestParam(defaultValue = "100") int limit) {
    return service.recent(status, limit).stream().map(EventView::of).toList();
  }

  @PostMapping("/api/admin/erp-events/{id}/replay")
  @Operation(summary = "Apply an unmatched or refused ERP event again, once what it named exists (409 if applied)")
  InboundErpEventService.Outcome replay(@PathVariable String id) {
    return service.replay(id, json);
  }

  record EventView(String id, String type, String company, String poNumber, UUID purchaseOrderId,
      InboundErpEvent.Status status, String detail, Instant receivedAt) {

    static EventView of(InboundErpEvent event) {
      return new EventView(event.id(), event.type(), event.company(), event.poNumber(), event.purchaseOrderId(),
          event.status(), event.detail(), event.receivedAt());
    }
  }

  private ProblemDetail authenticate(byte[] body, String timestamp, String signature) {
    if (secret == null || secret.isBlank()) {
      return unauthorized(HttpStatus.SERVICE_UNAVAILABLE, "ERP events are not configured (podesk.erp.inbound-secret)");
    }
    if (timestamp == null || signature == null || !signature.startsWith("sha256=")) {
      return unauthorized(HttpStatus.UNAUTHORIZED, "Sign the event: X-PoDesk-Timestamp and X-PoDesk-Signature");
    }
    long seconds;
    try {
      seconds = Long.parseLong(timestamp.strip());
    } catch (NumberFormatException e) {
      return unauthorized(HttpStatus.UNAUTHORIZED, "X-PoDesk-Timestamp must be epoch seconds");
    }
    if (Math.abs(clock.instant().getEpochSecond() - seconds) > REPLAY_WINDOW.toSeconds()) {
      return unauthorized(HttpStatus.UNAUTHORIZED, "The event is older than 5 minutes (or from the future)");
    }
    if (!Signatures.matches(secret, timestamp.strip(), body, signature)) {
      return unauthorized(HttpStatus.UNAUTHORIZED, "The signature does not match the body");
    }
    return null;
  }

  private static ProblemDetail unauthorized(HttpStatus status, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(status == HttpStatus.UNAUTHORIZED ? "Unauthenticated" : "Not configured");
    return problem;
  }
}
