package io.podesk.erp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podesk.customers.PaymentTerms;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Odoo through its JSON-RPC API: the company is a partner ({@code ref} = company id), the order a
 * {@code sale.order} whose {@code client_order_ref} is the PO number. Before creating, the adapter searches for
 * that reference, so a retry after a lost answer finds the order instead of creating a second one. A SKU Odoo does
 * not know goes through as the configured generic product, keeping its description.
 */
class OdooErpGateway implements ErpGateway {


  private final ErpProperties.Odoo settings;
  private final HttpClient http;
  private final ObjectMapper json = new ObjectMapper();
  private final AtomicInteger ids = new AtomicInteger();
  private volatile Integer uid;

  OdooErpGateway(ErpProperties.Odoo settings) {
    this.settings = settings;
    this.http = HttpClient.newBuilder().connectTimeout(settings.connectTimeout()).build();
  }

  @Override
  public String push(ErpOrder order) {
    int partner = partnerOf(order.company());
    String reference = order.reference() + (order.revision() > 1 ? "/r" + order.revision() : "");
    JsonNode existing = execute("sale.order", "search_read",
        List.of(List.of(List.of("client_order_ref", "=", reference), List.of("partner_id", "=", partner))),
        Map.of("fields", List.of("name"), "limit", 1));
    if (existing.size() > 0) {
      return existing.get(0).path("name").asText();
    }
    ObjectNode values = json.createObjectNode();
    values.put("partner_id", partner);
    values.put("client_order_ref", reference);
    if (order.notes() != null) {
      values.put("note", order.notes());
    }
    paymentTerm(order.paymentTerms()).ifPresent(term -> values.put("payment_term_id", term));
    ArrayNode lines = values.putArray("order_line");
    for (ErpOrder.Line line : order.lines()) {
      ObjectNode vals = json.createObjectNode();
      vals.put("product_id", productOf(line.sku()));
      vals.put("name", line.description() != null ? line.sku() + " " + line.description() : line.sku());
      vals.put("product_uom_qty", line.quantity());
      vals.put("price_unit", line.unitPrice());
      lines.addArray().add(0).add(0).add(vals);
    }
    int created = execute("sale.order", "create", List.of(values), Map.of()).asInt();
    return execute("sale.order", "read", List.of(List.of(created)), Map.of("fields", List.of("name")))
        .get(0).path("name").asText();
  }

  /**
   * Odoo has no "on hold" state: the sale order is locked (confirmed orders; Odoo 17's {@code action_lock}) and
   * its chatter says why, so nobody there changes or delivers it while PO Desk approves the change.
   */
  @Override
  public void hold(ErpOrderHold hold) {
    int order = saleOrderNamed(hold.erpReference());
    execute("sale.order", "message_post", List.of(List.of(order)), Map.of("body", "On hold: revision "
        + hold.revision() + " of PO " + hold.reference() + " awaits approval in PO Desk (" + hold.reason() + ")"));
    JsonNode state = execute("sale.order", "read", List.of(List.of(order)), Map.of("fields", List.of("state")));
    if ("sale".equals(state.path(0).path("state").asText())) {
      execute("sale.order", "action_lock", List.of(List.of(order)), Map.of());
    }
  }

  /** Cancels the sale order ({@code action_cancel}, without the confirmation wizard); a cancelled one stays so. */
  @Override
  public void cancel(ErpOrderHold cancellation) {
    int order = saleOrderNamed(cancellation.erpReference());
    JsonNode state = execute("sale.order", "read", List.of(List.of(order)), Map.of("fields", List.of("state")));
    if ("cancel".equals(state.path(0).path("state").asText())) {
      return;
    }
    execute("sale.order", "message_post", List.of(List.of(order)), Map.of("body", "Cancelled by PO Desk: revision "
        + cancellation.revision() + " of PO " + cancellation.reference() + " was not approved ("
        + cancellation.reason() + ")"));
    execute("sale.order", "action_cancel", List.of(List.of(order)),
        Map.of("context", Map.of("disable_cancel_warning", true)));
  }

