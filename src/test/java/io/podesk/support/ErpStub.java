package io.podesk.support;

import static com.github.tomakehurst.wiremock.client.WireMock.*;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The ERP as a real HTTP server (WireMock) for the webhook adapter: it answers every order with a reference made
 * from its Idempotency-Key, as an ERP that honours the key would, and its request journal is the ERP's count.
 * It can also be down in the ways a real one is (503, connection resets, answers lost or too late), and remembers
 * for every request what it did with it.
 */
public final class ErpStub implements AutoCloseable {

  /** What the ERP did with one request. */
  public enum Outcome {
    /** answered 503 (maintenance): nothing created */
    REFUSED,
    /** reset the connection before taking the order: nothing created */
    RESET,
    /** created the order (or found it by its key), but the answer never reached the sender */
    ANSWER_LOST,
    /** created the order (or found it by its key) and answered with its reference */
    ANSWERED
  }

  /** One order request as the ERP saw it, in the order they came. */
  public record OrderCall(String idempotencyKey, String body, Outcome outcome) {}

  private static final String OUTCOME = "outcome";

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
    answer(okJson("{\"reference\": \"SO-{{request.headers.Idempotency-Key}}\"}")
        .withTransformers("response-template").withFixedDelay(delayMillis), Outcome.ANSWERED);
  }

  /** Answers 503, as an ERP in maintenance does. */
  public void down() {
    answer(serviceUnavailable().withBody("maintenance"), Outcome.REFUSED);
  }

  /** Resets every connection, as a restarting ERP or a dropped load balancer does. */
  public void resettingConnections() {
    answer(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), Outcome.RESET);
  }

  /** Takes every order, then closes the connection without a word: the sender cannot know it arrived. */
  public void losingAnswers() {
    answer(aResponse().withFault(Fault.EMPTY_RESPONSE), Outcome.ANSWER_LOST);
  }

  /** Takes every order and answers after the given delay, later than the sender waits (its read timeout). */
  public void answeringTooLate(int delayMillis) {
    answer(okJson("{\"reference\": \"SO-{{request.headers.Idempotency-Key}}\"}")
        .withTransformers("response-template").withFixedDelay(delayMillis), Outcome.ANSWER_LOST);
  }

  /**
   * The new behaviour is added before the old one is removed (the newest of equal stubs wins), so that no request
   * meets a moment without any.
   */
  private void answer(ResponseDefinitionBuilder response, Outcome outcome) {
    StubMapping added = server.stubFor(post("/orders").willReturn(response)
        .withMetadata(Map.of(OUTCOME, outcome.name())));
    server.getStubMappings().stream().filter(mapping -> !mapping.getId().equals(added.getId()))
        .forEach(server::removeStub);
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

  /** Every order request with what the ERP did with it, per Idempotency-Key, oldest first. */
  public Map<String, List<OrderCall>> orderCallsByKey() {
    return server.getAllServeEvents().stream()
        .filter(event -> "order".equals(event.getRequest().getHeader("X-PoDesk-Event")))
        .sorted(Comparator.comparing(event -> event.getRequest().getLoggedDate()))
        .map(event -> new OrderCall(event.getRequest().getHeader("Idempotency-Key"),
            event.getRequest().getBodyAsString(), outcomeOf(event)))
        .collect(Collectors.groupingBy(OrderCall::idempotencyKey, TreeMap::new, Collectors.toList()));
  }

  /** A request that met no stub at all was answered 404: refused, nothing created. */
  private static Outcome outcomeOf(ServeEvent event) {
    StubMapping stub = event.getStubMapping();
    Object outcome = stub == null || stub.getMetadata() == null ? null : stub.getMetadata().get(OUTCOME);
    return outcome == null ? Outcome.REFUSED : Outcome.valueOf(outcome.toString());
  }

  @Override
  public void close() {
    server.stop();
  }
}
