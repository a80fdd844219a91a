package io.podesk.notification;

/** A mail ready for the outbox: subject, plain-text body and HTML body. */
record RenderedMail(String subject, String text, String html) {}
