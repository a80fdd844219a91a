package io.podesk.documents;

import java.time.Instant;
import java.util.UUID;

/** A stored document's facts, as other modules read them: never the entity, never the bytes. */
public record StoredDocument(UUID id, UUID purchaseOrderId, String fileName, String contentType, long sizeBytes,
    String sha256, String uploadedBy, Instant uploadedAt) {

  static StoredDocument of(Document document) {
    return new StoredDocument(document.id(), document.purchaseOrderId(), document.fileName(), document.contentType(),
        document.sizeBytes(), document.sha256(), document.uploadedBy(), document.uploadedAt());
  }
}
