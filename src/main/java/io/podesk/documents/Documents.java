package io.podesk.documents;

import io.podesk.audit.AuditTrail;
import io.podesk.audit.AuditType;
import io.podesk.shared.Actor;
import io.podesk.shared.GoneException;
import io.podesk.shared.InvalidInputException;
import io.podesk.shared.NotFoundException;
import io.podesk.shared.PurchaseOrderId;
import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Stores and hands out PO documents. Callers check who may touch which order first; this module checks the
 * content, keeps the bytes in the configured store and audits every upload and download.
 */
@Service
public class Documents {

  private final DocumentRepository repository;
  private final DocumentStore store;
  private final DocumentProperties properties;
  private final AuditTrail audit;
  private final Clock clock;

  Documents(DocumentRepository repository, DocumentStore store, DocumentProperties properties, AuditTrail audit,
      Clock clock) {
    this.repository = repository;
    this.store = store;
    this.properties = properties;
    this.audit = audit;
    this.clock = clock;
  }

  /** Checks and stores a PDF for an order. If the surrounding transaction rolls back, the bytes are removed too. */
  @Transactional(propagation = Propagation.MANDATORY)
  public StoredDocument storePdf(PurchaseOrderId purchaseOrderId, String clientFileName, byte[] content,
      Actor uploadedBy) {
    long max = properties.maxSize().toBytes();
    if (content.length == 0) {
      throw new InvalidInputException("file", "the file is empty");
    }
    if (content.length > max) {
      throw new InvalidInputException("file", "the file is " + content.length / (1024 * 1024)
          + " MB; the limit is " + properties.maxSize().toMegabytes() + " MB");
    }
    PdfCheck.requirePdf(content,
        new PdfCheck.Limits(properties.maxPages(), properties.maxInflatedSize().toBytes()));
    Document document = new Document(purchaseOrderId.value(), FileNames.label(clientFileName), content.length,
        sha256(content), uploadedBy.name(), Instant.now(clock));
    store.put(document.storageKey(), content, document.contentType());
    removeOnRollback(document.storageKey());
    repository.save(document);
    audit.record(purchaseOrderId, uploadedBy, AuditType.DOCUMENT_UPLOADED,
        document.fileName() + " (" + content.length + " bytes, sha256 " + document.sha256() + ")");
    return StoredDocument.of(document);
  }

  @Transactional(readOnly = true)
  public Optional<StoredDocument> find(UUID documentId) {
    return repository.findById(documentId).map(StoredDocument::of);
  }

  /**
   * The document's bytes for a caller already allowed to see its order; the download is audited. A document that
   * retention removed answers 410 with when and why.
   */
  @Transactional
  public DocumentContent download(UUID documentId, String downloadedBy) {
    Document document = present(documentId);
    byte[] bytes = store.get(document.storageKey());
    audit.record(PurchaseOrderId.of(document.purchaseOrderId()), Actor.person(downloadedBy), AuditType.DOCUMENT_DOWNLOADED,
        document.fileName());
    return new DocumentContent(StoredDocument.of(document), bytes);
  }

  /** Presigned links live at most this long: enough to start a download, too short to pass around. */
  public static final Duration LINK_VALIDITY = Duration.ofMinutes(5);

  /**
   * For a caller already allowed to see the document's order: a link straight to the store, valid for at most five
   * minutes, where the store can sign one (S3); empty where the caller must be served the bytes by
   * {@link #download}. Handing out the link is audited as a download.
   */
  @Transactional
  public Optional<URI> temporaryLink(UUID documentId, String downloadedBy) {
    Document document = present(documentId);
    Optional<URI> link = store.temporaryLink(document.storageKey(), document.fileName(), LINK_VALIDITY);
    link.ifPresent(uri -> audit.record(PurchaseOrderId.of(document.purchaseOrderId()), Actor.person(downloadedBy),
        AuditType.DOCUMENT_DOWNLOADED,
        document.fileName() + " (presigned link, valid " + LINK_VALIDITY.toMinutes() + " min)"));
    return link;
  }

  /**
   * Retention: removes the bytes of every document of the order still in the store, and keeps each one's metadata
   * and hash with when and under which rule it went, audited per document. The caller holds the order's lock and has
   * checked that no legal hold applies. The bytes go first: if this transaction then fails, the documents still
   * count as present and the next run removes them again (removing is idempotent in both stores).
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public List<StoredDocument> removeForRetention(PurchaseOrderId purchaseOrderId, String rule) {
    Instant now = Instant.now(clock);
    List<StoredDocument> removed = new ArrayList<>();
    for (Document document : repository.findByPurchaseOrderIdAndRemovedAtIsNullOrderByUploadedAt(
        purchaseOrderId.value())) {
      store.delete(document.storageKey());
      document.markRemoved(now, rule);
      audit.record(purchaseOrderId, Actor.SYSTEM, AuditType.DOCUMENT_REMOVED, document.fileName() + " ("
          + document.sizeBytes() + " bytes, sha256 " + document.sha256() + ") removed from the document store: "
          + rule);
      removed.add(StoredDocument.of(document));
    }
    return removed;
  }

  /** The order's documents, removed ones included, oldest first. */
  @Transactional(readOnly = true)
  public List<StoredDocument> of(PurchaseOrderId purchaseOrderId) {
    return repository.findByPurchaseOrderIdOrderByUploadedAt(purchaseOrderId.value()).stream()
        .map(StoredDocument::of).toList();
  }

  private Document present(UUID documentId) {
    Document document = repository.findById(documentId)
        .orElseThrow(() -> new NotFoundException("No document " + documentId));
    if (document.removed()) {
      throw new GoneException(document.fileName() + " was removed from the document store on "
          + document.removedAt() + ": " + document.removalRule() + ". Its SHA-256 hash " + document.sha256()
          + " is kept.");
    }
    return document;
  }

  private void removeOnRollback(String storageKey) {
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCompletion(int status) {
        if (status != STATUS_COMMITTED) {
          store.delete(storageKey);
        }
      }
    });
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
