package io.podesk.documents;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * @param maxSize upload limit
 * @param store {@code disk} (encrypted local files) or {@code s3}
 */
@ConfigurationProperties("podesk.documents")
public record DocumentProperties(DataSize maxSize, String store, Disk disk, S3 s3) {

  /** @param key base64 AES-256 key; when empty, one is generated once into {@code keyFile} */
  public record Disk(String root, String key, String keyFile) {}

  /** Credentials: {@code accessKey}/{@code secretKey} if set, otherwise the AWS default provider chain. */
  public record S3(String bucket, String region, String endpoint, boolean pathStyleAccess, String accessKey,
      String secretKey) {}
}
