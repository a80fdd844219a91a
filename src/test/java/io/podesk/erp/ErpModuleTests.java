package io.podesk.erp;

import static org.assertj.core.api.Assertions.assertThat;

import io.podesk.approval.ApprovalPlans;
import io.podesk.orders.PurchaseOrderCommands;
import io.podesk.orders.PurchaseOrderQueries;
import io.podesk.orders.PurchaseOrderStatus;
import io.podesk.orders.ReapprovalPolicy;
import io.podesk.shared.PurchaseOrderId;
import io.podesk.support.ModuleTest;
import io.podesk.support.OrderSteps;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The ERP module with the orders, customers and invoicing it reads: an approved order goes to the ERP through the
 * configured adapter (the file export of the default settings) exactly once, and the order keeps the ERP's reference.
 */
@ModuleTest(BootstrapMode.ALL_DEPENDENCIES)
// orders' port that the workflow module implements with its re-approval table (not started here)
@MockitoBean(types = ReapprovalPolicy.class)
class ErpModuleTests {

  @Autowired ErpPush push;
  @Autowired PurchaseOrderCommands lifecycle;
  @Autowired PurchaseOrderQueries queries;
  @Autowired ApprovalPlans plans;
  @Value("${podesk.erp.file.folder}") Path exportFolder;

  @Test
  void pushesAnApprovedOrderOnceAndRecordsTheErpsReference() throws IOException {
    var steps = new OrderSteps(lifecycle, plans);
    UUID order = steps.approve(steps.submit("nwbuyer", "NW-MT-0201", "10", "6.40").id());

    String reference = push.push(PurchaseOrderId.of(order));
    String again = push.push(PurchaseOrderId.of(order));

    assertThat(reference).isEqualTo("FILE-northwind-NW-MT-0201");
    assertThat(again).as("a retried push").isEqualTo(reference);
    assertThat(queries.find(PurchaseOrderId.of(order))).get().satisfies(pushed -> {
      assertThat(pushed.status()).isEqualTo(PurchaseOrderStatus.SENT_TO_ERP);
      assertThat(pushed.erpReference()).isEqualTo(reference);
    });
    try (Stream<Path> files = Files.list(exportFolder.resolve("northwind"))) {
      assertThat(files.map(file -> file.getFileName().toString()).filter(name -> name.startsWith("NW-MT-0201")))
          .containsExactly("NW-MT-0201.json");
    }
    assertThat(Files.readString(exportFolder.resolve("northwind").resolve("NW-MT-0201.json")))
        .contains("\"poNumber\" : \"NW-MT-0201\"");
  }
}
