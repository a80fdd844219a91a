package io.podesk.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.podesk.approval.ApprovalPlans;
import io.podesk.orders.PurchaseOrderCommands;
import io.podesk.orders.PurchaseOrderSnapshot;
import io.podesk.orders.ReapprovalPolicy;
import io.podesk.shared.InvalidInputException;
import io.podesk.support.ModuleTest;
import io.podesk.support.OrderSteps;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The webhooks module with the orders and invoicing whose events it hears and the outbox it delivers through: an
 * event a subscriber asked for becomes a delivery in the outbox, with the order as it stands; a subscriber on a
 * private address is refused.
 */
@ModuleTest(BootstrapMode.ALL_DEPENDENCIES)
// orders' port that the workflow module implements with its re-approval table (not started here)
@MockitoBean(types = ReapprovalPolicy.class)
@TestPropertySource(properties = "podesk.webhooks.allowed-hosts=localhost")
class WebhooksModuleTests {

  @Autowired Webhooks webhooks;
  @Autowired PurchaseOrderCommands lifecycle;
  @Autowired ApprovalPlans plans;

  @Test
  void aSubmittedOrderBecomesADeliveryForItsSubscriber(Scenario scenario) {
    var steps = new OrderSteps(lifecycle, plans);
    // nothing listens on port 9: the delivery is attempted and fails, which the outbox module's own test covers
    WebhookSubscription subscription = webhooks.subscribe("http://localhost:9/hooks", "a-secret-of-16-characters",
        Set.of("po.submitted"));

    scenario.stimulate(() -> steps.submit("nwbuyer", "NW-MT-0301", "10", "6.40"))
        .andWaitAtMost(Duration.ofSeconds(20))
        .andWaitForStateChange(() -> webhooks.deliveriesOf(subscription.id(), 10), deliveries -> !deliveries.isEmpty())
        .andVerify((List<WebhookDelivery> deliveries, PurchaseOrderSnapshot order) -> assertThat(deliveries)
            .singleElement().satisfies(delivery -> {
              assertThat(delivery.eventType()).isEqualTo("po.submitted");
              assertThat(delivery.purchaseOrderId()).isEqualTo(order.id());
              assertThat(delivery.payload()).contains("\"poNumber\":\"NW-MT-0301\"", "\"status\":\"SUBMITTED\"");
            }));
  }

  @Test
  void refusesASubscriberOnAPrivateAddress() {
    assertThatThrownBy(() -> webhooks.subscribe("http://10.1.2.3/hooks", "a-secret-of-16-characters",
        Set.of("po.submitted"))).isInstanceOfSatisfying(InvalidInputException.class,
        refused -> assertThat(refused.errors()).extracting(error -> error.field()).containsExactly("url"));
  }
}
