package io.podesk.invoicing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Renders an invoice as a one-page PDF: number, PO number in the header, lines, net, tax, total, due date. */
final class InvoicePdf {

  private InvoicePdf() {}

  static byte[] render(Invoice invoice, String customerName, String paymentTerms) {
    try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage();
      document.addPage(page);
      var bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
      var regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      try (var text = new PDPageContentStream(document, page)) {
        text.beginText();
        text.setLeading(16);
        text.newLineAtOffset(56, 740);
        text.setFont(bold, 16);
        text.showText("Invoice " + invoice.number());
        text.newLine();
        text.setFont(bold, 12);
        text.showText("Your PO number: " + safe(invoice.poNumber() == null ? "-" : invoice.poNumber()));
        text.newLine();
        text.setFont(regular, 11);
        text.showText("Customer: " + safe(customerName) + "   Terms: " + paymentTerms + "   Due: " + invoice.dueDate());
        text.newLine();
        text.newLine();
        for (Invoice.Line line : invoice.lines()) {
          text.showText(safe(line.quantity().stripTrailingZeros().toPlainString() + " x " + line.sku()
              + (line.description() == null ? "" : " " + line.description()) + " @ "
              + line.unitPrice().stripTrailingZeros().toPlainString() + " = " + line.lineTotal().toPlainString()));
          text.newLine();
        }
        text.newLine();
        text.showText("Net " + invoice.net().amount().toPlainString() + "   Tax "
            + invoice.tax().amount().toPlainString() + "   Total " + invoice.total());
        text.endText();
      }
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The standard fonts know Latin-1 only; anything else is replaced rather than failing the invoice. */
  private static String safe(String text) {
    StringBuilder out = new StringBuilder();
    text.codePoints().forEach(c -> out.append(c >= 32 && c < 256 ? (char) c : '?'));
    return out.toString();
  }
}
