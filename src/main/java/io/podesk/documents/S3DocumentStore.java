package io.podesk.documents;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.springframework.http.ContentDisposition;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/** Documents in an S3 bucket (AWS or MinIO), encrypted server-side with AES256. */
class S3DocumentStore implements DocumentStore {

  private final S3Client s3;
  private final S3Presigner presigner;
  private final String bucket;

  S3DocumentStore(S3Client s3, S3Presigner presigner, String bucket) {
    this.s3 = s3;
    this.presigner = presigner;
    this.bucket = bucket;
  }

  @Override
  public void put(String key, byte[] content, String contentType) {
    s3.putObject(request -> request.bucket(bucket).key(key).contentType(contentType)
        .serverSideEncryption(ServerSideEncryption.AES256), RequestBody.fromBytes(content));
  }

  @Override
  public byte[] get(String key) {
    return s3.getObjectAsBytes(request -> request.bucket(bucket).key(key)).asByteArray();
  }

  @Override
  public void delete(String key) {
    s3.deleteObject(request -> request.bucket(bucket).key(key));
  }

  /** A presigned GET, handed out only after the caller's access was checked; the browser names the file. */
  @Override
  public Optional<URI> temporaryLink(String key, String fileName, Duration validity) {
    var presigned = presigner.presignGetObject(request -> request.signatureDuration(validity)
        .getObjectRequest(get -> get.bucket(bucket).key(key).responseContentType("application/pdf")
            .responseContentDisposition(ContentDisposition.attachment()
                .filename(fileName, StandardCharsets.UTF_8).build().toString())));
    return Optional.of(URI.create(presigned.url().toString()));
  }
}
