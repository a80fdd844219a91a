package io.podesk.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser-like HTTP session: cookies kept, redirects not followed, CSRF tokens read from the last page. */
public final class WebSession {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

  private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
      .followRedirects(HttpClient.Redirect.NEVER).build();
  private final String base;
  private String csrf;

  public WebSession(int port) {
    this.base = "http://127.0.0.1:" + port;
  }

  /** Logs in through the login form; returns the response to the form post (a redirect). */
  public HttpResponse<String> login(String user, String password) {
    get("/login");
    return post("/login", Map.of("username", user, "password", password));
  }

  /** A session logged in with the demo password. */
  public static WebSession loggedIn(int port, String user) {
    WebSession session = new WebSession(port);
    var response = session.login(user, "demo");
    if (response.statusCode() != 302 || response.headers().firstValue("Location").orElse("").contains("error")) {
      throw new IllegalStateException("Login of " + user + " failed: " + response.statusCode());
    }
    return session;
  }

  public HttpResponse<String> get(String path) {
    return remember(send(HttpRequest.newBuilder(URI.create(base + path)).GET().build()));
  }

  /** A form post carrying the CSRF token of the last page fetched. */
  public HttpResponse<String> post(String path, Map<String, String> form) {
    Map<String, String> fields = new LinkedHashMap<>(form);
    if (csrf != null) {
      fields.putIfAbsent("_csrf", csrf);
    }
    return postRaw(path, fields);
  }

  /** A form post with exactly these fields (no CSRF token added). */
  public HttpResponse<String> postRaw(String path, Map<String, String> fields) {
    String body = fields.entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    return remember(send(HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build()));
  }

  /** A multipart form post with one PDF file field and the CSRF token of the last page fetched. */
  public HttpResponse<String> postFile(String path, String field, String fileName, byte[] content) {
    return postMultipart(path, Map.of(), field, fileName, content, "application/pdf");
  }

  /** A multipart form post (fields plus one file), with the CSRF token of the last page fetched. */
  public HttpResponse<String> postMultipart(String path, Map<String, String> form, String fileField, String fileName,
      byte[] file, String contentType) {
    String boundary = "----podesk" + java.util.UUID.randomUUID();
    var body = new java.io.ByteArrayOutputStream();
    Map<String, String> fields = new LinkedHashMap<>(form);
    if (csrf != null) {
      fields.putIfAbsent("_csrf", csrf);
    }
    fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
        + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
    if (fileField != null) {
      body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField
          + "\"; filename=\"" + fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n")
          .getBytes(StandardCharsets.UTF_8));
      body.writeBytes(file);
      body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return remember(send(HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build()));
  }

  /** Any request built by the caller, sent with this session's cookies. */
  public HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public HttpResponse<byte[]> getBytes(String path) {
    try {
      return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
          HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public String csrf() {
    return csrf;
  }

  public String base() {
    return base;
  }

  private HttpResponse<String> remember(HttpResponse<String> response) {
    Matcher matcher = CSRF.matcher(response.body() == null ? "" : response.body());
    if (matcher.find()) {
      csrf = matcher.group(1);
    }
    return response;
  }
}
