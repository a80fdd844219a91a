package io.podesk.identity;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/** RFC 7807 problem details written by the security filters, which answer before Spring MVC is reached. */
final class Problems {

  private static final ObjectMapper JSON = new ObjectMapper();

  private Problems() {}

  static void write(HttpServletResponse response, HttpStatus status, String title, String detail) throws IOException {
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", "about:blank");
    problem.put("title", title);
    problem.put("status", status.value());
    problem.put("detail", detail);
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    JSON.writeValue(response.getWriter(), problem);
  }
}
