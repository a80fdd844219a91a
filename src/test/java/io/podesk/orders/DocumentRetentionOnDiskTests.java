package io.podesk.orders;

import io.podesk.documents.StoredDocument;
import io.podesk.support.ModuleTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/** Document retention against the encrypted disk store: the files themselves go. */
@ModuleTest
@Import(DocumentRetentionScenario.Clocks.class)
// orders' port that the workflow module implements with its re-approval table (not started here)
@MockitoBean(types = ReapprovalPolicy.class)
class DocumentRetentionOnDiskTests extends DocumentRetentionScenario {

  @Value("${podesk.documents.disk.root}") Path root;

  @Override
  boolean inStore(StoredDocument document) {
    // the disk store's layout: one encrypted file per document under its order
    return Files.exists(root.resolve("purchase-orders").resolve(document.purchaseOrderId().toString())
        .resolve(document.id() + ".bin"));
  }
}
