/**
 * Mails to buyers, approvers and staff, rendered from templates, written to a transactional outbox and delivered
 * over SMTP with retries; and the signed, single-use links in them with the pages behind those links.
 */
package io.podesk.notification;
