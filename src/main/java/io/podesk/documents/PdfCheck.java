package io.podesk.documents;

import io.podesk.shared.InvalidInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/** A file is a PDF when it starts like one and PDFBox can open it and find a page: its name proves nothing. */
final class PdfCheck {

  private static final byte[] MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

  private PdfCheck() {}

  static void requirePdf(byte[] content) {
    if (!startsWithMagic(content)) {
      throw notPdf("the file is not a PDF (it does not start with %PDF-)");
    }
    try (PDDocument document = Loader.loadPDF(content)) {
      if (document.getNumberOfPages() < 1) {
        throw notPdf("the PDF has no pages");
      }
    } catch (InvalidPasswordException e) {
      throw notPdf("the PDF is password-protected; upload it without a password");
    } catch (IOException e) {
      throw notPdf("the file starts like a PDF but cannot be read as one (damaged or not really a PDF)");
    }
  }

  private static boolean startsWithMagic(byte[] content) {
    if (content.length < MAGIC.length) {
      return false;
    }
    for (int i = 0; i < MAGIC.length; i++) {
      if (content[i] != MAGIC[i]) {
        return false;
      }
    }
    return true;
  }

  private static InvalidInputException notPdf(String message) {
    return new InvalidInputException("file", message);
  }
}
