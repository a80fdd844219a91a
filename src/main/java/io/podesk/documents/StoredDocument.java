package io.podesk.documents;

import java.time.Instant;
import java.util.UUID;

/**
 * A stored document's facts, as other modules read them: never the entity, never the bytes. A document that
 * retention removed keeps its facts and hash; {@code removedAt} and {@code removalRule} say when and why its bytes
 * went.
 */
public record StoredDocument(UUID id, UUID purchaseOrderId, String fileName, String contentType, long sizeBytes,
    String sha256, String uploadedBy, Instant uploadedAt, Instant removedAt, String removalRule) {

  static StoredDocument of(Document document) {
    return new StoredDocument(document.id(), document.purchaseOrderId(), document.fileName(), document.contentType(),
        document.sizeBytes(), document.sha256(), document.uploadedBy(), document.uploadedAt(), document.removedAt(),
        document.removalRule());
  }

  public boolean removed() {
    return removedAt != null;
  }
}
