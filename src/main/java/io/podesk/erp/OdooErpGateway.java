package io.podesk.erp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.podesk.customers.PaymentTerms;
import io.podesk.invoicing.ErpIssuedInvoice;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Odoo through its JSON-RPC API: the company is a partner ({@code ref} = company id), the order a confirmed
 * {@code sale.order} whose {@code client_order_ref} is the PO number, with the ship-to and billing addresses as the
 * partner's delivery and invoice contacts. Before creating, the adapter searches for that reference, so a retry
 * after a lost answer finds the order instead of creating a second one, and a revision updates the same sale order.
 * A SKU Odoo does not know goes through as the configured generic product, keeping its description.
 */
class OdooErpGateway implements ErpGateway {

  /** What the sale order's {@code origin} says: the PO Desk revision it holds. */
  static final String REVISION_MARKER = "PO Desk revision ";
  static final String FREIGHT = "FREIGHT";
  static final String HANDLING = "HANDLING";

  private final ErpProperties.Odoo settings;
  private final HttpClient http;
  private final ObjectMapper json = new ObjectMapper();
  private final AtomicInteger ids = new AtomicInteger();
  private volatile Integer uid;

  OdooErpGateway(ErpProperties.Odoo settings) {
    this.settings = settings;
    this.http = HttpClient.newBuilder().connectTimeout(settings.connectTimeout()).build();
  }

  /**
   * The order as a confirmed sale order. The first push creates it (with its ship-to and invoice addresses as the
   * partner's delivery and invoice contacts) and confirms it; a revision updates the same sale order's lines: a
   * line of a SKU it has gets the new quantity and price, a line the revision drops goes to quantity 0 (Odoo keeps
   * the lines of a confirmed order), a new SKU is added. The sale order's {@code origin} records the revision it
   * holds, so a retry after a lost answer changes nothing twice and never creates a second order.
   */
  @Override
  public String push(ErpOrder order) {
    int partner = partnerOf(order.company());
    String marker = REVISION_MARKER + order.revision();
    JsonNode existing = execute("sale.order", "search_read",
        List.of(List.of(List.of("client_order_ref", "=", order.reference()), List.of("partner_id", "=", partner),
            List.of("state", "!=", "cancel"))),
        Map.of("fields", List.of("name", "state", "origin", "locked"), "limit", 1));
    ObjectNode values = json.createObjectNode();
    values.put("origin", marker);
    if (order.notes() != null) {
      values.put("note", order.notes());
    }
    paymentTerm(order.paymentTerms()).ifPresent(term -> values.put("payment_term_id", term));
    if (order.shipTo() != null) {
      values.put("partner_shipping_id", contactOf(partner, "delivery", order.shipTo()));
    }
    if (order.billTo() != null) {
      values.put("partner_invoice_id", contactOf(partner, "invoice", order.billTo()));
    }
    if (existing.size() > 0) {
      JsonNode found = existing.get(0);
      int id = found.path("id").asInt();
      if (!marker.equals(found.path("origin").asText())) {
        if (found.path("locked").asBoolean(false)) {
          execute("sale.order", "action_unlock", List.of(List.of(id)), Map.of());
        }
        values.set("order_line", revisedLines(id, order));
        execute("sale.order", "write", List.of(List.of(id), values), Map.of());
        execute("sale.order", "message_post", List.of(List.of(id)), Map.of("body", "Revision "
            + order.revision() + " of PO " + order.reference() + " from PO Desk"));
      }
      confirm(id, found.path("state").asText());
      return found.path("name").asText();
    }
    values.put("partner_id", partner);
    values.put("client_order_ref", order.reference());
    ArrayNode lines = values.putArray("order_line");
    for (ErpOrder.Line line : linesOf(order)) {
      lines.addArray().add(0).add(0).add(lineValues(line, discountOf(order, line)));
    }
    int created = execute("sale.order", "create", List.of(values), Map.of()).asInt();
    confirm(created, "draft");
    return execute("sale.order", "read", List.of(List.of(created)), Map.of("fields", List.of("name")))
        .get(0).path("name").asText();
  }

  /** A quotation becomes a sale order ({@code action_confirm}); a confirmed one stays as it is. */
  private void confirm(int saleOrder, String state) {
    if ("draft".equals(state) || "sent".equals(state)) {
      execute("sale.order", "action_confirm", List.of(List.of(saleOrder)), Map.of());
    }
  }

  /** The commands that make the sale order's lines the revision's, by SKU, in Odoo's one2many command form. */
  private ArrayNode revisedLines(int saleOrder, ErpOrder order) {
    JsonNode current = execute("sale.order.line", "search_read", List.of(List.of(List.of("order_id", "=",
        saleOrder), List.of("display_type", "=", false))), Map.of("fields", List.of("name", "product_uom_qty")));
    Map<String, Integer> lineOfSku = new LinkedHashMap<>();
    for (JsonNode line : current) {
      lineOfSku.putIfAbsent(skuOf(line.path("name").asText()), line.path("id").asInt());
    }
    ArrayNode commands = json.createArrayNode();
    Set<Integer> kept = new HashSet<>();
    for (ErpOrder.Line line : linesOf(order)) {
      Integer id = lineOfSku.get(line.sku());
      if (id != null && kept.add(id)) {
        ObjectNode vals = json.createObjectNode();
        vals.put("product_uom_qty", line.quantity());
        vals.put("price_unit", line.unitPrice());
        vals.put("discount", discountOf(order, line));
        commands.addArray().add(1).add(id).add(vals);
      } else {
        commands.addArray().add(0).add(0).add(lineValues(line, discountOf(order, line)));
      }
    }
    for (JsonNode line : current) {
      int id = line.path("id").asInt();
      if (!kept.contains(id) && line.path("product_uom_qty").asDouble() != 0) {
        commands.addArray().add(1).add(id).add(json.createObjectNode().put("product_uom_qty", 0));
      }
    }
    return commands;
  }

