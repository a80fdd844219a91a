package io.podesk.invoicing;

import io.podesk.customers.Address;
import io.podesk.customers.SellerProfile;
import java.io.ByteArrayOutputStream;
import io.podesk.shared.TaxBreakdown;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Renders an invoice as a one-page PDF: the seller's name, address and tax id, the invoice number and the customer's
 * PO number in the header, the bill-to address, lines, net, tax, total, due date.
 */
final class InvoicePdf {

  private InvoicePdf() {}

  /**
   * Who the invoice is from and to.
   *
   * @param seller the seller's profile, or null while it is not set up
   * @param billTo the customer's billing address, or null when the company has none on record
   */
  record Parties(SellerProfile seller, String customerName, Address billTo) {}

  static byte[] render(Invoice invoice, Parties parties, String paymentTerms, TaxBreakdown taxes, String taxNote) {
    try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage();
      document.addPage(page);
      var bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
      var regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      try (var text = new PDPageContentStream(document, page)) {
        text.beginText();
        text.setLeading(16);
        text.newLineAtOffset(56, 740);
        SellerProfile seller = parties.seller();
        if (seller != null) {
          text.setFont(bold, 11);
          text.showText(safe(seller.name()));
          text.newLine();
          text.setFont(regular, 10);
          text.showText(safe(oneLine(seller.address())));
          text.newLine();
          if (seller.taxId() != null || seller.email() != null) {
            text.showText(safe((seller.taxId() == null ? "" : "Tax id " + seller.taxId() + "   ")
                + (seller.email() == null ? "" : seller.email())));
            text.newLine();
          }
          text.newLine();
        }
        text.setFont(bold, 16);
        text.showText("Invoice " + invoice.number());
        text.newLine();
        text.setFont(bold, 12);
        text.showText("Your PO number: " + safe(invoice.poNumber() == null ? "-" : invoice.poNumber()));
        text.newLine();
        text.setFont(regular, 11);
        text.showText("Customer: " + safe(parties.customerName()) + "   Terms: " + paymentTerms + "   Due: "
            + invoice.dueDate());
        text.newLine();
        if (parties.billTo() != null) {
          text.showText(safe("Bill to: " + oneLine(parties.billTo())));
          text.newLine();
        }
        text.newLine();
        for (Invoice.Line line : invoice.lines()) {
          text.showText(safe(line.quantity().stripTrailingZeros().toPlainString() + " x " + line.sku()
              + (line.description() == null ? "" : " " + line.description()) + " @ "
              + line.unitPrice().stripTrailingZeros().toPlainString() + " = " + line.lineTotal().toPlainString()
              + (line.taxPercent() == null ? "" : "   tax " + line.taxPercent().stripTrailingZeros().toPlainString()
                  + " %")));
          text.newLine();
        }
        text.newLine();
        if (!invoice.discount().isZero()) {
          text.showText("Discount: -" + invoice.discount().amount().toPlainString());
          text.newLine();
        }
        if (!invoice.freight().isZero()) {
          text.showText("Freight: " + invoice.freight().amount().toPlainString());
          text.newLine();
        }
        if (!invoice.handling().isZero()) {
          text.showText("Handling: " + invoice.handling().amount().toPlainString());
          text.newLine();
        }
        for (TaxBreakdown.Rate rate : taxes.rates()) {
          text.showText("Tax " + rate.label());
          text.newLine();
        }
        if (taxNote != null) {
          text.showText(safe(taxNote));
          text.newLine();
        }
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

  private static String oneLine(Address address) {
    return address.name() + ", " + address.street() + ", " + address.postalCode() + " " + address.city()
        + (address.region() == null ? "" : ", " + address.region()) + ", " + address.country();
  }

  /** The standard fonts know Latin-1 only; anything else is replaced rather than failing the invoice. */
  private static String safe(String text) {
    StringBuilder out = new StringBuilder();
    text.codePoints().forEach(c -> out.append(c >= 32 && c < 256 ? (char) c : '?'));
    return out.toString();
  }
}
