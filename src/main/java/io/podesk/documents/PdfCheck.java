package io.podesk.documents;

import io.podesk.shared.InvalidInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
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
 * that go on after the PDF's end (a PDF and a ZIP or HTML page in one: a polyglot). Its size is bounded twice: pages,
 * and what its compressed streams inflate to (a few kilobytes of FlateDecode can hold gigabytes of zeros, and PDFBox
 * decodes a stream whole into memory).
 */
final class PdfCheck {

  private static final byte[] MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] EOF = "%%EOF".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] STREAM = "stream".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] END = "end".getBytes(StandardCharsets.US_ASCII);
  private static final COSName LAUNCH = COSName.getPDFName("Launch");
  /** Enough for any real document; a file built to make the walk endless is refused instead. */
  private static final int MAX_OBJECTS = 200_000;

  /**
   * @param maxPages pages a document may have
   * @param maxInflatedBytes what all its compressed streams together may inflate to
   */
  record Limits(int maxPages, long maxInflatedBytes) {

    static final Limits DEFAULT = new Limits(500, 100L * 1024 * 1024);
  }

  private PdfCheck() {}

  static void requirePdf(byte[] content) {
    requirePdf(content, Limits.DEFAULT);
  }

  static void requirePdf(byte[] content, Limits limits) {
    if (!startsWithMagic(content)) {
      throw notPdf("the file is not a PDF (it does not start with %PDF-)");
    }
    // before PDFBox opens it: loading already decodes cross-reference and object streams
    requireBoundedInflation(content, limits.maxInflatedBytes());
    try (PDDocument document = Loader.loadPDF(content)) {
      if (document.isEncrypted()) {
        throw notPdf("the PDF is encrypted, so it cannot be checked or archived; save or print it again without "
            + "encryption and upload that");
      }
      if (document.getNumberOfPages() < 1) {
        throw notPdf("the PDF has no pages");
      }
      requirePageCount(document.getNumberOfPages(), limits.maxPages());
      Walk walk = walk(document);
      requirePageCount(walk.pages(), limits.maxPages());
      String activeContent = walk.activeContent();
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

  /**
   * What every reachable object shows: the active content found first (or null), and the page objects counted, since
   * the page tree's own count is only what the file claims.
   */
  private record Walk(String activeContent, int pages) {}

  private static Walk walk(PDDocument document) throws IOException {
    int pages = 0;
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
          return new Walk(found, pages);
        }
        if (COSName.PAGE.equals(dictionary.getCOSName(COSName.TYPE))) {
          pages++;
        }
        dictionary.getValues().forEach(pending::push);
      } else if (next instanceof COSArray array) {
        array.forEach(pending::push);
      }
    }
    return new Walk(null, pages);
  }

  private static void requirePageCount(int pages, int maxPages) {
    if (pages > maxPages) {
      throw notPdf("the PDF has " + pages + " pages; PO Desk takes at most " + maxPages + " pages. Upload the signed "
          + "purchase order alone");
    }
  }

  /**
   * Inflates the data after every {@code stream} keyword as PDFBox's FlateDecode would (its two header bytes skipped,
   * raw deflate after them), counting and keeping nothing, and refuses the file once the total passes the bound. The
   * raw file is scanned rather than the parsed one so that no stream is missed: not one in an object or cross-reference
   * stream, not one whose dictionary lies about its length or filter. Data that is not deflate fails at once and counts
   * for what it inflated.
   */
  private static void requireBoundedInflation(byte[] content, long maxInflatedBytes) {
    Inflater inflater = new Inflater(true);
    byte[] sink = new byte[64 * 1024];
    long total = 0;
    try {
      for (int at = indexOf(content, STREAM, 0); at >= 0; at = indexOf(content, STREAM, at + STREAM.length)) {
        int data = streamData(content, at);
        if (data < 0) {
          continue;
        }
        inflater.reset();
        inflater.setInput(content, data, content.length - data);
        total += inflate(inflater, sink, maxInflatedBytes - total);
        if (total > maxInflatedBytes) {
          throw notPdf("the PDF's compressed content unpacks to more than " + maxInflatedBytes / (1024 * 1024)
              + " MB, far more than a purchase order needs (a \"zip bomb\"); print it to PDF again and upload that");
        }
      }
    } finally {
      inflater.end();
    }
  }

  /** Bytes inflated, stopping at the stream's end, at data that is not deflate, or just past {@code budget}. */
  private static long inflate(Inflater inflater, byte[] sink, long budget) {
    long inflated = 0;
    try {
      while (inflated <= budget && !inflater.finished() && !inflater.needsInput() && !inflater.needsDictionary()) {
        inflated += inflater.inflate(sink);
      }
    } catch (DataFormatException e) {
      // not deflate, or damaged here: PDFBox keeps what came before, and so is it counted
    }
    return inflated;
  }

  /** Where a stream's data starts after the keyword at {@code at} (its end of line and two header bytes), or -1. */
  private static int streamData(byte[] content, int at) {
    if (at >= END.length && regionMatches(content, at - END.length, END)) {
      return -1;
    }
    int i = at + STREAM.length;
    if (i < content.length && content[i] == '\r') {
      i++;
    }
    if (i < content.length && content[i] == '\n') {
      i++;
    }
    if (i == at + STREAM.length) {
      return -1;
    }
    return i + 2 < content.length ? i + 2 : -1;
  }

  private static int indexOf(byte[] content, byte[] token, int from) {
    for (int i = from; i <= content.length - token.length; i++) {
      if (regionMatches(content, i, token)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean regionMatches(byte[] content, int at, byte[] token) {
    for (int j = 0; j < token.length; j++) {
      if (content[at + j] != token[j]) {
        return false;
      }
    }
    return true;
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