  /**
   * The order's lines, and its freight and handling as lines of their own ({@code FREIGHT}, {@code HANDLING}: the
   * generic product unless Odoo has products with those internal references), so Odoo's totals and invoices are
   * PO Desk's.
   */
  private static List<ErpOrder.Line> linesOf(ErpOrder order) {
    List<ErpOrder.Line> lines = new ArrayList<>(order.lines());
    if (order.charges() != null) {
      charge(lines, FREIGHT, "Freight", order.charges().freight());
      charge(lines, HANDLING, "Handling", order.charges().handling());
    }
    return lines;
  }

  private static void charge(List<ErpOrder.Line> lines, String sku, String name, BigDecimal amount) {
    if (amount != null && amount.signum() > 0) {
      lines.add(new ErpOrder.Line(sku, name, BigDecimal.ONE, amount, amount));
    }
  }

  /** The order's discount in percent on a goods line (Odoo's line {@code discount}); none on freight and handling. */
  private static BigDecimal discountOf(ErpOrder order, ErpOrder.Line line) {
    return order.charges() == null || FREIGHT.equals(line.sku()) || HANDLING.equals(line.sku())
        ? BigDecimal.ZERO : order.charges().discountPercent();
  }

  private ObjectNode lineValues(ErpOrder.Line line, BigDecimal discountPercent) {
    ObjectNode vals = json.createObjectNode();
    vals.put("discount", discountPercent);
    vals.put("product_id", productOf(line.sku()));
    vals.put("name", line.description() != null ? line.sku() + " " + line.description() : line.sku());
    vals.put("product_uom_qty", line.quantity());
    vals.put("price_unit", line.unitPrice());
    return vals;
  }

  /** The SKU a line was sent with: the first word of its description. */
  private static String skuOf(String name) {
    int space = name.indexOf(' ');
    return space < 0 ? name : name.substring(0, space);
  }

  /**
   * The partner's contact of this type ({@code delivery} or {@code invoice}) at this address: found by name,
   * street and postal code, or created under the company's partner.
   */
  private int contactOf(int partner, String type, ErpOrder.Address address) {
    JsonNode found = execute("res.partner", "search", List.of(List.of(List.of("parent_id", "=", partner),
        List.of("type", "=", type), List.of("name", "=", address.name()), List.of("street", "=", address.street()),
        List.of("zip", "=", address.postalCode()))), Map.of("limit", 1));
    if (found.size() > 0) {
      return found.get(0).asInt();
    }
    ObjectNode contact = json.createObjectNode();
    contact.put("parent_id", partner);
    contact.put("type", type);
    contact.put("name", address.name());
    contact.put("street", address.street());
    contact.put("city", address.city());
    contact.put("zip", address.postalCode());
    if (address.country() != null) {
      JsonNode country = execute("res.country", "search", List.of(List.of(List.of("code", "=",
          address.country()))), Map.of("limit", 1));
      if (country.size() > 0) {
        contact.put("country_id", country.get(0).asInt());
      }
    }
    return execute("res.partner", "create", List.of(contact), Map.of()).asInt();
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

  @Override
  public boolean issuesInvoices() {
    return true;
  }

  /**
   * The sale order's posted customer invoices ({@code account.move} of type {@code out_invoice} whose
   * {@code invoice_origin} is the sale order), oldest first, with their product lines; the SKU is the first word of
   * a line's label, as PO Desk sent it.
   */
  @Override
  public List<ErpIssuedInvoice> issuedInvoices(String erpReference) {
    JsonNode moves = execute("account.move", "search_read", List.of(List.of(List.of("invoice_origin", "=",
        erpReference), List.of("move_type", "=", "out_invoice"), List.of("state", "=", "posted"))),
        Map.of("fields", List.of("name", "invoice_date", "invoice_date_due", "amount_untaxed", "amount_tax"),
            "order", "id asc"));
    List<ErpIssuedInvoice> issued = new ArrayList<>();
    for (JsonNode move : moves) {
      JsonNode lines = execute("account.move.line", "search_read", List.of(List.of(List.of("move_id", "=",
          move.path("id").asInt()), List.of("display_type", "=", "product"))), Map.of("fields", List.of("name",
          "quantity", "price_unit", "price_subtotal"), "order", "id asc"));
      List<ErpIssuedInvoice.Line> items = new ArrayList<>();
      for (JsonNode line : lines) {
        String name = line.path("name").asText();
        int space = name.indexOf(' ');
        items.add(new ErpIssuedInvoice.Line(skuOf(name), space < 0 ? null : name.substring(space + 1),
            line.path("quantity").decimalValue(), line.path("price_unit").decimalValue(),
            line.path("price_subtotal").decimalValue()));
      }
      issued.add(new ErpIssuedInvoice(move.path("name").asText(), LocalDate.parse(move.path(
          "invoice_date").asText()), LocalDate.parse(move.path("invoice_date_due").asText()), items,
          move.path("amount_untaxed").decimalValue(), move.path("amount_tax").decimalValue()));
    }
    return issued;
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

  /**
   * Records of a model, archived ones included, in the given order: what the master-data pull reads.
   */
  JsonNode searchRead(String model, List<?> domain, List<String> fields, String order, int limit) {
    return execute(model, "search_read", List.of(domain), Map.of("fields", fields, "order", order, "limit", limit,
        "context", Map.of("active_test", false)));
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