  private int saleOrderNamed(String name) {
    JsonNode found = execute("sale.order", "search_read", List.of(List.of(List.of("name", "=", name))),
        Map.of("fields", List.of("state"), "limit", 1));
    if (found.size() == 0) {
      throw new ErpUnavailableException("Odoo has no sale order " + name);
    }
    return found.get(0).path("id").asInt();
  }

  /** Odoo invoices its own sale orders (its accounting owns the invoice), so nothing is sent. */
  @Override
  public String pushInvoice(ErpInvoice invoice) {
    return "";
  }

  private int partnerOf(String company) {
    JsonNode found = execute("res.partner", "search", List.of(List.of(List.of("ref", "=", company))),
        Map.of("limit", 1));
    if (found.size() > 0) {
      return found.get(0).asInt();
    }
    return execute("res.partner", "create", List.of(Map.of("name", company, "ref", company, "is_company", true)),
        Map.of()).asInt();
  }

  private int productOf(String sku) {
    JsonNode found = execute("product.product", "search", List.of(List.of(List.of("default_code", "=", sku))),
        Map.of("limit", 1));
    return found.size() > 0 ? found.get(0).asInt() : settings.genericProductId();
  }

  /**
   * Odoo's payment term of the same meaning, by the names of Odoo's own terms: Net N is "N Days", due on receipt is
   * "Immediate Payment", end of month is "End of Following Month" (Net 30 EOM). Terms Odoo lacks are left to the
   * customer's default in Odoo.
   */
  private Optional<Integer> paymentTerm(String code) {
    PaymentTerms terms = PaymentTerms.ofCode(code);
    String name = switch (terms.type()) {
      case NET -> terms.days() + " Days";
      case DUE_ON_RECEIPT -> "Immediate Payment";
      case END_OF_MONTH -> terms.days() == 30 ? "End of Following Month" : null;
    };
    if (name == null) {
      return Optional.empty();
    }
    JsonNode found = execute("account.payment.term", "search", List.of(List.of(List.of("name", "=", name))),
        Map.of("limit", 1));
    return found.size() > 0 ? Optional.of(found.get(0).asInt()) : Optional.empty();
  }

  private JsonNode execute(String model, String method, List<?> args, Map<String, ?> kwargs) {
    return call("object", "execute_kw", model + " " + method,
        List.of(settings.database(), uid(), settings.apiKey(), model, method, args, kwargs));
  }

  private int uid() {
    if (uid == null) {
      JsonNode result = call("common", "authenticate", "login",
          List.of(settings.database(), settings.username(), settings.apiKey(), Map.of()));
      if (!result.isInt() || result.asInt() <= 0) {
        throw new ErpUnavailableException("Odoo refused the login of " + settings.username());
      }
      uid = result.asInt();
    }
    return uid;
  }

  private JsonNode call(String service, String method, String what, List<?> args) {
    ObjectNode request = json.createObjectNode();
    request.put("jsonrpc", "2.0");
    request.put("method", "call");
    request.put("id", ids.incrementAndGet());
    ObjectNode params = request.putObject("params");
    params.put("service", service);
    params.put("method", method);
    params.set("args", json.valueToTree(args));
    try {
      HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(settings.url() + "/jsonrpc"))
          .timeout(settings.readTimeout())
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(request), StandardCharsets.UTF_8))
          .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      if (response.statusCode() != 200) {
        throw new ErpUnavailableException("Odoo answered " + response.statusCode() + " to " + what);
      }
      JsonNode answer = json.readTree(response.body());
      if (answer.has("error")) {
        throw new ErpUnavailableException("Odoo refused " + what + ": "
            + answer.path("error").path("data").path("message").asText(answer.path("error").toString()));
      }
      return answer.path("result");
    } catch (IOException e) {
      throw new ErpUnavailableException("Odoo did not answer " + what + ": " + e.getClass().getSimpleName(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ErpUnavailableException("Interrupted while calling Odoo", e);
    }
  }
}
