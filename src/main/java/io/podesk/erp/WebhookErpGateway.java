package io.podesk.erp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.podesk.shared.Signatures;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A generic ERP or middleware that takes orders (and invoices) as signed JSON over HTTPS. Every push of the same order revision
 * carries the same {@code Idempotency-Key} (company, PO number, revision), so a receiver that honours it never
 * creates a second order, and a {@code 409} naming the existing order counts as success. The body is signed:
 * {@code X-PoDesk-Signature: sha256=<hex HMAC-SHA256 of timestamp + "." + body>} with {@code X-PoDesk-Timestamp}.
 * Anything else (5xx, timeouts, refusals) throws, so the process step retries and finally opens an incident.
 */
class WebhookErpGateway implements ErpGateway {

  private final ErpProperties.Webhook settings;
  private final HttpClient http;
  private final Clock clock;
  private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  WebhookErpGateway(ErpProperties.Webhook settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
    this.http = HttpClient.newBuilder().connectTimeout(settings.connectTimeout()).build();
  }

  @Override
  public String push(ErpOrder order) {
    HttpResponse<String> response = post(order, "order", idempotencyKey(order), "order " + order.reference());
    return referenceIn(response, order);
  }


  /** Invoices go to the same endpoint, told apart by {@code X-PoDesk-Event: invoice}. */
  @Override
  public String pushInvoice(ErpInvoice invoice) {
    post(invoice, "invoice", invoice.company() + ":invoice:" + invoice.number(), "invoice " + invoice.number());
    return "";
  }

  /** {@code X-PoDesk-Event: order.changed} with {@code "action": "hold"}: hold the order while a change is approved. */
  @Override
  public void hold(ErpOrderHold hold) {
    post(instruction(hold, "hold"), "order.changed", hold.company() + ":" + hold.reference() + ":" + hold.revision()
        + ":hold", "hold of order " + hold.reference());
  }

  /** {@code X-PoDesk-Event: order.cancelled} with {@code "action": "cancel"}. */
  @Override
  public void cancel(ErpOrderHold cancellation) {
    post(instruction(cancellation, "cancel"), "order.cancelled", cancellation.company() + ":"
        + cancellation.reference() + ":" + cancellation.revision() + ":cancel",
        "cancellation of order " + cancellation.reference());
  }

  private static Map<String, Object> instruction(ErpOrderHold order, String action) {
    var body = new LinkedHashMap<String, Object>();
    body.put("action", action);
    body.put("company", order.company());
    body.put("poNumber", order.reference());
    body.put("erpReference", order.erpReference());
    body.put("revision", order.revision());
    body.put("reason", order.reason());
    return body;
  }

  /**
   * POSTs a signed JSON body; answers the response of a 2xx or 409 (already there), throws for anything else so
   * the process step retries.
   */
  private HttpResponse<String> post(Object payload, String event, String idempotencyKey, String what) {
    String body = write(payload);
    String timestamp = String.valueOf(clock.instant().getEpochSecond());
    HttpRequest request = HttpRequest.newBuilder(URI.create(settings.url()))
        .timeout(settings.readTimeout())
        .header("Content-Type", "application/json")
        .header("X-PoDesk-Event", event)
        .header("Idempotency-Key", idempotencyKey)
        .header("X-PoDesk-Timestamp", timestamp)
        .header("X-PoDesk-Signature", Signatures.sign(settings.secret(), timestamp, body))
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
        .build();
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new ErpUnavailableException("The ERP webhook did not answer for " + what + ": "
          + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage()), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ErpUnavailableException("Interrupted while pushing " + what, e);
    }
    int status = response.statusCode();
    if (status / 100 != 2 && status != 409) {
      throw new ErpUnavailableException("The ERP webhook answered " + status + " for " + what + ": "
          + abbreviate(response.body()));
    }
    return response;
  }


  static String idempotencyKey(ErpOrder order) {
    return order.company() + ":" + order.reference() + ":" + order.revision();
  }

  private String referenceIn(HttpResponse<String> response, ErpOrder order) {
    try {
      JsonNode reference = json.readTree(response.body()).path("reference");
      if (reference.isTextual() && !reference.asText().isBlank()) {
        return reference.asText();
      }
    } catch (IOException e) {
      // falls through: an answer without a readable reference is no success
    }
    throw new ErpUnavailableException("The ERP webhook accepted order " + order.reference()
        + " but named no reference: " + abbreviate(response.body()));
  }

  private String write(Object payload) {
    try {
      return json.writeValueAsString(payload);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String abbreviate(String text) {
    return text == null ? "" : text.length() <= 300 ? text : text.substring(0, 300) + "…";
  }
}
