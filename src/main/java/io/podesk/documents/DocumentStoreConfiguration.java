package io.podesk.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
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
    var builder = S3Presigner.builder()
        .region(Region.of(s3.region()))
        .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(s3.pathStyleAccess()).build());
    if (StringUtils.hasText(s3.accessKey())) {
      builder.credentialsProvider(StaticCredentialsProvider.create(
          AwsBasicCredentials.create(s3.accessKey(), s3.secretKey())));
    }
    if (StringUtils.hasText(s3.endpoint())) {
      builder.endpointOverride(URI.create(s3.endpoint()));
    }
    return builder.build();
  }

  static S3Client s3Client(DocumentProperties.S3 s3) {
    var builder = S3Client.builder()
        .region(Region.of(s3.region()))
        .httpClientBuilder(UrlConnectionHttpClient.builder())
        .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(s3.pathStyleAccess()).build());
    if (StringUtils.hasText(s3.accessKey())) {
      builder.credentialsProvider(StaticCredentialsProvider.create(
          AwsBasicCredentials.create(s3.accessKey(), s3.secretKey())));
    }
    if (StringUtils.hasText(s3.endpoint())) {
      builder.endpointOverride(URI.create(s3.endpoint()));
    }
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
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read or create the document key file " + file, e);
    }
  }
}
