/** Mails to buyers and staff, written to a transactional outbox and delivered over SMTP with retries. */
package io.podesk.notification;
