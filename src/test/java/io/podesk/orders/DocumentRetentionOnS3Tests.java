package io.podesk.orders;

import io.podesk.documents.StoredDocument;
import io.podesk.support.ModuleTest;
import java.net.URI;
import org.gaul.s3proxy.junit.S3ProxyExtension;
import org.junit.jupiter.api.AfterAll;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** Document retention against S3 (s3proxy in-process): the objects themselves go. */
@ModuleTest
@Import(DocumentRetentionScenario.Clocks.class)
// orders' port that the workflow module implements with its re-approval table (not started here)
@MockitoBean(types = ReapprovalPolicy.class)
class DocumentRetentionOnS3Tests extends DocumentRetentionScenario {

  private static final String BUCKET = "retention-documents";

  // started once for the class's Spring context (the extension itself would restart it around each test)
  static final S3ProxyExtension S3 = S3ProxyExtension.builder()
      .withBlobStoreProvider("transient-nio2")
      .withCredentials("podesk-access", "podesk-secret")
      .build();

  @DynamicPropertySource
  static void s3(DynamicPropertyRegistry registry) throws Exception {
    S3.beforeEach(null);
    registry.add("podesk.documents.store", () -> "s3");
    registry.add("podesk.documents.s3.bucket", () -> BUCKET);
    registry.add("podesk.documents.s3.region", () -> "us-east-1");
    registry.add("podesk.documents.s3.endpoint", () -> bucketReady().toString());
    registry.add("podesk.documents.s3.path-style-access", () -> "true");
    registry.add("podesk.documents.s3.access-key", S3::getAccessKey);
    registry.add("podesk.documents.s3.secret-key", S3::getSecretKey);
  }

  @AfterAll
  static void stopS3() {
    S3.afterEach(null);
  }

  private static URI bucketReady() {
    try (S3Client client = client()) {
      if (client.listBuckets().buckets().stream().noneMatch(bucket -> bucket.name().equals(BUCKET))) {
        client.createBucket(request -> request.bucket(BUCKET));
      }
    }
    return S3.getUri();
  }

  private static S3Client client() {
    return S3Client.builder().endpointOverride(S3.getUri()).region(Region.US_EAST_1).forcePathStyle(true)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(S3.getAccessKey(),
            S3.getSecretKey())))
        .build();
  }

  @Override
  boolean inStore(StoredDocument document) {
    try (S3Client client = client()) {
      client.headObject(request -> request.bucket(BUCKET).key("purchase-orders/" + document.purchaseOrderId() + "/"
          + document.id()));
      return true;
    } catch (NoSuchKeyException e) {
      return false;
    } catch (S3Exception e) {
      if (e.statusCode() == 404) {
        return false;
      }
      throw e;
    }
  }
}
