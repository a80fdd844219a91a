package io.podesk.support;

import static com.github.tomakehurst.wiremock.client.WireMock.*;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The ERP as a real HTTP server (WireMock) for the webhook adapter: it answers every order with a reference made
 * from its Idempotency-Key, as an ERP that honours the key would, and its request journal is the ERP's count.
 */
public final class ErpStub implements AutoCloseable {

  private final WireMockServer server = new WireMockServer(WireMockConfiguration.options().dynamicPort()
      .containerThreads(40).jettyAcceptors(2));

  public ErpStub() {
    server.start();
    up(0);
  }

  public String url() {
    return server.baseUrl() + "/orders";
  }

  /** Accepts orders, each answer after the given delay. */
  public void up(int delayMillis) {
    server.resetMappings();
    server.stubFor(post("/orders").willReturn(okJson("{\"reference\": \"SO-{{request.headers.Idempotency-Key}}\"}")
        .withTransformers("response-template").withFixedDelay(delayMillis)));
  }

  /** Answers 503, as an ERP in maintenance does. */
  public void down() {
    server.resetMappings();
    server.stubFor(post("/orders").willReturn(serviceUnavailable().withBody("maintenance")));
  }

  /** Every order request received so far (failed ones included). */
  public List<LoggedRequest> orderRequests() {
    return server.findAll(postRequestedFor(urlEqualTo("/orders")).withHeader("X-PoDesk-Event", equalTo("order")));
  }

  /** Order requests per Idempotency-Key. */
  public Map<String, List<LoggedRequest>> orderRequestsByKey() {
    return orderRequests().stream().collect(Collectors.groupingBy(request -> request.getHeader("Idempotency-Key"),
        TreeMap::new, Collectors.toList()));
  }

  @Override
  public void close() {
    server.stop();
  }
}
