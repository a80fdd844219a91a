package io.podesk.notification;

import io.podesk.orders.InvoiceDirectory;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The addresses mails point at: the buyer portal, the signed action links, Tasklist and Cockpit. */
@Component
class MailLinks {

  private final String baseUrl;

  MailLinks(@Value("${podesk.base-url}") String baseUrl) {
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }

  String order(UUID purchaseOrderId) {
    return of("/portal/orders/" + purchaseOrderId);
  }

  /** The order's signed PO, through the portal: it asks for the login and checks who may see the order. */
  String document(UUID purchaseOrderId) {
    return order(purchaseOrderId) + "/document";
  }

  String revise(UUID purchaseOrderId) {
    return order(purchaseOrderId) + "/revise";
  }

  String invoice(UUID purchaseOrderId, String invoiceNumber) {
    return order(purchaseOrderId) + "/invoices/" + encode(InvoiceDirectory.pathOf(invoiceNumber)).replace("%7E", "~");
  }

  String login() {
    return of("/login");
  }

  String invitation(String token) {
    return of("/links/invitations/" + token);
  }

  String link(String token) {
    return of("/links/" + token);
  }

  /** Tasklist, opened at the task when there is one. */
  String tasklist(String taskId) {
    return taskId == null ? of("/camunda/app/tasklist/")
        : of("/camunda/app/tasklist/default/#/?task=" + encode(taskId));
  }

  String incident(String incidentId) {
    return of("/camunda/app/cockpit/default/#/incidents?searchQuery=" + encode(String.valueOf(incidentId)));
  }

  String of(String path) {
    return baseUrl + path;
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
