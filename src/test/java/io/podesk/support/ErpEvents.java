package io.podesk.support;

import io.podesk.shared.Signatures;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;

/** The ERP's side of POST /api/erp/events: events signed with the default profile's secret. */
public final class ErpEvents {

  public static final String SECRET = "demo-inbound-secret";

  private final String url;

  public ErpEvents(int port) {
    this.url = "http://127.0.0.1:" + port + "/api/erp/events";
  }

  /** Sends the event signed now. */
  public HttpResponse<String> send(String body) {
    long now = Instant.now().getEpochSecond();
    return send(body, now, Signatures.sign(SECRET, String.valueOf(now), body));
  }

  /** Sends the event with the given timestamp and signature header (both may be null: unsigned). */
  public HttpResponse<String> send(String body, Long timestamp, String signature) {
    var request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json");
    if (timestamp != null) {
      request.header("X-PoDesk-Timestamp", String.valueOf(timestamp));
    }
    if (signature != null) {
      request.header("X-PoDesk-Signature", signature);
    }
    try {
      return HttpClient.newHttpClient().send(request.POST(HttpRequest.BodyPublishers.ofString(body)).build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
