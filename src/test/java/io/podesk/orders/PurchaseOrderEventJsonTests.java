package io.podesk.orders;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.podesk.shared.Actor;
import io.podesk.shared.PurchaseOrderId;
import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Module events wait in the event publication table as JSON. Typed ids and actors keep the shape those rows already
 * have (a plain UUID string, a plain name), so events stored before the types came still deserialize.
 */
class PurchaseOrderEventJsonTests {

  private static final String ID = "0f8fad5b-d9cb-469f-a165-70867728950e";

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void writesTheOrderIdAsAPlainUuidAndTheActorAsItsName() throws Exception {
    String written = json.writeValueAsString(
        new PurchaseOrderWithdrawn(PurchaseOrderId.of(UUID.fromString(ID)), Actor.ERP));

    assertThat(written).isEqualTo("{\"purchaseOrderId\":\"" + ID + "\",\"cancelledBy\":\"erp\"}");
  }

  @Test
  void readsAnEventStoredBeforeTheTypesCame() throws Exception {
    PurchaseOrderWithdrawn withdrawn = json.readValue(
        "{\"purchaseOrderId\":\"" + ID + "\",\"cancelledBy\":\"nwbuyer\"}", PurchaseOrderWithdrawn.class);
    PurchaseOrderSubmitted submitted = json.readValue("{\"purchaseOrderId\":\"" + ID + "\",\"customerId\":\"acme\","
        + "\"poNumber\":\"PO-123456\",\"submittedBy\":\"buyer\",\"total\":1026.50,\"currency\":\"USD\"}",
        PurchaseOrderSubmitted.class);

    assertThat(withdrawn.purchaseOrderId()).isEqualTo(PurchaseOrderId.of(UUID.fromString(ID)));
    assertThat(withdrawn.cancelledBy()).isEqualTo(Actor.person("nwbuyer"));
    assertThat(submitted.purchaseOrderId().value()).isEqualTo(UUID.fromString(ID));
    assertThat(submitted.total()).isEqualTo(new BigDecimal("1026.50"));
  }

  @Test
  void anIdReadsAsItsUuid() {
    assertThat(PurchaseOrderId.of(UUID.fromString(ID))).hasToString(ID);
  }
}
