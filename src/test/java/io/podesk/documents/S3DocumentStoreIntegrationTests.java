package io.podesk.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.podesk.support.Pdfs;
import org.gaul.s3proxy.junit.S3ProxyExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;

/** The S3 adapter against a real S3 API: s3proxy in-process, with a blob store that supports SSE. */
class S3DocumentStoreIntegrationTests {

  @RegisterExtension
  static final S3ProxyExtension S3 = S3ProxyExtension.builder()
      .withBlobStoreProvider("transient-nio2")
      .withCredentials("podesk-access", "podesk-secret")
      .build();

  private S3Client client;
  private S3DocumentStore store;

  @BeforeEach
  void setUp() {
    var properties = new DocumentProperties.S3("podesk-documents", "us-east-1", S3.getUri().toString(), true,
        S3.getAccessKey(), S3.getSecretKey());
    client = DocumentStoreConfiguration.s3Client(properties);
    client.createBucket(request -> request.bucket("podesk-documents"));
    store = new S3DocumentStore(client, DocumentStoreConfiguration.s3Presigner(properties), "podesk-documents");
  }

  @Test
  void storesAndReadsBackADocumentEncryptedServerSide() {
    byte[] pdf = Pdfs.onePage();

    store.put("purchase-orders/1/2", pdf, "application/pdf");

    assertThat(store.get("purchase-orders/1/2")).isEqualTo(pdf);
    var head = client.headObject(request -> request.bucket("podesk-documents").key("purchase-orders/1/2"));
    assertThat(head.serverSideEncryption()).isEqualTo(ServerSideEncryption.AES256);
    assertThat(head.contentType()).isEqualTo("application/pdf");
  }

  @Test
  void handsOutAPresignedLinkValidForAtMostFiveMinutes() throws Exception {
    byte[] pdf = Pdfs.onePage();
    store.put("purchase-orders/1/4", pdf, "application/pdf");

    var link = store.temporaryLink("purchase-orders/1/4", "PO 1.pdf", Documents.LINK_VALIDITY).orElseThrow();

    assertThat(link.getQuery()).contains("X-Amz-Expires=300").contains("X-Amz-Signature=");
    var http = java.net.http.HttpClient.newHttpClient();
    var fetched = http.send(java.net.http.HttpRequest.newBuilder(link).build(),
        java.net.http.HttpResponse.BodyHandlers.ofByteArray());
    assertThat(fetched.statusCode()).isEqualTo(200);
    assertThat(fetched.body()).isEqualTo(pdf);
    // the signature covers the key: the same link cannot fetch another document
    var other = java.net.URI.create(link.toString().replace("purchase-orders/1/4", "purchase-orders/1/2"));
    assertThat(http.send(java.net.http.HttpRequest.newBuilder(other).build(),
        java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(403);
  }

  @Test
  void deletesADocument() {
    store.put("purchase-orders/1/3", Pdfs.onePage(), "application/pdf");

    store.delete("purchase-orders/1/3");

    assertThatThrownBy(() -> store.get("purchase-orders/1/3")).isInstanceOf(NoSuchKeyException.class);
  }
}
