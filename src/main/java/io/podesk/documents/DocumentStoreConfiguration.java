package io.podesk.documents;

import io.podesk.shared.KeyFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.function.Consumer;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/** Chooses the document store adapter from {@code podesk.documents.store}. */
@Configuration(proxyBeanMethods = false)
class DocumentStoreConfiguration {

  @Bean
  @ConditionalOnProperty(name = "podesk.documents.store", havingValue = "disk", matchIfMissing = true)
  DocumentStore encryptedDiskDocumentStore(DocumentProperties properties) {
    DocumentProperties.Disk disk = properties.disk();
    return new EncryptedDiskDocumentStore(Path.of(disk.root()), key(disk));
  }

  @Bean
  @ConditionalOnProperty(name = "podesk.documents.store", havingValue = "s3")
  DocumentStore s3DocumentStore(DocumentProperties properties) {
    return new S3DocumentStore(s3Client(properties.s3()), s3Presigner(properties.s3()), properties.s3().bucket());
  }

  static S3Presigner s3Presigner(DocumentProperties.S3 s3) {
    var builder = S3Presigner.builder();
    configure(s3, builder::region, builder::serviceConfiguration, builder::credentialsProvider,
        builder::endpointOverride);
    return builder.build();
  }

  /** The client and the presigner see the same bucket the same way: region, path style, credentials, endpoint. */
  private static void configure(DocumentProperties.S3 s3, Consumer<Region> region,
      Consumer<S3Configuration> service,
      Consumer<software.amazon.awssdk.auth.credentials.AwsCredentialsProvider> credentials,
      Consumer<URI> endpoint) {
    region.accept(Region.of(s3.region()));
    service.accept(S3Configuration.builder().pathStyleAccessEnabled(s3.pathStyleAccess()).build());
    if (StringUtils.hasText(s3.accessKey())) {
      credentials.accept(StaticCredentialsProvider.create(AwsBasicCredentials.create(s3.accessKey(), s3.secretKey())));
    }
    if (StringUtils.hasText(s3.endpoint())) {
      endpoint.accept(URI.create(s3.endpoint()));
    }
  }

  static S3Client s3Client(DocumentProperties.S3 s3) {
    var builder = S3Client.builder().httpClientBuilder(UrlConnectionHttpClient.builder());
    configure(s3, builder::region, builder::serviceConfiguration, builder::credentialsProvider,
        builder::endpointOverride);
    return builder.build();
  }

  static SecretKey key(DocumentProperties.Disk disk) {
    String encoded = StringUtils.hasText(disk.key()) ? disk.key() : keyFromFile(Path.of(disk.keyFile()));
    byte[] bytes = Base64.getDecoder().decode(encoded.strip());
    if (bytes.length != 32) {
      throw new IllegalStateException("podesk.documents.disk.key must be 32 bytes (AES-256), base64-encoded");
    }
    return new SecretKeySpec(bytes, "AES");
  }

  private static String keyFromFile(Path file) {
    return KeyFiles.readOrCreate(file, "document");
  }

}
