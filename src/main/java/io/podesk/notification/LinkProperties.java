package io.podesk.notification;

import java.math.BigDecimal;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The signed links in mails.
 *
 * @param secret HMAC key for the tokens; empty: a random key is generated once into {@code keyFile}
 * @param keyFile where the generated key is kept
 * @param approvalValidity how long an approve/reject link works
 * @param uploadValidity how long a document-upload link works
 * @param reviseValidity how long a revise link works
 * @param loginRequiredAbove approvals of orders above this total (base currency) need the recipient logged in too
 * @param invitationValidity how long an invitation to set a password works
 */
@ConfigurationProperties("podesk.links")
record LinkProperties(String secret, String keyFile, Duration approvalValidity, Duration uploadValidity,
    Duration reviseValidity, BigDecimal loginRequiredAbove, Duration invitationValidity) {

  LinkProperties {
    keyFile = keyFile == null || keyFile.isBlank() ? "./data/links.key" : keyFile;
    approvalValidity = approvalValidity == null ? Duration.ofDays(7) : approvalValidity;
    uploadValidity = uploadValidity == null ? Duration.ofDays(14) : uploadValidity;
    reviseValidity = reviseValidity == null ? Duration.ofDays(30) : reviseValidity;
    loginRequiredAbove = loginRequiredAbove == null ? new BigDecimal("10000") : loginRequiredAbove;
    invitationValidity = invitationValidity == null ? Duration.ofDays(7) : invitationValidity;
  }

  Duration validityOf(ActionLink.Action action) {
    return switch (action) {
      case APPROVAL -> approvalValidity;
      case UPLOAD_DOCUMENT -> uploadValidity;
      case REVISE -> reviseValidity;
    };
  }
}
