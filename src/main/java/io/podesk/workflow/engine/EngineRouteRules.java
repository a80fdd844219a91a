package io.podesk.workflow.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Applies {@link EngineRoutes} to every call of the engine's REST API, at {@code /engine-rest} and at
 * {@code /camunda/api/engine} (where Tasklist and Cockpit call the same resources), after Spring Security has
 * authenticated the caller. A route the caller's roles do not allow is refused with 403; a task completion or form
 * submission that carries anything but the editable fields of the task's own deployed form (approve and reason,
 * say) is refused with 400, so no variable a client sends can reach the process beside its decision. Either way
 * nothing reaches the engine, so nothing changes.
 */
class EngineRouteRules extends OncePerRequestFilter {

  /** The types a form field's value may have: no object types, so nothing is deserialized into a Java class. */
  private static final Set<String> VALUE_TYPES = Set.of("string", "boolean", "integer", "long", "short", "double",
      "date", "null");

  /** More than any decision needs; a larger body is refused before it is parsed. */
  private static final int MAX_DECISION_BODY = 64 * 1024;

  private final ObjectMapper json = new ObjectMapper();
  private final TaskService tasks;
  private final FormService forms;
  private final IdentityService identity;

  EngineRouteRules(TaskService tasks, FormService forms, IdentityService identity) {
    this.tasks = tasks;
    this.forms = forms;
    this.identity = identity;
  }

  @Configuration(proxyBeanMethods = false)
  static class Registration {

