package io.podesk.erp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A generic ERP or middleware that takes orders as signed JSON over HTTPS. Every push of the same order revision
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
    String body = write(order);
    String timestamp = String.valueOf(clock.instant().getEpochSecond());
    HttpRequest request = HttpRequest.newBuilder(URI.create(settings.url()))
        .timeout(settings.readTimeout())
        .header("Content-Type", "application/json")
        .header("Idempotency-Key", idempotencyKey(order))
        .header("X-PoDesk-Timestamp", timestamp)
        .header("X-PoDesk-Signature", "sha256=" + sign(timestamp + "." + body))
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
        .build();
    HttpResponse<String> response = send(request, order);
    int status = response.statusCode();
    if (status / 100 == 2 || status == 409) {
      return referenceIn(response, order);
    }
    throw new ErpUnavailableException("The ERP webhook answered " + status + " for order " + order.reference()
        + ": " + abbreviate(response.body()));
  }

  /** Invoices go to the same endpoint, told apart by {@code X-PoDesk-Event: invoice}. */
  @Override
  public String pushInvoice(ErpInvoice invoice) {
    String body = write(invoice);
    String timestamp = String.valueOf(clock.instant().getEpochSecond());
    HttpRequest request = HttpRequest.newBuilder(URI.create(settings.url()))
        .timeout(settings.readTimeout())
        .header("Content-Type", "application/json")
        .header("X-PoDesk-Event", "invoice")
        .header("Idempotency-Key", invoice.company() + ":invoice:" + invoice.number())
        .header("X-PoDesk-Timestamp", timestamp)
        .header("X-PoDesk-Signature", "sha256=" + sign(timestamp + "." + body))
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
        .build();
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new ErpUnavailableException("The ERP webhook did not answer for invoice " + invoice.number(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ErpUnavailableException("Interrupted while pushing invoice " + invoice.number(), e);
    }
    if (response.statusCode() / 100 != 2 && response.statusCode() != 409) {
      throw new ErpUnavailableException("The ERP webhook answered " + response.statusCode() + " for invoice "
          + invoice.number());
    }
    return "";
  }

  static String idempotencyKey(ErpOrder order) {
    return order.company() + ":" + order.reference() + ":" + order.revision();
  }

  private HttpResponse<String> send(HttpRequest request, ErpOrder order) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new ErpUnavailableException("The ERP webhook did not answer for order " + order.reference() + ": "
          + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage()), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ErpUnavailableException("Interrupted while pushing order " + order.reference(), e);
    }
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

  String sign(String payload) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(settings.secret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String abbreviate(String text) {
    return text == null ? "" : text.length() <= 300 ? text : text.substring(0, 300) + "…";
  }
}
