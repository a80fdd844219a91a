package io.podesk.documents;

/** A document's description and its bytes, for a download already authorized and audited. */
public record DocumentContent(StoredDocument document, byte[] bytes) {}