    @Bean
    FilterRegistrationBean<EngineRouteRules> engineRouteRules(TaskService tasks, FormService forms,
        IdentityService identity) {
      var registration = new FilterRegistrationBean<>(new EngineRouteRules(tasks, forms, identity));
      registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
      registration.setName("engine-route-rules");
      // after Spring Security (-100), which has authenticated the caller, before the engine's own filters
      registration.setOrder(0);
      return registration;
    }
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = EngineRoutes.pathInEngineApi(request.getRequestURI().substring(request.getContextPath().length()));
    EngineRoutes.Access access = EngineRoutes.accessFor(request.getMethod(), path);
    Set<String> roles = rolesOfCaller();
    if (!access.permits(roles)) {
      refuse(response, HttpServletResponse.SC_FORBIDDEN, "Not allowed for your role",
          request.getMethod() + " " + path + " is not open to " + (roles.isEmpty() ? "anonymous callers" : roles)
              + "; it needs one of " + new TreeSet<>(access.roles()) + ". Nothing was changed.");
      return;
    }
    if (access != EngineRoutes.Access.TASK_DECISION) {
      chain.doFilter(request, response);
      return;
    }
    byte[] body = request.getInputStream().readNBytes(MAX_DECISION_BODY + 1);
    if (body.length > MAX_DECISION_BODY) {
      refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "Decision too large",
          "A task decision carries at most " + MAX_DECISION_BODY + " bytes. Nothing was changed.");
      return;
    }
    String taskId = path.split("/")[2];
    String refusal = refusalOf(taskId, body);
    if (refusal != null) {
      refuse(response, HttpServletResponse.SC_BAD_REQUEST, "Only the form's own fields", refusal);
      return;
    }
    chain.doFilter(new ReplayedBody(request, body), response);
  }

  /** Why the decision's body cannot be sent to the task, or null when it may. */
  private String refusalOf(String taskId, byte[] body) {
    JsonNode decision;
    try {
      decision = body.length == 0 ? json.createObjectNode() : json.readTree(body);
    } catch (JsonProcessingException e) {
      return "The body is not valid JSON: " + e.getOriginalMessage() + ". Nothing was changed.";
    } catch (IOException e) {
      return "The body could not be read. Nothing was changed.";
    }
    if (decision == null || decision.isNull() || decision.isMissingNode()) {
      decision = json.createObjectNode();
    }
    if (!decision.isObject()) {
      return "The body must be a JSON object with 'variables'. Nothing was changed.";
    }
    JsonNode variables = decision.path("variables");
    if (variables.isMissingNode() || variables.isNull() || variables.isEmpty()) {
      return null;
    }
    if (!variables.isObject()) {
      return "'variables' must be an object of the form's fields. Nothing was changed.";
    }
    Set<String> editable = editableFieldsOf(taskId);
    if (editable == null) {
      // no such task: the engine answers that (404, or 409 when it was just decided)
      return null;
    }
    List<String> foreign = new ArrayList<>();
    for (Iterator<String> names = variables.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!editable.contains(name)) {
        foreign.add(name);
      } else {
        String type = variables.path(name).path("type").asText("string").toLowerCase(Locale.ROOT);
        if (!VALUE_TYPES.contains(type)) {
          return "Field '" + name + "' must be a plain value, not of type '" + type + "'. Nothing was changed.";
        }
      }
    }
    if (!foreign.isEmpty()) {
      return "This task's decision takes only its form's fields " + editable + "; " + foreign
          + (foreign.size() == 1 ? " is" : " are") + " not among them. Nothing was changed.";
    }
    return null;
  }

  /**
   * The editable fields of the form the task binds to, its latest deployed version (Camunda Forms: keyed input
   * fields that are neither disabled nor read-only); null when there is no such task. Read without the caller's authorizations:
   * the engine still checks those when the decision reaches it.
   */
  private Set<String> editableFieldsOf(String taskId) {
    Authentication caller = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      Task task = tasks.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult();
      if (task == null) {
        return null;
      }
      Set<String> editable = new LinkedHashSet<>();
      if (task.getCamundaFormRef() == null && task.getFormKey() == null) {
        return editable;
      }
      try (InputStream form = forms.getDeployedTaskForm(taskId)) {
        collectEditable(json.readTree(form), editable);
      } catch (IOException e) {
        throw new IllegalStateException("The form of task " + taskId + " cannot be read", e);
      }
      return editable;
    } finally {
      if (caller != null) {
        identity.setAuthentication(caller);
      }
    }
  }

  private static void collectEditable(JsonNode component, Set<String> editable) {
    JsonNode key = component.get("key");
    boolean input = key != null && key.isTextual() && !component.path("disabled").asBoolean(false)
        && !component.path("readonly").asBoolean(false) && !"table".equals(component.path("type").asText());
    if (input) {
      editable.add(key.asText());
    }
    for (JsonNode child : component.path("components")) {
      collectEditable(child, editable);
    }
  }

  private static Set<String> rolesOfCaller() {
    var authentication = SecurityContextHolder.getContext().getAuthentication();
    Set<String> roles = new TreeSet<>();
    if (authentication == null || !authentication.isAuthenticated()) {
      return roles;
    }
    for (GrantedAuthority authority : authentication.getAuthorities()) {
      String name = authority.getAuthority();
      if (name != null && name.startsWith("ROLE_")) {
        roles.add(name.substring("ROLE_".length()));
      }
    }
    return roles;
  }

  private void refuse(HttpServletResponse response, int status, String title, String detail) throws IOException {
    ObjectNode problem = json.createObjectNode();
    problem.put("type", "https://podesk.io/problems/engine-route-refused");
    problem.put("title", title);
    problem.put("status", status);
    problem.put("detail", detail);
    // the engine REST API's own error shape, for clients written against it
    problem.put("message", detail);
    response.setStatus(status);
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(json.writeValueAsString(problem));
  }

  /** The request with its body read once here and given again to the engine. */
  private static final class ReplayedBody extends HttpServletRequestWrapper {

    private final byte[] body;

    ReplayedBody(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream bytes = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public boolean isFinished() {
          return bytes.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("The body is already read");
        }

        @Override
        public int read() {
          return bytes.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
          return bytes.read(buffer, offset, length);
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }
  }
}
