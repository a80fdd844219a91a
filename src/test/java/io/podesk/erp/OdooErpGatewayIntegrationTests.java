package io.podesk.erp;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Odoo adapter against a JSON-RPC server stood in for by WireMock. */
class OdooErpGatewayIntegrationTests {

  private final WireMockServer odoo = new WireMockServer(WireMockConfiguration.options().dynamicPort());
  private OdooErpGateway gateway;

  @BeforeEach
  void start() {
    odoo.start();
    gateway = new OdooErpGateway(new ErpProperties.Odoo(odoo.baseUrl(), "podesk", "integration", "api-key", 99,
        Duration.ofSeconds(2), Duration.ofSeconds(2)));
    odoo.stubFor(rpc("authenticate", null, null).willReturn(result("2")));
    odoo.stubFor(rpc("execute_kw", "res.partner", "search").willReturn(result("[5]")));
    odoo.stubFor(rpc("execute_kw", "product.product", "search")
        .withRequestBody(matchingJsonPath("$.params.args[5][0][0][2]", equalTo("BRG-6204"))).willReturn(result("[11]")));
    odoo.stubFor(rpc("execute_kw", "product.product", "search")
        .withRequestBody(matchingJsonPath("$.params.args[5][0][0][2]", equalTo("CUSTOM-9"))).willReturn(result("[]")));
    odoo.stubFor(rpc("execute_kw", "account.payment.term", "search").willReturn(result("[3]")));
    odoo.stubFor(rpc("execute_kw", "sale.order", "action_confirm").willReturn(result("true")));
  }

  @AfterEach
  void stop() {
    odoo.stop();
  }

  @Test
  void createsTheSaleOrderWithThePoNumberAsClientReference() {
    odoo.stubFor(rpc("execute_kw", "sale.order", "search_read").willReturn(result("[]")));
    odoo.stubFor(rpc("execute_kw", "sale.order", "create").willReturn(result("7")));
    odoo.stubFor(rpc("execute_kw", "sale.order", "read").willReturn(result("[{\"id\": 7, \"name\": \"S00007\"}]")));

    assertThat(gateway.push(order())).isEqualTo("S00007");

    var create = odoo.findAll(postRequestedFor(urlEqualTo("/jsonrpc"))
        .withRequestBody(matchingJsonPath("$.params.args[4]", equalTo("create")))
        .withRequestBody(matchingJsonPath("$.params.args[3]", equalTo("sale.order")))).get(0).getBodyAsString();
    assertThat(create).contains("\"client_order_ref\":\"PO-123456\"").contains("\"partner_id\":5")
        .contains("\"payment_term_id\":3").contains("\"product_id\":11")
        .contains("\"product_id\":99").contains("\"name\":\"CUSTOM-9 Custom bracket\"");
  }

  @Test
  void aRetryAfterALostAnswerFindsTheOrderAndNeverCreatesASecondOne() {
    odoo.stubFor(rpc("execute_kw", "sale.order", "search_read").inScenario("lost")
        .whenScenarioStateIs(Scenario.STARTED).willReturn(result("[]")));
    odoo.stubFor(rpc("execute_kw", "sale.order", "create").inScenario("lost")
        .whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("created"));
    // what the lost create made: a quotation holding revision 1, which the retry confirms
    odoo.stubFor(rpc("execute_kw", "sale.order", "search_read").inScenario("lost")
        .whenScenarioStateIs("created").willReturn(result("[{\"id\": 7, \"name\": \"S00007\", "
            + "\"state\": \"draft\", \"origin\": \"PO Desk revision 1\", \"locked\": false}]")));

    assertThatThrownBy(() -> gateway.push(order())).isInstanceOf(ErpUnavailableException.class)
        .hasMessageContaining("did not answer sale.order create");
    assertThat(gateway.push(order())).isEqualTo("S00007");
    assertThat(calls("action_confirm")).hasSize(1);

    odoo.verify(1, postRequestedFor(urlEqualTo("/jsonrpc"))
        .withRequestBody(matchingJsonPath("$.params.args[3]", equalTo("sale.order")))
        .withRequestBody(matchingJsonPath("$.params.args[4]", equalTo("create"))));
  }

  @Test
  void aHoldLocksTheConfirmedSaleOrderAndSaysWhyAndACancelCancelsIt() {
    odoo.stubFor(rpc("execute_kw", "sale.order", "search_read")
        .willReturn(result("[{\"id\": 7, \"state\": \"sale\"}]")));
    odoo.stubFor(rpc("execute_kw", "sale.order", "read").willReturn(result("[{\"id\": 7, \"state\": \"sale\"}]")));
    odoo.stubFor(rpc("execute_kw", "sale.order", "message_post").willReturn(result("41")));
    odoo.stubFor(rpc("execute_kw", "sale.order", "action_lock").willReturn(result("true")));
    odoo.stubFor(rpc("execute_kw", "sale.order", "action_cancel").willReturn(result("true")));
    var order = new ErpOrderHold("acme", "PO-123456", "S00007", 2, "lines changed");

    gateway.hold(order);
    gateway.cancel(order);

    assertThat(calls("message_post")).hasSize(2);
    assertThat(calls("message_post").get(0)).contains("On hold").contains("revision 2");
    assertThat(calls("action_lock")).hasSize(1).allSatisfy(body -> assertThat(body).contains("[[7]]"));
    assertThat(calls("action_cancel")).hasSize(1)
        .allSatisfy(body -> assertThat(body).contains("\"disable_cancel_warning\":true"));
  }

  private List<String> calls(String modelMethod) {
    return odoo.findAll(postRequestedFor(urlEqualTo("/jsonrpc"))
        .withRequestBody(matchingJsonPath("$.params.args[4]", equalTo(modelMethod)))).stream()
        .map(request -> request.getBodyAsString()).toList();
  }

  @Test
  void anOdooErrorIsAFailureToRetryWithItsMessage() {
    odoo.stubFor(rpc("execute_kw", "sale.order", "search_read").willReturn(okJson(
        "{\"jsonrpc\": \"2.0\", \"id\": 1, \"error\": {\"code\": 200, \"data\": {\"message\": \"Access Denied\"}}}")));
    assertThatThrownBy(() -> gateway.push(order())).isInstanceOf(ErpUnavailableException.class)
        .hasMessageContaining("Access Denied");
  }

  private static MappingBuilder rpc(String method, String model, String modelMethod) {
    MappingBuilder builder = post(urlEqualTo("/jsonrpc"))
        .withRequestBody(matchingJsonPath("$.params.method", equalTo(method)));
    if (model != null) {
      builder = builder.withRequestBody(matchingJsonPath("$.params.args[3]", equalTo(model)))
          .withRequestBody(matchingJsonPath("$.params.args[4]", equalTo(modelMethod)));
    }
    return builder;
  }

  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder result(String json) {
    return okJson("{\"jsonrpc\": \"2.0\", \"id\": 1, \"result\": " + json + "}");
  }

  private static ErpOrder order() {
    return new ErpOrder(UUID.randomUUID(), "acme", "PO-123456", 1, "USD", new BigDecimal("165.00"), "NET_30",
        List.of(new ErpOrder.Line("BRG-6204", "Ball bearing", BigDecimal.TEN, new BigDecimal("12.50"),
                new BigDecimal("125.00")),
            new ErpOrder.Line("CUSTOM-9", "Custom bracket", BigDecimal.ONE, new BigDecimal("40.00"),
                new BigDecimal("40.00"))), null, null);
  }
}
