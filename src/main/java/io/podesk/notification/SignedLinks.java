package io.podesk.notification;

import io.podesk.shared.KeyFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * Issues and checks the tokens of mail links: {@code <link id>.<HMAC-SHA256 of the link's columns>}. The row says
 * what the link is for; the signature proves the id came from us and that nobody changed the row.
 */
@Component
class SignedLinks {

  private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

  private final ActionLinks links;
  private final LinkProperties properties;
  private final Clock clock;
  private final byte[] key;

  SignedLinks(ActionLinks links, LinkProperties properties, Clock clock) {
    this.links = links;
    this.properties = properties;
    this.clock = clock;
    this.key = StringUtils.hasText(properties.secret()) ? properties.secret().getBytes(StandardCharsets.UTF_8)
        : keyFromFile(Path.of(properties.keyFile()));
  }

  /** A new link valid for the action's configured time. */
  @Transactional
  ActionLink issue(UUID purchaseOrderId, ActionLink.Action action, String recipient) {
    return issue(purchaseOrderId, action, recipient, Instant.now(clock).plus(properties.validityOf(action)));
  }

  @Transactional
  ActionLink issue(UUID purchaseOrderId, ActionLink.Action action, String recipient, Instant expiresAt) {
    return links.save(new ActionLink(purchaseOrderId, action, recipient, expiresAt, Instant.now(clock)));
  }

  /**
   * A new approval link for the task it is mailed for, at the order's revision the mail shows; a later revision,
   * or the task handed to someone else than {@code assigneeWhenSent}, makes it act on nothing.
   */
  @Transactional
  ActionLink issueForTask(UUID purchaseOrderId, String recipient, String taskId, int revision,
      String assigneeWhenSent) {
    Instant now = Instant.now(clock);
    return links.save(ActionLink.forTask(purchaseOrderId, recipient, taskId, revision, assigneeWhenSent,
        now.plus(properties.validityOf(ActionLink.Action.APPROVAL)), now));
  }

  /** A new link's token. */
  @Transactional
  String newToken(UUID purchaseOrderId, ActionLink.Action action, String recipient) {
    return tokenOf(issue(purchaseOrderId, action, recipient));
  }

  String tokenOf(ActionLink link) {
    return link.id() + "." + sign(link.signedContent());
  }

  /** The link a token stands for, used or not; a malformed, unknown or wrongly signed token is refused. */
  @Transactional(readOnly = true)
  ActionLink find(String token) {
    return verified(token, false);
  }

  /**
   * The link, locked for the caller's transaction, if it may still be used (not used, not expired).
   */
  @Transactional
  ActionLink lockUsable(String token) {
    ActionLink link = verified(token, true);
    requireUsable(link);
    return link;
  }

  void requireUsable(ActionLink link) {
    if (link.used()) {
      throw new LinkRefused(LinkRefused.Reason.USED);
    }
    if (link.expiredAt(Instant.now(clock))) {
      throw new LinkRefused(LinkRefused.Reason.EXPIRED);
    }
  }

  private ActionLink verified(String token, boolean lock) {
    int dot = token == null ? -1 : token.indexOf('.');
    Optional<UUID> id = dot > 0 ? parse(token.substring(0, dot)) : Optional.empty();
    Optional<ActionLink> link = id.flatMap(lock ? links::lockById : links::findById);
    // compared in constant time, on the encoded form so that every character counts
    if (link.isEmpty() || !MessageDigest.isEqual(sign(link.get().signedContent()).getBytes(StandardCharsets.US_ASCII),
        token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII))) {
      throw new LinkRefused(LinkRefused.Reason.UNKNOWN);
    }
    return link.get();
  }

  private static Optional<UUID> parse(String id) {
    try {
      UUID parsed = UUID.fromString(id);
      // UUID.fromString accepts some non-canonical forms; only the form we issue counts
      return parsed.toString().equals(id) ? Optional.of(parsed) : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  String sign(String content) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return BASE64.encodeToString(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available", e);
    }
  }

  /** No secret configured: a random key, generated once and kept next to the data, never in the repository. */
  private static byte[] keyFromFile(Path file) {
    return Base64.getDecoder().decode(KeyFiles.readOrCreate(file, "link"));
  }

}
