package io.podesk.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.podesk.shared.FieldError;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.InvalidMimeTypeException;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds the JSON bodies of PO Desk's own API ({@code /api/**}). Nothing else limits them: a client could otherwise
 * make the service hold hundreds of megabytes in memory before any validation runs. A declared length over the limit
 * is refused at once; a body without one (chunked) is cut off when it passes the limit.
 */
@Component
class JsonBodyLimit extends OncePerRequestFilter {

  private final long maxBytes;
  private final ObjectMapper json;

  JsonBodyLimit(@Value("${podesk.web.max-json-body:1MB}") DataSize max, ObjectMapper json) {
    this.maxBytes = max.toBytes();
    this.json = json;
  }

  /** Thrown by the body's stream when a request without a declared length goes on past the limit. */
  static final class BodyTooLarge extends IOException {

    private final long max;

    BodyTooLarge(long max) {
      super("request body larger than " + max + " bytes");
      this.max = max;
    }

    long max() {
      return max;
    }
  }

  static String message(long maxBytes) {
    return "The request body is larger than " + DataSize.ofBytes(maxBytes).toKilobytes() / 1024 + " MB; send less "
        + "(a purchase order may have at most 500 lines)";
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String contentType = request.getContentType();
    return !request.getRequestURI().startsWith(request.getContextPath() + "/api/") || contentType == null
        || !isJson(contentType);
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (request.getContentLengthLong() > maxBytes) {
      refuse(request, response);
      return;
    }
    chain.doFilter(new Limited(request, maxBytes), response);
  }

  private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", "https://podesk.io/problems/payload-too-large");
    problem.put("title", "Payload too large");
    problem.put("status", HttpStatus.PAYLOAD_TOO_LARGE.value());
    problem.put("detail", message(maxBytes));
    problem.put("instance", request.getRequestURI());
    problem.put("errors", List.of(new FieldError("body", message(maxBytes))));
    response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    // the unread body is not drained: the connection closes instead of receiving megabytes nobody reads
    response.setHeader("Connection", "close");
    json.writeValue(response.getOutputStream(), problem);
  }

  private static boolean isJson(String contentType) {
    try {
      MediaType type = MediaType.parseMediaType(contentType);
      return type.isCompatibleWith(MediaType.APPLICATION_JSON) || type.getSubtype().endsWith("+json");
    } catch (InvalidMimeTypeException e) {
      return false;
    }
  }

  private static final class Limited extends HttpServletRequestWrapper {

    private final long max;
    private ServletInputStream stream;

    Limited(HttpServletRequest request, long max) {
      super(request);
      this.max = max;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        stream = new Counting(super.getInputStream(), max);
      }
      return stream;
    }

    @Override
    public BufferedReader getReader() throws IOException {
      String encoding = getCharacterEncoding();
      Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
      return new BufferedReader(new InputStreamReader(getInputStream(), charset));
    }
  }

  private static final class Counting extends ServletInputStream {

    private final ServletInputStream in;
    private final long max;
    private long count;

    Counting(ServletInputStream in, long max) {
      this.in = in;
      this.max = max;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        counted(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = in.read(buffer, offset, length);
      if (n > 0) {
        counted(n);
      }
      return n;
    }

    private void counted(int n) throws BodyTooLarge {
      count += n;
      if (count > max) {
        throw new BodyTooLarge(max);
      }
    }

    @Override
    public boolean isFinished() {
      return in.isFinished();
    }

    @Override
    public boolean isReady() {
      return in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      in.setReadListener(listener);
    }
  }
}
