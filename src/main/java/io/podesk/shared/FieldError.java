package io.podesk.shared;

/** One rejected input field, as reported in a problem+json {@code errors} array. */
public record FieldError(String field, String message) {}
