package io.podesk.erp;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileExportErpGatewayTests {

  @TempDir Path folder;

  private FileExportErpGateway gateway() {
    return new FileExportErpGateway(new ErpProperties("file", new ErpProperties.File(folder.toString()), null, null),
        Clock.systemUTC());
  }

  @Test
  void writesOneFilePerOrderAndReturnsTheSameReferenceWhenPushedAgain() throws Exception {
    ErpOrder order = order("PO-123456");

    String first = gateway().push(order);
    String second = gateway().push(order);

    assertThat(second).isEqualTo(first).isEqualTo("FILE-acme-PO-123456");
    try (Stream<Path> files = Files.walk(folder)) {
      assertThat(files.filter(Files::isRegularFile)).containsExactly(folder.resolve("acme/PO-123456.json"));
    }
  }

  @Test
  void concurrentPushesOfOneOrderWriteItOnce() throws Exception {
    ErpOrder order = order("PO-654321");
    var gateway = gateway();
    var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
    var results = pool.invokeAll(java.util.Collections.nCopies(16, () -> gateway.push(order)));
    pool.shutdown();

    for (var result : results) {
      assertThat(result.get()).isEqualTo("FILE-acme-PO-654321");
    }
    try (Stream<Path> files = Files.walk(folder)) {
      assertThat(files.filter(Files::isRegularFile)).hasSize(1);
    }
  }

  @Test
  void neverUsesAnUnsafePoNumberAsAFileName() {
    Path file = gateway().fileOf(order("../../etc/passwd"));
    assertThat(file.getParent()).isEqualTo(folder.resolve("acme"));
    assertThat(file.getFileName().toString()).startsWith("po-").endsWith(".json");
  }

  @Test
  void usesTheOrderIdWhenTheCompanyHasNoPoNumbers() {
    UUID id = UUID.randomUUID();
    ErpOrder order = new ErpOrder(id, "globex", null, 1, "USD", BigDecimal.TEN, "NET_15", List.of(), null, null);
    assertThat(gateway().push(order)).isEqualTo("FILE-globex-" + id);
  }

  private static ErpOrder order(String poNumber) {
    return new ErpOrder(UUID.randomUUID(), "acme", poNumber, 1, "USD", new BigDecimal("125.00"), "NET_30",
        List.of(new ErpOrder.Line("BRG-6204", "Ball bearing", BigDecimal.TEN, new BigDecimal("12.50"),
            new BigDecimal("125.00"))), null, null);
  }
}
