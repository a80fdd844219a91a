package io.podesk.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An Odoo that keeps what it is told, at {@code /jsonrpc}: records per model with ids, {@code search},
 * {@code search_read}, {@code read}, {@code create}, {@code write} (with one2many commands 0 and 1 for sale order
 * lines), and the sale order's state changes {@code action_confirm}, {@code action_lock}, {@code action_unlock},
 * {@code action_cancel} as Odoo 17 has them (a locked order refuses {@code write}). Domains: {@code =} and
 * {@code !=} on plain fields. Enough of Odoo to check what the adapter leaves there, not a copy of it.
 */
public final class FakeOdoo implements AutoCloseable {

  private final ObjectMapper json = new ObjectMapper();
  private final HttpServer server;
  private final Map<String, Map<Integer, ObjectNode>> models = new LinkedHashMap<>();
  private final List<String> calls = new CopyOnWriteArrayList<>();
  private int nextId = 100;
  private String failing;
  private int failAfter;

  public FakeOdoo() {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/jsonrpc", exchange -> {
      JsonNode request = json.readTree(exchange.getRequestBody());
      ObjectNode answer = json.createObjectNode().put("jsonrpc", "2.0");
      answer.set("id", request.path("id"));
      try {
        answer.set("result", handle(request.path("params")));
      } catch (IllegalStateException e) {
        answer.putObject("error").put("code", 200).putObject("data").put("message", e.getMessage());
      }
      byte[] body = json.writeValueAsBytes(answer);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
  }

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Changes a record as someone working in Odoo would (set its write_date too). */
  public synchronized void change(String model, int id, String fieldsJson) {
    try {
      models.get(model).get(id).setAll((ObjectNode) json.readTree(fieldsJson));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Adds a record as Odoo's own data would have it; answers its id. */
  public synchronized int add(String model, String fieldsJson) {
    try {
      return create(model, (ObjectNode) json.readTree(fieldsJson));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public synchronized List<ObjectNode> records(String model) {
    return new ArrayList<>(models.getOrDefault(model, Map.of()).values());
  }

  /** The call {@code model method} answers an error once, after {@code successes} good answers. */
  public synchronized void failOnce(String modelMethod, int successes) {
    this.failing = modelMethod;
    this.failAfter = successes;
  }

  /** Each call as {@code model method}, in order. */
  public List<String> calls() {
    return List.copyOf(calls);
  }

  private synchronized JsonNode handle(JsonNode params) {
    if ("common".equals(params.path("service").asText())) {
      return json.getNodeFactory().numberNode(2);
    }
    JsonNode args = params.path("args");
    String model = args.path(3).asText();
    String method = args.path(4).asText();
    JsonNode positional = args.path(5);
    JsonNode keywords = args.path(6);
    calls.add(model + " " + method);
    if ((model + " " + method).equals(failing) && failAfter-- == 0) {
      failing = null;
      throw new IllegalStateException("Odoo is restarting");
    }
    Map<Integer, ObjectNode> records = models.computeIfAbsent(model, m -> new LinkedHashMap<>());
    switch (method) {
      case "search" -> {
        ArrayNode ids = json.createArrayNode();
        matching(records, positional.path(0), keywords.path("limit").asInt(0))
            .forEach(r -> ids.add(r.path("id").asInt()));
        return ids;
      }
      case "search_read" -> {
        ArrayNode found = json.createArrayNode();
        matching(records, positional.path(0), keywords.path("limit").asInt(0),
            keywords.path("order").asText(null)).forEach(found::add);
        return found;
      }
      case "read" -> {
        ArrayNode found = json.createArrayNode();
        positional.path(0).forEach(id -> found.add(records.get(id.asInt())));
        return found;
      }
      case "create" -> {
        return json.getNodeFactory().numberNode(create(model, (ObjectNode) positional.path(0).deepCopy()));
      }
      case "write" -> {
        for (JsonNode id : positional.path(0)) {
          ObjectNode record = records.get(id.asInt());
          if (record.path("locked").asBoolean()) {
            throw new IllegalStateException("This sale order is locked: unlock it to change it");
          }
          write(model, record, (ObjectNode) positional.path(1));
        }
        return json.getNodeFactory().booleanNode(true);
      }
      case "action_confirm" -> state(records, positional, "sale", null);
      case "action_lock" -> state(records, positional, null, true);
      case "action_unlock" -> state(records, positional, null, false);
      case "action_cancel" -> state(records, positional, "cancel", null);
      case "message_post" -> {
        return json.getNodeFactory().numberNode(nextId++);
      }
      default -> throw new IllegalStateException("The fake Odoo has no " + model + " " + method);
    }
    return json.getNodeFactory().booleanNode(true);
  }

  private void state(Map<Integer, ObjectNode> records, JsonNode positional, String state, Boolean locked) {
    for (JsonNode id : positional.path(0)) {
      ObjectNode record = records.get(id.asInt());
      if (state != null) {
        record.put("state", state);
      }
      if (locked != null) {
        record.put("locked", locked);
      }
    }
  }

  private int create(String model, ObjectNode values) {
    int id = nextId++;
    ObjectNode record = json.createObjectNode().put("id", id);
    if ("sale.order".equals(model)) {
      record.put("name", "S" + String.format("%05d", id)).put("state", "draft").put("locked", false);
    }
    models.computeIfAbsent(model, m -> new LinkedHashMap<>()).put(id, record);
    write(model, record, values);
    return id;
  }

  private void write(String model, ObjectNode record, ObjectNode values) {
    values.fields().forEachRemaining(field -> {
      if ("sale.order".equals(model) && "order_line".equals(field.getKey())) {
        for (JsonNode command : field.getValue()) {
          int kind = command.path(0).asInt();
          if (kind == 0) {
            ObjectNode line = (ObjectNode) command.path(2).deepCopy();
            line.put("order_id", record.path("id").asInt()).put("display_type", false);
            create("sale.order.line", line);
          } else if (kind == 1) {
            models.get("sale.order.line").get(command.path(1).asInt()).setAll((ObjectNode) command.path(2));
          } else {
            throw new IllegalStateException("The fake Odoo takes only one2many commands 0 and 1, not " + kind);
          }
        }
      } else {
        record.set(field.getKey(), field.getValue());
      }
    });
  }

  private List<ObjectNode> matching(Map<Integer, ObjectNode> records, JsonNode domain, int limit) {
    return matching(records, domain, limit, null);
  }

  private List<ObjectNode> matching(Map<Integer, ObjectNode> records, JsonNode domain, int limit, String order) {
    List<ObjectNode> found = new ArrayList<>();
    for (ObjectNode record : records.values()) {
      if (holds(record, domain)) {
        found.add(record);
      }
    }
    if (order != null && order.startsWith("write_date")) {
      found.sort(java.util.Comparator.comparing((ObjectNode r) -> r.path("write_date").asText())
          .thenComparing(r -> r.path("id").asInt()));
    }
    return limit > 0 && found.size() > limit ? found.subList(0, limit) : found;
  }

  /** A domain in Odoo's prefix notation: terms, '|' and '&' before their two operands, '&' between the rest. */
  private boolean holds(ObjectNode record, JsonNode domain) {
    java.util.Deque<JsonNode> items = new java.util.ArrayDeque<>();
    domain.forEach(items::add);
    boolean all = true;
    while (!items.isEmpty()) {
      all &= next(record, items);
    }
    return all;
  }

  private boolean next(ObjectNode record, java.util.Deque<JsonNode> items) {
    JsonNode item = items.pop();
    if (item.isTextual()) {
      boolean left = next(record, items);
      boolean right = next(record, items);
      return "|".equals(item.asText()) ? left || right : left && right;
    }
    JsonNode value = record.path(item.path(0).asText());
    if (value.isArray()) {
      value = value.path(0);
    }
    JsonNode wanted = item.path(2);
    String operator = item.path(1).asText();
    boolean equal = value.isMissingNode() ? wanted.isNull() || (wanted.isBoolean() && !wanted.asBoolean())
        : value.asText().equals(wanted.asText());
    return switch (operator) {
      case "=" -> equal;
      case "!=" -> !equal;
      case ">" -> value.isNumber() ? value.asDouble() > wanted.asDouble()
          : value.asText().compareTo(wanted.asText()) > 0;
      default -> throw new IllegalStateException("The fake Odoo has no domain operator " + operator);
    };
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
