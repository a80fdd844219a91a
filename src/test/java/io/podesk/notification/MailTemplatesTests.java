package io.podesk.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class MailTemplatesTests {

  private static final String SCRIPT = "<script>alert(1)</script>";
  private static final String IMG = "\"><img src=x onerror=alert(1)>";

  private final MailTemplates templates = new MailTemplates();

  @ParameterizedTest
  @EnumSource(MailKind.class)
  void everyMailRendersInHtmlAndTextWithThePoNumberInItsSubject(MailKind kind) {
    RenderedMail mail = templates.render(kind, "PO-123456", model("plain text"), "detail", "more");

    assertThat(mail.subject()).startsWith("PO PO-123456");
    assertThat(mail.text()).contains("PO-123456").doesNotContain("${").doesNotContain("[(");
    assertThat(mail.html()).startsWith("<!DOCTYPE html>").contains("PO-123456").doesNotContain(" th:").doesNotContain("xmlns:th");
    // one frame (layout.html) around every mail: its heading is the subject, its footer appears once
    assertThat(mail.html()).containsOnlyOnce("<h1").containsOnlyOnce("Links in it are personal")
        .containsOnlyOnce("<body");
  }

  @ParameterizedTest
  @EnumSource(MailKind.class)
  void userTextIsEscapedInTheHtml(MailKind kind) {
    RenderedMail mail = templates.render(kind, "PO-1" + SCRIPT, model(SCRIPT + IMG), "detail", "more");

    assertThat(mail.html()).doesNotContain(SCRIPT).doesNotContain("<img").contains("&lt;script&gt;");
  }

  @ParameterizedTest
  @ValueSource(strings = {"rejected", "expired", "cancelled", "erp-event-refused"})
  void theReasonReachesTheReaderUnchangedInTheTextAndEscapedInTheHtml(String template) {
    MailKind kind = EnumSet.allOf(MailKind.class).stream().filter(k -> k.template().equals(template)).findFirst()
        .orElseThrow();
    RenderedMail mail = templates.render(kind, "PO-7", model("Prices expired " + SCRIPT + IMG), "a", "b");

    assertThat(mail.text()).contains("Prices expired " + SCRIPT + IMG);
    assertThat(mail.html()).contains("Prices expired &lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img");
  }

  @Test
  void theApprovalMailCarriesTheLinesNotesAndItsPersonalLink() {
    RenderedMail mail = templates.render(MailKind.APPROVAL_NEEDED, "PO-42", model("Deliver to dock 4"));

    assertThat(mail.subject()).isEqualTo("PO PO-42: your approval is needed");
    assertThat(mail.text()).contains("https://podesk.example/links/abc.def").contains("Ball bearing")
        .contains("Deliver to dock 4");
    assertThat(mail.html()).contains("href=\"https://podesk.example/links/abc.def\"").contains("Ball bearing");
  }

  @Test
  void theApprovalMailLinksTheSignedPoOnlyWhenThereIsOne() {
    Map<String, Object> withDocument = model("Deliver to dock 4");
    withDocument.put("documentUrl", "https://podesk.example/portal/orders/42/document");

    RenderedMail mail = templates.render(MailKind.APPROVAL_NEEDED, "PO-42", withDocument);
    RenderedMail without = templates.render(MailKind.APPROVAL_NEEDED, "PO-42", model("Deliver to dock 4"));

    assertThat(mail.text()).contains("The signed PO: https://podesk.example/portal/orders/42/document");
    assertThat(mail.html()).contains("href=\"https://podesk.example/portal/orders/42/document\"");
    assertThat(without.text()).doesNotContain("The signed PO");
    assertThat(without.html()).doesNotContain("The signed PO");
  }

  @Test
  void aSubjectCannotCarryALineBreak() {
    assertThat(MailKind.APPROVAL_ESCALATED.subject("PO-1\r\nBcc: x@evil.example", "directors"))
        .isEqualTo("PO PO-1 Bcc: x@evil.example: approval escalated to directors");
  }

  /** Every variable any mail uses; user-supplied ones carry the given text. */
  private static Map<String, Object> model(String userText) {
    Map<String, Object> model = new HashMap<>();
    List.of("notes", "reason", "why", "waitingFor", "error", "recipientName", "company", "group", "groups",
        "activityName", "eventId", "type", "invoiceNumber").forEach(name -> model.put(name, userText));
    model.put("lines", List.of(new PurchaseOrderMails.MailLine("BRG-6204", "Ball bearing " + userText, "2", "10.00",
        "20.00")));
    model.put("total", "20.00 USD");
    model.put("outstanding", "20.00 USD");
    model.put("slaDue", "2026-11-23 10:00 UTC");
    model.put("expiresAt", "2026-11-30 10:00 UTC");
    model.put("dueDate", "2026-12-22");
    model.put("dunningLevel", 2);
    model.put("toSalesRep", true);
    for (String url : List.of("orderUrl", "uploadUrl", "reviseUrl", "invoiceUrl", "tasklistUrl", "incidentUrl",
        "erpSyncUrl", "refusedEventsUrl")) {
      model.put(url, "https://podesk.example/" + url);
    }
    model.put("actionUrl", "https://podesk.example/links/abc.def");
    return model;
  }
}
