package io.podesk.documents;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * @param maxSize upload limit
 * @param store {@code disk} (encrypted local files) or {@code s3}
 * @param maxPages pages an uploaded PDF may have
 * @param maxInflatedSize what an uploaded PDF's compressed streams may unpack to, all together
 */
@ConfigurationProperties("podesk.documents")
record DocumentProperties(DataSize maxSize, String store, Disk disk, S3 s3, Integer maxPages,
    DataSize maxInflatedSize) {

  public DocumentProperties {
    maxPages = maxPages == null ? PdfCheck.Limits.DEFAULT.maxPages() : maxPages;
    maxInflatedSize = maxInflatedSize == null ? DataSize.ofBytes(PdfCheck.Limits.DEFAULT.maxInflatedBytes())
        : maxInflatedSize;
  }

  /** @param key base64 AES-256 key; when empty, one is generated once into {@code keyFile} */
  public record Disk(String root, String key, String keyFile) {}

  /** Credentials: {@code accessKey}/{@code secretKey} if set, otherwise the AWS default provider chain. */
  public record S3(String bucket, String region, String endpoint, boolean pathStyleAccess, String accessKey,
      String secretKey) {}
}
