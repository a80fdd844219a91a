package io.podesk.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.regex.Pattern;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Documents as files on local disk, encrypted at rest with AES-256-GCM. Each file is a random 12-byte nonce
 * followed by the ciphertext and tag; the key of the document is bound in as associated data, so a file
 * moved to another name no longer decrypts.
 */
class EncryptedDiskDocumentStore implements DocumentStore {

  private static final Pattern SAFE_KEY = Pattern.compile("[a-z0-9-]+(/[a-z0-9-]+)*");
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;

  private final Path root;
  private final SecretKey key;
  private final SecureRandom random = new SecureRandom();

  EncryptedDiskDocumentStore(Path root, SecretKey key) {
    this.root = root.toAbsolutePath().normalize();
    this.key = key;
  }

  @Override
  public void put(String documentKey, byte[] content, String contentType) {
    Path target = pathOf(documentKey);
    byte[] nonce = new byte[NONCE_BYTES];
    random.nextBytes(nonce);
    try {
      Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce, documentKey);
      byte[] sealed = cipher.doFinal(content);
      Files.createDirectories(target.getParent());
      Path temp = Files.createTempFile(target.getParent(), ".upload-", ".tmp");
      Files.write(temp, ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array());
      move(temp, target);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not store document " + documentKey, e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Could not encrypt document " + documentKey, e);
    }
  }

  @Override
  public byte[] get(String documentKey) {
    try {
      byte[] stored = Files.readAllBytes(pathOf(documentKey));
      Cipher cipher = cipher(Cipher.DECRYPT_MODE, Arrays.copyOf(stored, NONCE_BYTES), documentKey);
      return cipher.doFinal(stored, NONCE_BYTES, stored.length - NONCE_BYTES);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read document " + documentKey, e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Document " + documentKey + " failed its integrity check", e);
    }
  }

  @Override
  public void delete(String documentKey) {
    try {
      Files.deleteIfExists(pathOf(documentKey));
    } catch (IOException e) {
      throw new UncheckedIOException("Could not delete document " + documentKey, e);
    }
  }

  /** The path of a stored file; keys are generated, but a bad one must never escape the root. */
  Path pathOf(String documentKey) {
    if (!SAFE_KEY.matcher(documentKey).matches()) {
      throw new IllegalArgumentException("Not a document key: " + documentKey);
    }
    Path path = root.resolve(documentKey + ".bin").normalize();
    if (!path.startsWith(root)) {
      throw new IllegalArgumentException("Not a document key: " + documentKey);
    }
    return path;
  }

  private Cipher cipher(int mode, byte[] nonce, String documentKey) throws GeneralSecurityException {
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
    cipher.updateAAD(documentKey.getBytes(StandardCharsets.UTF_8));
    return cipher;
  }

  private static void move(Path temp, Path target) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
