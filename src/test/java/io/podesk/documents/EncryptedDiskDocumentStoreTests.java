package io.podesk.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.podesk.support.Pdfs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EncryptedDiskDocumentStoreTests {

  @TempDir Path root;
  EncryptedDiskDocumentStore store;
  SecretKey key;

  @BeforeEach
  void setUp() throws Exception {
    KeyGenerator generator = KeyGenerator.getInstance("AES");
    generator.init(256);
    key = generator.generateKey();
    store = new EncryptedDiskDocumentStore(root, key);
  }

  @Test
  void readsBackWhatItStored() {
    byte[] pdf = Pdfs.onePage();
    store.put("purchase-orders/a/b", pdf, "application/pdf");
    assertThat(store.get("purchase-orders/a/b")).isEqualTo(pdf);
  }

  @Test
  void keepsNothingReadableOnDisk() throws Exception {
    byte[] pdf = Pdfs.onePage();
    store.put("purchase-orders/a/b", pdf, "application/pdf");

    byte[] onDisk = Files.readAllBytes(store.pathOf("purchase-orders/a/b"));

    assertThat(onDisk.length).isEqualTo(pdf.length + 12 + 16);
    assertThat(new String(onDisk, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("%PDF");
  }

  @Test
  void refusesATamperedFile() throws Exception {
    store.put("purchase-orders/a/b", Pdfs.onePage(), "application/pdf");
    Path file = store.pathOf("purchase-orders/a/b");
    byte[] bytes = Files.readAllBytes(file);
    bytes[bytes.length / 2] ^= 1;
    Files.write(file, bytes);

    assertThatThrownBy(() -> store.get("purchase-orders/a/b")).hasMessageContaining("integrity");
  }

  @Test
  void refusesAFileMovedToAnotherKey() throws Exception {
    store.put("purchase-orders/a/b", Pdfs.onePage(), "application/pdf");
    Files.createDirectories(store.pathOf("purchase-orders/a/c").getParent());
    Files.copy(store.pathOf("purchase-orders/a/b"), store.pathOf("purchase-orders/a/c"));

    assertThatThrownBy(() -> store.get("purchase-orders/a/c")).hasMessageContaining("integrity");
  }

  @Test
  void neverLeavesItsRoot() {
    for (String key : new String[] {"../etc/passwd", "/etc/passwd", "a/../../b", "A/B", "a//b"}) {
      assertThatThrownBy(() -> store.get(key)).as(key).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void generatesAKeyFileOnceWhenNoKeyIsConfigured() throws Exception {
    Path keyFile = root.resolve("keys/document-store.key");
    var disk = new DocumentProperties.Disk(root.toString(), "", keyFile.toString());

    SecretKey first = DocumentStoreConfiguration.key(disk);
    SecretKey second = DocumentStoreConfiguration.key(disk);

    assertThat(Files.exists(keyFile)).isTrue();
    assertThat(Arrays.equals(first.getEncoded(), second.getEncoded())).isTrue();
    assertThat(first.getEncoded()).hasSize(32);
  }
}
