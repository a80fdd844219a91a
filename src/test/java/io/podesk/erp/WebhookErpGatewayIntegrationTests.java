package io.podesk.erp;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.podesk.shared.Signatures;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The webhook adapter against a real HTTP server (WireMock): signed, idempotent, and honest about failures. */
class WebhookErpGatewayIntegrationTests {

  private final WireMockServer erp = new WireMockServer(WireMockConfiguration.options().dynamicPort());
  private final Clock clock = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);
  private WebhookErpGateway gateway;

  @BeforeEach
  void start() {
    erp.start();
    gateway = new WebhookErpGateway(new ErpProperties.Webhook(erp.baseUrl() + "/orders", "webhook-secret",
        Duration.ofSeconds(2), Duration.ofMillis(500)), clock);
  }

  @AfterEach
  void stop() {
    erp.stop();
  }

  @Test
  void postsASignedOrderWithItsIdempotencyKeyAndKeepsTheErpReference() {
    erp.stubFor(post("/orders").willReturn(okJson("{\"reference\": \"SO-1001\"}")));
    ErpOrder order = order();

    assertThat(gateway.push(order)).isEqualTo("SO-1001");

    LoggedRequest request = erp.findAll(postRequestedFor(urlEqualTo("/orders"))).get(0);
    assertThat(request.getHeader("Idempotency-Key")).isEqualTo("acme:PO-123456:2");
    assertThat(request.getHeader("X-PoDesk-Timestamp")).isEqualTo("1795341600");
    assertThat(request.getHeader("X-PoDesk-Signature"))
        .isEqualTo(Signatures.sign("webhook-secret", "1795341600", request.getBodyAsString()));
    assertThat(request.getBodyAsString()).contains("\"poNumber\":\"PO-123456\"").contains("\"sku\":\"BRG-6204\"");
  }

  @Test
  void aRetryAfterAServerErrorCarriesTheSameKeySoTheErpCreatesOneOrder() {
    erp.stubFor(post("/orders").inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(serverError()).willSetStateTo("recovered"));
    erp.stubFor(post("/orders").inScenario("flaky").whenScenarioStateIs("recovered")
        .willReturn(okJson("{\"reference\": \"SO-2002\"}")));

    assertThatThrownBy(() -> gateway.push(order())).isInstanceOf(ErpUnavailableException.class)
        .hasMessageContaining("500");
    assertThat(gateway.push(order())).isEqualTo("SO-2002");

    List<String> keys = erp.findAll(postRequestedFor(urlEqualTo("/orders"))).stream()
        .map(request -> request.getHeader("Idempotency-Key")).toList();
    assertThat(keys).containsExactly("acme:PO-123456:2", "acme:PO-123456:2");
  }

  @Test
  void pushesAnInvoiceSignedWithItsOwnIdempotencyKey() {
    erp.stubFor(post("/orders").withHeader("X-PoDesk-Event", equalTo("invoice")).willReturn(ok()));
    var invoice = new ErpInvoice("INV-2026-001000", "acme", "PO-123456", "USD", new BigDecimal("100.00"),
        new BigDecimal("8.00"), new BigDecimal("108.00"), java.time.LocalDate.parse("2026-12-22"), List.of());

    gateway.pushInvoice(invoice);

    LoggedRequest request = erp.findAll(postRequestedFor(urlEqualTo("/orders"))).get(0);
    assertThat(request.getHeader("Idempotency-Key")).isEqualTo("acme:invoice:INV-2026-001000");
    assertThat(request.getHeader("X-PoDesk-Signature")).isEqualTo(
        Signatures.sign("webhook-secret", request.getHeader("X-PoDesk-Timestamp"), request.getBodyAsString()));
    assertThat(request.getBodyAsString()).contains("\"poNumber\":\"PO-123456\"").contains("\"dueDate\":\"2026-12-22\"");
  }

  @Test
  void tellsTheErpToHoldThenToCancelTheRevisionItHasSignedAndIdempotently() {
    erp.stubFor(post("/orders").willReturn(ok()));
    var order = new ErpOrderHold("acme", "PO-123456", "SO-1001", 2, "lines changed");

    gateway.hold(order);
    gateway.cancel(order);

    var requests = erp.findAll(postRequestedFor(urlEqualTo("/orders")));
    assertThat(requests).extracting(r -> r.getHeader("X-PoDesk-Event"))
        .containsExactly("order.changed", "order.cancelled");
    assertThat(requests).extracting(r -> r.getHeader("Idempotency-Key"))
        .containsExactly("acme:PO-123456:2:hold", "acme:PO-123456:2:cancel");
    assertThat(requests.get(0).getBodyAsString()).contains("\"action\":\"hold\"")
        .contains("\"erpReference\":\"SO-1001\"").contains("\"revision\":2");
    assertThat(requests.get(1).getBodyAsString()).contains("\"action\":\"cancel\"");
    assertThat(requests).allSatisfy(r -> assertThat(r.getHeader("X-PoDesk-Signature")).isEqualTo(
        Signatures.sign("webhook-secret", r.getHeader("X-PoDesk-Timestamp"), r.getBodyAsString())));
  }

  @Test
  void anOrderTheErpAlreadyHasCountsAsPushed() {
    erp.stubFor(post("/orders").willReturn(aResponse().withStatus(409)
        .withHeader("Content-Type", "application/json").withBody("{\"reference\": \"SO-1001\"}")));
    assertThat(gateway.push(order())).isEqualTo("SO-1001");
  }

  @Test
  void timeoutsAndDroppedConnectionsAreFailuresToRetry() {
    erp.stubFor(post("/orders").willReturn(okJson("{\"reference\": \"late\"}").withFixedDelay(2000)));
    assertThatThrownBy(() -> gateway.push(order())).isInstanceOf(ErpUnavailableException.class)
        .hasMessageContaining("did not answer");

    erp.resetAll();
    erp.stubFor(post("/orders").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    assertThatThrownBy(() -> gateway.push(order())).isInstanceOf(ErpUnavailableException.class);

    erp.resetAll();
    erp.stubFor(post("/orders").willReturn(okJson("{\"ok\": true}")));
    assertThatThrownBy(() -> gateway.push(order())).hasMessageContaining("named no reference");
  }

  private static ErpOrder order() {
    return new ErpOrder(UUID.fromString("00000000-0000-0000-0000-000000000001"), "acme", "PO-123456", 2, "USD",
        new BigDecimal("125.00"), "NET_30", List.of(new ErpOrder.Line("BRG-6204", "Ball bearing", BigDecimal.TEN,
            new BigDecimal("12.50"), new BigDecimal("125.00"))), null, null);
  }
}
