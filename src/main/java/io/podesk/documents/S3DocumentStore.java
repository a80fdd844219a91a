package io.podesk.documents;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;

/** Documents in an S3 bucket (AWS or MinIO), encrypted server-side with AES256. */
class S3DocumentStore implements DocumentStore {

  private final S3Client s3;
  private final String bucket;

  S3DocumentStore(S3Client s3, String bucket) {
    this.s3 = s3;
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
}
