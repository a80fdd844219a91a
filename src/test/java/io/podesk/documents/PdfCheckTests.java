package io.podesk.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.podesk.hostile.HostileInputs;
import io.podesk.shared.InvalidInputException;
import io.podesk.support.Pdfs;
import java.io.ByteArrayOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;

class PdfCheckTests {

  @Test
  void acceptsARealPdf() {
    assertThatCode(() -> PdfCheck.requirePdf(Pdfs.onePage())).doesNotThrowAnyException();
  }

  @Test
  void refusesAnythingElseWhateverItsName() {
    assertThatThrownBy(() -> PdfCheck.requirePdf("PK\u0003\u0004 a zip".getBytes()))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("not a PDF");
    assertThatThrownBy(() -> PdfCheck.requirePdf("%PDF-1.7\n%%EOF".getBytes()))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("cannot be read");
  }

  @Test
  void refusesAPasswordProtectedPdf() throws Exception {
    byte[] encrypted;
    try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
      document.addPage(new PDPage());
      var policy = new StandardProtectionPolicy("owner", "secret", new AccessPermission());
      policy.setEncryptionKeyLength(128);
      document.protect(policy);
      document.save(out);
      encrypted = out.toByteArray();
    }
    assertThatThrownBy(() -> PdfCheck.requirePdf(encrypted)).hasMessageContaining("password-protected");
  }

  @Test
  void refusesAPdfWithJavaScriptWhereverItSits() {
    for (byte[] pdf : new byte[][] {HostileInputs.pdfWithOpenActionJavaScript(),
        HostileInputs.pdfWithDocumentJavaScript(), HostileInputs.pdfWithJavaScriptLink()}) {
      assertThatThrownBy(() -> PdfCheck.requirePdf(pdf)).isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("contains JavaScript");
    }
  }

  @Test
  void refusesAPdfThatLaunchesAProgram() {
    assertThatThrownBy(() -> PdfCheck.requirePdf(HostileInputs.pdfWithLaunchAction()))
        .hasMessageContaining("launches a program");
  }

  @Test
  void refusesAnEncryptedPdfThatOpensWithoutAPassword() {
    assertThatThrownBy(() -> PdfCheck.requirePdf(HostileInputs.encryptedPdfWithoutUserPassword()))
        .hasMessageContaining("encrypted");
  }

  @Test
  void refusesPolyglots() {
    assertThatThrownBy(() -> PdfCheck.requirePdf(HostileInputs.pdfWithZipAppended()))
        .hasMessageContaining("after its end");
    assertThatThrownBy(() -> PdfCheck.requirePdf(HostileInputs.pdfWithHtmlAppended()))
        .hasMessageContaining("after its end");
    assertThatThrownBy(() -> PdfCheck.requirePdf(HostileInputs.pdfHeaderOnZip()))
        .hasMessageContaining("cannot be read");
    assertThatThrownBy(() -> PdfCheck.requirePdf(HostileInputs.htmlWithPdfInside()))
        .hasMessageContaining("not a PDF");
  }

  @Test
  void acceptsTrailingWhitespaceAfterTheEnd() {
    byte[] pdf = HostileInputs.concat(Pdfs.onePage(), "\r\n\n  \u0000".getBytes());
    assertThatCode(() -> PdfCheck.requirePdf(pdf)).doesNotThrowAnyException();
  }

  @Test
  void refusesAPdfWithMorePagesThanTheLimit() {
    assertThatCode(() -> PdfCheck.requirePdf(HostileInputs.pdfWithPages(500, null))).doesNotThrowAnyException();
    assertThatThrownBy(() -> PdfCheck.requirePdf(HostileInputs.pdfWithPages(501, null)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("has 501 pages")
        .hasMessageContaining("at most 500 pages");
  }

  @Test
  void countsThePagesThemselvesNotWhatThePageTreeClaims() {
    byte[] pdf = HostileInputs.pdfWithPages(12, 1);
    assertThatThrownBy(() -> PdfCheck.requirePdf(pdf, new PdfCheck.Limits(10, 1024 * 1024)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("has 12 pages");
  }

  @Test
  void refusesAPdfWhoseCompressedContentUnpacksBeyondTheBound() {
    byte[] bomb = HostileInputs.pdfWithZipBomb(120);

    assertThat(bomb.length).isLessThan(1024 * 1024);
    assertThatThrownBy(() -> PdfCheck.requirePdf(bomb)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("unpacks to more than 100 MB").hasMessageContaining("zip bomb");
  }

  @Test
  void acceptsCompressedContentWithinTheBound() {
    byte[] pdf = HostileInputs.pdfWithZipBomb(2);

    assertThatCode(() -> PdfCheck.requirePdf(pdf, new PdfCheck.Limits(10, 3 * 1024 * 1024)))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> PdfCheck.requirePdf(pdf, new PdfCheck.Limits(10, 1024 * 1024)))
        .hasMessageContaining("unpacks to more than 1 MB");
  }
}
