/** The PO documents: the storage port with its encrypted-disk and S3 adapters, content checks and access audit. */
package io.podesk.documents;
