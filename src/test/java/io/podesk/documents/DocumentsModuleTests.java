package io.podesk.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.podesk.audit.AuditTrail;
import io.podesk.audit.TimelineEntry;
import io.podesk.shared.Actor;
import io.podesk.shared.InvalidInputException;
import io.podesk.shared.PurchaseOrderId;
import io.podesk.support.ModuleTest;
import io.podesk.support.OrderRows;
import io.podesk.support.Pdfs;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The documents module with the audit trail: a PDF goes into the configured store (the encrypted disk store of the
 * default settings) and comes back byte for byte; what is not a PDF stays out; both directions are audited.
 */
@ModuleTest(web = WebEnvironment.NONE)
class DocumentsModuleTests {

  @Autowired Documents documents;
  @Autowired AuditTrail audit;
  @Autowired TransactionTemplate transactions;
  @Autowired JdbcTemplate jdbc;

  @Test
  void storesAPdfAndHandsItBackAuditingBoth() {
    UUID order = OrderRows.purchaseOrder(jdbc, "nwbuyer");
    byte[] pdf = Pdfs.onePage();

    StoredDocument stored = transactions.execute(status -> documents.storePdf(PurchaseOrderId.of(order), "signed PO.pdf", pdf, Actor.person("nwbuyer")));
    DocumentContent content = documents.download(stored.id(), "salesrep");

    assertThat(content.bytes()).isEqualTo(pdf);
    assertThat(content.document().fileName()).isEqualTo(stored.fileName());
    assertThat(audit.timelineOf(PurchaseOrderId.of(order))).extracting(TimelineEntry::type, TimelineEntry::actor)
        .containsExactly(tuple("DOCUMENT_UPLOADED", "nwbuyer"),
            tuple("DOCUMENT_DOWNLOADED", "salesrep"));
  }

  @Test
  void refusesWhatIsNotAPdfAndKeepsNothingOfIt() {
    UUID order = OrderRows.purchaseOrder(jdbc, "nwbuyer");
    byte[] notPdf = "<html>not a PDF</html>".getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> transactions.executeWithoutResult(
        status -> documents.storePdf(PurchaseOrderId.of(order), "order.pdf", notPdf, Actor.person("nwbuyer"))))
        .isInstanceOf(InvalidInputException.class);

    assertThat(audit.timelineOf(PurchaseOrderId.of(order))).isEmpty();
    assertThat(jdbc.queryForObject("select count(*) from documents where purchase_order_id = ?", Integer.class,
        order)).isZero();
  }
}
