package io.podesk.orders;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.podesk.approval.ApprovalPolicy;
import io.podesk.audit.AuditTrail;
import io.podesk.documents.DocumentContent;
import io.podesk.documents.Documents;
import io.podesk.documents.StoredDocument;
import io.podesk.identity.Roles;
import io.podesk.shared.Actor;
import io.podesk.shared.NotFoundException;
import io.podesk.shared.PurchaseOrderId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What a caller does with orders they may see: read, list, attach or fetch the PO document, cancel. */
@Service
public class PurchaseOrderService {

  private final PurchaseOrders orders;
  private final PurchaseOrderAccess access;
  private final Documents documents;
  private final PurchaseOrderCommands lifecycle;
  private final AuditTrail audit;
  private final ApprovalPolicy approvals;
  private final PurchaseOrderRevisions revisionRepository;
  private final ObjectProvider<InvoiceDirectory> invoiceDirectory;
  private final ObjectMapper json;
  private final PurchaseOrderDocuments orderDocuments;
  private final ObjectProvider<PurchaseOrderIntake> intake;

  PurchaseOrderService(PurchaseOrderDocuments orderDocuments, PurchaseOrders orders, PurchaseOrderAccess access,
      Documents documents,
      PurchaseOrderCommands lifecycle, AuditTrail audit, ApprovalPolicy approvals,
      PurchaseOrderRevisions revisionRepository, ObjectMapper json,
      ObjectProvider<InvoiceDirectory> invoiceDirectory,
      ObjectProvider<PurchaseOrderIntake> intake) {
    this.orderDocuments = orderDocuments;
    this.intake = intake;
    this.invoiceDirectory = invoiceDirectory;
    this.approvals = approvals;
    this.revisionRepository = revisionRepository;
    this.json = json;
    this.orders = orders;
    this.access = access;
    this.documents = documents;
    this.lifecycle = lifecycle;
    this.audit = audit;
  }

  @Transactional(readOnly = true)
  public PurchaseOrderView view(UUID id, Authentication caller) {
    PurchaseOrder order = access.visibleOrder(id, caller);
    StoredDocument document = order.hasDocument() ? documents.find(order.documentId()).orElse(null) : null;
    return PurchaseOrderView.of(PurchaseOrderSnapshot.of(order), document, approvals.recordsOf(order.purchaseOrderId()),
        invoiceDirectory.stream().flatMap(directory -> directory.invoicesOf(order.purchaseOrderId()).stream())
            .toList(),
        audit.timelineOf(order.purchaseOrderId()));
  }

  /** The orders the caller may see, newest first or as the page asks; a buyer sees their company's only. */
  @Transactional(readOnly = true)
  public Page<PurchaseOrderSummary> list(Authentication caller, PurchaseOrderStatus status, String poNumber,
      Pageable pageable) {
    return find(caller, status, poNumber, pageable).map(PurchaseOrderSummary::of);
  }

  @Transactional(readOnly = true)
  Page<PurchaseOrder> find(Authentication caller, PurchaseOrderStatus status, String poNumber, Pageable pageable) {
    Specification<PurchaseOrder> spec = (root, query, cb) -> cb.conjunction();
    var company = access.companyOf(caller);
    if (company.isPresent()) {
      spec = spec.and((root, query, cb) -> cb.equal(root.get("customerId"), company.get()));
    } else if (!Roles.isStaff(caller)) {
      return Page.empty(pageable);
    }
    if (status != null) {
      spec = spec.and((root, query, cb) -> cb.equal(root.get("status"), status));
    }
    if (poNumber != null && !poNumber.isBlank()) {
      String pattern = "%" + poNumber.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\")
          .replace("%", "\\%").replace("_", "\\_") + "%";
      spec = spec.and((root, query, cb) -> cb.like(cb.lower(root.get("poNumber")), pattern, '\\'));
    }
    return orders.findAll(spec, pageable);
  }

  /**
   * Submits an order and its signed PDF together: a PDF that fails its checks leaves no order behind, and an
   * order refused leaves no file behind.
   */
  @Transactional
  public PurchaseOrderSummary submitWithDocument(Authentication caller, SubmitPurchaseOrder request, String fileName,
      byte[] pdf) {
    PurchaseOrderSnapshot order = intake.getObject().submit(caller.getName(), request);
    if (pdf != null && pdf.length > 0) {
      attachDocument(order.id(), fileName, pdf, caller);
    }
    return PurchaseOrderSummary.of(order);
  }

  @Transactional
  public StoredDocument attachDocument(UUID id, String fileName, byte[] content, Authentication caller) {
    access.visibleOrder(id, caller);
    return orderDocuments.attach(PurchaseOrderId.of(id), fileName, content, Actor.person(caller.getName()));
  }

  @Transactional
  public DocumentContent downloadDocument(UUID id, Authentication caller) {
    PurchaseOrder order = access.visibleOrder(id, caller);
    if (!order.hasDocument()) {
      throw new NotFoundException("Purchase order " + order.displayName() + " has no document yet");
    }
    return documents.download(order.documentId(), caller.getName());
  }

  @Transactional(readOnly = true)
  public List<PurchaseOrderController.RevisionView> revisions(UUID id, Authentication caller) {
    access.visibleOrder(id, caller);
    return revisionRepository.findByKeyPurchaseOrderIdOrderByKeyRevision(id).stream()
        .map(r -> new PurchaseOrderController.RevisionView(r.revision(), r.total(), r.replacedAt(), r.replacedBy(),
            parse(r.snapshot())))
        .toList();
  }

  private JsonNode parse(String snapshot) {
    try {
      return json.readTree(snapshot);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  @Transactional
  public void cancel(UUID id, Authentication caller) {
    PurchaseOrder order = access.visibleOrder(id, caller);
    access.requireBuyerOrStaff(order, caller);
    lifecycle.cancel(order.purchaseOrderId(), Actor.person(caller.getName()));
  }
}
