package io.podesk.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Keys that nobody configured: a random 32-byte key generated once into a file next to the data (owner-only), so
 * no secret ever sits in the repository. Used where an environment variable may set the key instead.
 */
public final class KeyFiles {

  private KeyFiles() {}

  /** The base64 text of the key in the file, created with a fresh random key if the file does not exist. */
  public static String readOrCreate(Path file, String purpose) {
    try {
      if (Files.notExists(file)) {
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, Base64.getEncoder().encodeToString(fresh));
        try {
          Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
          // not a POSIX file system: the file keeps the platform's default permissions
        }
      }
      return Files.readString(file).strip();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read or create the " + purpose + " key file " + file, e);
    }
  }
}
