package io.podesk.shared;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * PO Desk's one webhook signature, used both ways (to the ERP, to subscribers, from the ERP):
 * {@code sha256=<hex HMAC-SHA256 of timestamp + "." + body>} under a shared secret.
 */
public final class Signatures {

  private Signatures() {}

  /** The value of the {@code X-PoDesk-Signature} header for this timestamp and body. */
  public static String sign(String secret, String timestamp, String body) {
    return "sha256=" + hmacSha256Hex(secret, timestamp + "." + body);
  }

  /** Whether a received signature header matches, compared in constant time. */
  public static boolean matches(String secret, String timestamp, String body, String signature) {
    if (signature == null) {
      return false;
    }
    byte[] expected = sign(secret, timestamp, body).getBytes(StandardCharsets.US_ASCII);
    byte[] given = signature.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(expected, given);
  }

  /** Whether a received signature header matches the body's exact bytes (as sent, whatever they are). */
  public static boolean matches(String secret, String timestamp, byte[] body, String signature) {
    if (signature == null) {
      return false;
    }
    byte[] expected = ("sha256=" + hmacSha256Hex(secret, (timestamp + ".").getBytes(StandardCharsets.UTF_8), body))
        .getBytes(StandardCharsets.US_ASCII);
    byte[] given = signature.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(expected, given);
  }

  static String hmacSha256Hex(String secret, String payload) {
    return hmacSha256Hex(secret, payload.getBytes(StandardCharsets.UTF_8), new byte[0]);
  }

  private static String hmacSha256Hex(String secret, byte[] prefix, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      mac.update(prefix);
      return HexFormat.of().formatHex(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available", e);
    }
  }
}
