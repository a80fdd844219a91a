package io.podesk.purchasing;

import static org.assertj.core.api.Assertions.assertThat;

import io.podesk.support.Api;
import io.podesk.support.IntegrationTest;
import io.podesk.support.Orders;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The buy side's people (issue 15): the groups purchasing, warehouse and accountspayable with the demo users
 * purchaser, receiver and apclerk, who log in but see none of the customers' orders, and no admin route.
 */
@IntegrationTest
class BuySideStaffIntegrationTests {

  @LocalServerPort int port;
  @Autowired IdentityService identity;

  @Test
  void theBuySideLogsInAndSeesNoCustomersOrdersNorTheAdminsRoutes() {
    Api api = new Api(port);
    assertThat(identity.createUserQuery().userId("purchaser").memberOfGroup("purchasing").count()).isOne();
    assertThat(identity.createUserQuery().userId("receiver").memberOfGroup("warehouse").count()).isOne();
    assertThat(identity.createUserQuery().userId("apclerk").memberOfGroup("accountspayable").count()).isOne();
    var created = api.postJson("nwbuyer", "/api/purchase-orders", Orders.json(Orders.northwindPoNumber(), 1, "5.00"));
    assertThat(created.status()).isEqualTo(201);
    String order = "/api/purchase-orders/" + created.json().get("id").asText();

    for (String user : new String[] {"purchaser", "receiver", "apclerk"}) {
      var list = api.get(user, "/api/purchase-orders");
      assertThat(list.status()).as(user).isEqualTo(200);
      assertThat(list.json().get("totalItems").asLong()).as(user + " sees no customer's order").isZero();
      assertThat(api.get(user, order).status()).as(user).isEqualTo(404);
      assertThat(api.get(user, "/api/admin/suppliers").status()).as(user).isEqualTo(403);
      assertThat(api.get(user, "/engine-rest/task").status()).as(user).isEqualTo(403);
    }
  }
}
