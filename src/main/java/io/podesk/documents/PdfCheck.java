package io.podesk.documents;

import io.podesk.shared.InvalidInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * A file is a PDF when it starts like one and PDFBox can open it and find a page: its name proves nothing. PO Desk
 * archives what buyers sign and hands it to approvers, so it also refuses what it cannot check or should not pass
 * on: encrypted PDFs, PDFs with active content (JavaScript, launching programs, XFA forms with scripts) and files
 * that go on after the PDF's end (a PDF and a ZIP or HTML page in one: a polyglot).
 */
final class PdfCheck {

  private static final byte[] MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] EOF = "%%EOF".getBytes(StandardCharsets.US_ASCII);
  private static final COSName LAUNCH = COSName.getPDFName("Launch");
  /** Enough for any real document; a file built to make the walk endless is refused instead. */
  private static final int MAX_OBJECTS = 200_000;

  private PdfCheck() {}

  static void requirePdf(byte[] content) {
    if (!startsWithMagic(content)) {
      throw notPdf("the file is not a PDF (it does not start with %PDF-)");
    }
    try (PDDocument document = Loader.loadPDF(content)) {
      if (document.isEncrypted()) {
        throw notPdf("the PDF is encrypted, so it cannot be checked or archived; save or print it again without "
            + "encryption and upload that");
      }
      if (document.getNumberOfPages() < 1) {
        throw notPdf("the PDF has no pages");
      }
      String activeContent = activeContent(document);
      if (activeContent != null) {
        throw notPdf("the PDF contains " + activeContent + ", which PO Desk does not accept; print it to PDF again "
            + "(\"Microsoft Print to PDF\", \"Save as PDF\") and upload that");
      }
    } catch (InvalidPasswordException e) {
      throw notPdf("the PDF is password-protected; upload it without a password");
    } catch (IOException e) {
      throw notPdf("the file starts like a PDF but cannot be read as one (damaged or not really a PDF)");
    }
    if (hasDataAfterEnd(content)) {
      throw notPdf("the file goes on after its end (%%EOF) with other content, as a PDF and another file in one "
          + "would; upload the PDF alone");
    }
  }

  /** What active content the document carries, anywhere in it, or null: every object reachable is looked at. */
  private static String activeContent(PDDocument document) throws IOException {
    Deque<COSBase> pending = new ArrayDeque<>();
    Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    pending.push(document.getDocument().getTrailer());
    while (!pending.isEmpty()) {
      COSBase next = pending.pop();
      if (next instanceof COSObject reference) {
        next = reference.getObject();
      }
      if (next == null || !seen.add(next)) {
        continue;
      }
      if (seen.size() > MAX_OBJECTS) {
        throw new IOException("too many objects");
      }
      if (next instanceof COSDictionary dictionary) {
        String found = activeContent(dictionary);
        if (found != null) {
          return found;
        }
        dictionary.getValues().forEach(pending::push);
      } else if (next instanceof COSArray array) {
        array.forEach(pending::push);
      }
    }
    return null;
  }

  private static String activeContent(COSDictionary dictionary) {
    COSName action = dictionary.getCOSName(COSName.S);
    if (COSName.JAVA_SCRIPT.equals(action) || dictionary.containsKey(COSName.JS)) {
      return "JavaScript";
    }
    if (LAUNCH.equals(action)) {
      return "an action that launches a program";
    }
    if (dictionary.containsKey(COSName.XFA)) {
      return "an XFA form (forms with scripts)";
    }
    return null;
  }

  /** Whether anything but whitespace follows the last %%EOF. */
  private static boolean hasDataAfterEnd(byte[] content) {
    int end = lastIndexOf(content, EOF);
    if (end < 0) {
      return false;
    }
    for (int i = end + EOF.length; i < content.length; i++) {
      byte b = content[i];
      if (b != ' ' && b != '\r' && b != '\n' && b != '\t' && b != '\f' && b != 0) {
        return true;
      }
    }
    return false;
  }

  private static int lastIndexOf(byte[] content, byte[] token) {
    for (int i = content.length - token.length; i >= 0; i--) {
      int j = 0;
      while (j < token.length && content[i + j] == token[j]) {
        j++;
      }
      if (j == token.length) {
        return i;
      }
    }
    return -1;
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
