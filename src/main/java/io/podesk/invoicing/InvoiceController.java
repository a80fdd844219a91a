package io.podesk.invoicing;

import io.podesk.documents.DocumentContent;
import io.podesk.orders.InvoiceDirectory;
import io.podesk.orders.VisibleOrders;
import io.podesk.shared.Actor;
import io.podesk.shared.InvalidInputException;
import io.podesk.shared.PurchaseOrderId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Invoices")
class InvoiceController {

  private final VisibleOrders orders;
  private final Invoicing invoicing;
  private final InvoiceDownloads downloads;

  InvoiceController(VisibleOrders orders, Invoicing invoicing, InvoiceDownloads downloads) {
    this.orders = orders;
    this.invoicing = invoicing;
    this.downloads = downloads;
  }

  record Payment(String invoiceNumber, BigDecimal amount) {}

  @PostMapping("/api/purchase-orders/{id}/payments")
  @Operation(summary = "Finance records a payment received against an invoice of the order")
  ResponseEntity<InvoiceDirectory.InvoiceSummary> pay(@PathVariable("id") UUID uuid,
      @RequestBody Payment payment, Authentication caller) {
    PurchaseOrderId id = PurchaseOrderId.of(uuid);
    orders.require(id, caller);
    if (payment == null || payment.invoiceNumber() == null) {
      throw new InvalidInputException("invoiceNumber", "name the invoice the payment is for");
    }
    invoicing.recordPayment(id, payment.invoiceNumber(), payment.amount(), Actor.person(caller.getName()));
    return ResponseEntity.ok(invoicing.invoicesOf(id).stream()
        .filter(summary -> summary.number().equals(payment.invoiceNumber())).findFirst().orElseThrow());
  }

  @GetMapping("/api/purchase-orders/{id}/invoices/{number}")
  @Operation(summary = "Download an invoice of the order as PDF")
  ResponseEntity<byte[]> pdf(@PathVariable UUID id, @PathVariable String number, Authentication caller) {
    DocumentContent content = downloads.download(PurchaseOrderId.of(id), number, caller);
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(number + ".pdf", StandardCharsets.UTF_8).build().toString())
        .header("X-Content-Type-Options", "nosniff")
        .body(content.bytes());
  }
}
