package io.podesk.workflow.engine;

import static io.podesk.workflow.engine.EngineRoutes.Access.*;

import io.podesk.identity.Roles;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What each role may do through the engine's REST API ({@code /engine-rest}, and the same resources under
 * {@code /camunda/api/engine} that Tasklist and Cockpit use). Every write route of Camunda's engine REST OpenAPI
 * document (7.24) is listed here with its decision; a write route that is not listed is refused to everyone but
 * {@code admin}, and the test that walks the OpenAPI document fails until the new route is decided here.
 *
 * <p>People work their own tasks: a company approver or a seller staff member may list and read the tasks
 * Camunda's authorizations show them, read the variables their form shows, claim, unclaim, and complete or submit
 * the form of a task with the form's own fields (checked by {@link EngineRouteRules}). Staff may also run the
 * read-only queries Tasklist uses. Analysts deploy models. Everything else (variable writes, instance
 * modification, migration, messages and signals, jobs and incidents, identity, authorizations, filters) is for
 * {@code admin} only.
 */
final class EngineRoutes {

  enum Method { GET, POST, PUT, DELETE, PATCH }

  /** What a route does, and so who may use it. */
  enum Access {
    /** Reading tasks and what their forms show. */
    TASK_READ(Roles.COMPANY_APPROVER, Roles.SALES_REP, Roles.SALES_MANAGER, Roles.FINANCE, Roles.CREDIT_CONTROL,
        Roles.DIRECTOR, Roles.ADMIN),
    TASK_CLAIM(TASK_READ),
    /** Completing a task or submitting its form: with the form's own editable fields only. */
    TASK_DECISION(TASK_READ),
    /** Any other read, and the queries sent as POST; Camunda's authorizations limit the result. */
    READ(Roles.SALES_REP, Roles.SALES_MANAGER, Roles.FINANCE, Roles.CREDIT_CONTROL, Roles.DIRECTOR,
        Roles.ANALYST, Roles.ADMIN),
    QUERY(READ),
    /** A task query sent as POST: Camunda's authorizations limit the result. */
    TASK_QUERY(TASK_READ, QUERY),
    /** Deploying BPMN, DMN and forms, as Camunda Modeler does. */
    DEPLOYMENT(Roles.ANALYST, Roles.ADMIN),
    ADMIN(Roles.ADMIN);

    private final Set<String> roles;

    Access(String... roles) {
      this.roles = Set.of(roles);
    }

    Access(Access... like) {
      this.roles = Arrays.stream(like).flatMap(access -> access.roles.stream())
          .collect(Collectors.toUnmodifiableSet());
    }

    boolean permits(Collection<String> rolesOfCaller) {
      return rolesOfCaller.stream().anyMatch(roles::contains);
    }

    Set<String> roles() {
      return roles;
    }
  }

  record Route(Method method, String template, Access access, Pattern pattern, int variables) {

    static Route of(Method method, String template, Access access) {
      String regex = Pattern.quote(template).replaceAll("\\{[^}]+\\}", "\\\\E[^/]+\\\\Q");
      return new Route(method, template, access, Pattern.compile(regex + "/?"),
          (int) template.chars().filter(c -> c == '{').count());
    }

    boolean matches(Method requested, String path) {
      return method == requested && pattern.matcher(path).matches();
    }
  }

  /** The task reads a company approver may make: their tasks, the forms and the variables those show. */
  private static final List<Pattern> TASK_READS = List.of(
      Pattern.compile("/task/?"), Pattern.compile("/task/count/?"), Pattern.compile("/task/[^/]+/?"),
      Pattern.compile("/task/[^/]+/(form|deployed-form|rendered-form|form-variables|variables|identity-links)/?"),
      Pattern.compile("/task/[^/]+/variables/[^/]+/?"), Pattern.compile("/version/?"));

  /** Every write route of the engine REST API 7.24 (camunda-engine-rest-openapi), with its decision. */
  static final List<Route> WRITE_ROUTES = List.of(
      route(Method.POST, "/authorization/create", ADMIN),
      route(Method.DELETE, "/authorization/{id}", ADMIN),
      route(Method.PUT, "/authorization/{id}", ADMIN),
      route(Method.DELETE, "/batch/{id}", ADMIN),
      route(Method.PUT, "/batch/{id}/suspended", ADMIN),
      route(Method.POST, "/condition", ADMIN),
      route(Method.POST, "/decision-definition/key/{key}/evaluate", ADMIN),
      route(Method.PUT, "/decision-definition/key/{key}/history-time-to-live", ADMIN),
      route(Method.POST, "/decision-definition/key/{key}/tenant-id/{tenant-id}/evaluate", ADMIN),
      route(Method.PUT, "/decision-definition/key/{key}/tenant-id/{tenant-id}/history-time-to-live", ADMIN),
      route(Method.POST, "/decision-definition/{id}/evaluate", ADMIN),
      route(Method.PUT, "/decision-definition/{id}/history-time-to-live", ADMIN),
      route(Method.POST, "/deployment/create", DEPLOYMENT),
      route(Method.DELETE, "/deployment/{id}", ADMIN),
      route(Method.POST, "/deployment/{id}/redeploy", DEPLOYMENT),
      route(Method.POST, "/execution", QUERY),
      route(Method.POST, "/execution/count", QUERY),
      route(Method.POST, "/execution/{id}/create-incident", ADMIN),
      route(Method.POST, "/execution/{id}/localVariables", ADMIN),
      route(Method.DELETE, "/execution/{id}/localVariables/{varName}", ADMIN),
      route(Method.PUT, "/execution/{id}/localVariables/{varName}", ADMIN),
      route(Method.POST, "/execution/{id}/localVariables/{varName}/data", ADMIN),
      route(Method.POST, "/execution/{id}/messageSubscriptions/{messageName}/trigger", ADMIN),
      route(Method.POST, "/execution/{id}/signal", ADMIN),
      route(Method.POST, "/external-task", QUERY),
      route(Method.POST, "/external-task/count", QUERY),
      route(Method.POST, "/external-task/fetchAndLock", ADMIN),
      route(Method.PUT, "/external-task/retries", ADMIN),
      route(Method.POST, "/external-task/retries-async", ADMIN),
      route(Method.POST, "/external-task/{id}/bpmnError", ADMIN),
      route(Method.POST, "/external-task/{id}/complete", ADMIN),
      route(Method.POST, "/external-task/{id}/extendLock", ADMIN),
      route(Method.POST, "/external-task/{id}/failure", ADMIN),
      route(Method.POST, "/external-task/{id}/lock", ADMIN),
      route(Method.PUT, "/external-task/{id}/priority", ADMIN),
      route(Method.PUT, "/external-task/{id}/retries", ADMIN),
      route(Method.POST, "/external-task/{id}/unlock", ADMIN),
      route(Method.POST, "/filter/create", ADMIN),
      route(Method.DELETE, "/filter/{id}", ADMIN),
      route(Method.PUT, "/filter/{id}", ADMIN),
      route(Method.POST, "/filter/{id}/count", QUERY),
      route(Method.POST, "/filter/{id}/list", QUERY),
      route(Method.POST, "/filter/{id}/singleResult", QUERY),
      route(Method.POST, "/group", QUERY),
      route(Method.POST, "/group/count", QUERY),
      route(Method.POST, "/group/create", ADMIN),
      route(Method.DELETE, "/group/{id}", ADMIN),
      route(Method.PUT, "/group/{id}", ADMIN),
      route(Method.DELETE, "/group/{id}/members/{userId}", ADMIN),
      route(Method.PUT, "/group/{id}/members/{userId}", ADMIN),
      route(Method.POST, "/history/activity-instance", QUERY),
      route(Method.POST, "/history/activity-instance/count", QUERY),
      route(Method.POST, "/history/batch/set-removal-time", ADMIN),
      route(Method.DELETE, "/history/batch/{id}", ADMIN),
      route(Method.POST, "/history/cleanup", ADMIN),
      route(Method.POST, "/history/decision-instance/delete", ADMIN),
      route(Method.POST, "/history/decision-instance/set-removal-time", ADMIN),
      route(Method.POST, "/history/detail", QUERY),
      route(Method.POST, "/history/external-task-log", QUERY),
      route(Method.POST, "/history/external-task-log/count", QUERY),
      route(Method.POST, "/history/job-log", QUERY),
      route(Method.POST, "/history/job-log/count", QUERY),
      route(Method.POST, "/history/process-instance", QUERY),
      route(Method.POST, "/history/process-instance/count", QUERY),
      route(Method.POST, "/history/process-instance/delete", ADMIN),
      route(Method.POST, "/history/process-instance/set-removal-time", ADMIN),
      route(Method.DELETE, "/history/process-instance/{id}", ADMIN),
      route(Method.DELETE, "/history/process-instance/{id}/variable-instances", ADMIN),
      route(Method.POST, "/history/task", QUERY),
      route(Method.POST, "/history/task/count", QUERY),
      route(Method.PUT, "/history/user-operation/{operationId}/clear-annotation", ADMIN),
      route(Method.PUT, "/history/user-operation/{operationId}/set-annotation", ADMIN),
      route(Method.POST, "/history/variable-instance", QUERY),
      route(Method.POST, "/history/variable-instance/count", QUERY),
      route(Method.DELETE, "/history/variable-instance/{id}", ADMIN),
      route(Method.POST, "/identity/password-policy", ADMIN),
      route(Method.POST, "/identity/verify", ADMIN),
      route(Method.DELETE, "/incident/{id}", ADMIN),
      route(Method.DELETE, "/incident/{id}/annotation", ADMIN),
      route(Method.PUT, "/incident/{id}/annotation", ADMIN),
      route(Method.POST, "/job", QUERY),
      route(Method.POST, "/job-definition", QUERY),
      route(Method.POST, "/job-definition/count", QUERY),
      route(Method.PUT, "/job-definition/suspended", ADMIN),
      route(Method.PUT, "/job-definition/{id}/jobPriority", ADMIN),
      route(Method.PUT, "/job-definition/{id}/retries", ADMIN),
      route(Method.PUT, "/job-definition/{id}/suspended", ADMIN),
      route(Method.POST, "/job/count", QUERY),
      route(Method.POST, "/job/retries", ADMIN),
      route(Method.PUT, "/job/suspended", ADMIN),
      route(Method.DELETE, "/job/{id}", ADMIN),
      route(Method.PUT, "/job/{id}/duedate", ADMIN),
      route(Method.POST, "/job/{id}/duedate/recalculate", ADMIN),
      route(Method.POST, "/job/{id}/execute", ADMIN),
      route(Method.PUT, "/job/{id}/priority", ADMIN),
      route(Method.PUT, "/job/{id}/retries", ADMIN),
      route(Method.PUT, "/job/{id}/suspended", ADMIN),
      route(Method.POST, "/message", ADMIN),
      route(Method.DELETE, "/metrics/task-worker", ADMIN),
      route(Method.POST, "/migration/execute", ADMIN),
      route(Method.POST, "/migration/executeAsync", ADMIN),
      route(Method.POST, "/migration/generate", ADMIN),
      route(Method.POST, "/migration/validate", ADMIN),
      route(Method.POST, "/modification/execute", ADMIN),
      route(Method.POST, "/modification/executeAsync", ADMIN),
      route(Method.DELETE, "/process-definition/key/{key}", ADMIN),
      route(Method.PUT, "/process-definition/key/{key}/history-time-to-live", ADMIN),
      route(Method.POST, "/process-definition/key/{key}/start", ADMIN),
      route(Method.POST, "/process-definition/key/{key}/submit-form", ADMIN),
      route(Method.PUT, "/process-definition/key/{key}/suspended", ADMIN),
      route(Method.DELETE, "/process-definition/key/{key}/tenant-id/{tenant-id}", ADMIN),
      route(Method.PUT, "/process-definition/key/{key}/tenant-id/{tenant-id}/history-time-to-live", ADMIN),
      route(Method.POST, "/process-definition/key/{key}/tenant-id/{tenant-id}/start", ADMIN),
      route(Method.POST, "/process-definition/key/{key}/tenant-id/{tenant-id}/submit-form", ADMIN),
      route(Method.PUT, "/process-definition/key/{key}/tenant-id/{tenant-id}/suspended", ADMIN),
      route(Method.PUT, "/process-definition/suspended", ADMIN),
      route(Method.DELETE, "/process-definition/{id}", ADMIN),
      route(Method.PUT, "/process-definition/{id}/history-time-to-live", ADMIN),
      route(Method.POST, "/process-definition/{id}/restart", ADMIN),
      route(Method.POST, "/process-definition/{id}/restart-async", ADMIN),
      route(Method.POST, "/process-definition/{id}/start", ADMIN),
      route(Method.POST, "/process-definition/{id}/submit-form", ADMIN),
      route(Method.PUT, "/process-definition/{id}/suspended", ADMIN),
      route(Method.POST, "/process-instance", QUERY),
      route(Method.POST, "/process-instance/count", QUERY),
      route(Method.POST, "/process-instance/delete", ADMIN),
      route(Method.POST, "/process-instance/delete-historic-query-based", ADMIN),
      route(Method.POST, "/process-instance/job-retries", ADMIN),
      route(Method.POST, "/process-instance/job-retries-historic-query-based", ADMIN),
      route(Method.POST, "/process-instance/message-async", ADMIN),
      route(Method.PUT, "/process-instance/suspended", ADMIN),
      route(Method.POST, "/process-instance/suspended-async", ADMIN),
      route(Method.POST, "/process-instance/variables-async", ADMIN),
      route(Method.DELETE, "/process-instance/{id}", ADMIN),
      route(Method.DELETE, "/process-instance/{id}/comment", ADMIN),
      route(Method.PUT, "/process-instance/{id}/comment", ADMIN),
      route(Method.DELETE, "/process-instance/{id}/comment/{commentId}", ADMIN),
      route(Method.POST, "/process-instance/{id}/modification", ADMIN),
      route(Method.POST, "/process-instance/{id}/modification-async", ADMIN),
      route(Method.PUT, "/process-instance/{id}/suspended", ADMIN),
      route(Method.POST, "/process-instance/{id}/variables", ADMIN),
      route(Method.DELETE, "/process-instance/{id}/variables/{varName}", ADMIN),
      route(Method.PUT, "/process-instance/{id}/variables/{varName}", ADMIN),
      route(Method.POST, "/process-instance/{id}/variables/{varName}/data", ADMIN),
      route(Method.POST, "/schema/log", ADMIN),
      route(Method.POST, "/signal", ADMIN),
      route(Method.POST, "/task", TASK_QUERY),
      route(Method.POST, "/task/count", TASK_QUERY),
      route(Method.POST, "/task/create", ADMIN),
      route(Method.DELETE, "/task/{id}", ADMIN),
      route(Method.PUT, "/task/{id}", ADMIN),
      route(Method.POST, "/task/{id}/assignee", ADMIN),
      route(Method.POST, "/task/{id}/attachment/create", ADMIN),
      route(Method.DELETE, "/task/{id}/attachment/{attachmentId}", ADMIN),
      route(Method.POST, "/task/{id}/bpmnError", ADMIN),
      route(Method.POST, "/task/{id}/bpmnEscalation", ADMIN),
      route(Method.POST, "/task/{id}/claim", TASK_CLAIM),
      route(Method.DELETE, "/task/{id}/comment", ADMIN),
      route(Method.PUT, "/task/{id}/comment", ADMIN),
      route(Method.POST, "/task/{id}/comment/create", ADMIN),
      route(Method.DELETE, "/task/{id}/comment/{commentId}", ADMIN),
      route(Method.POST, "/task/{id}/complete", TASK_DECISION),
      route(Method.POST, "/task/{id}/delegate", ADMIN),
      route(Method.POST, "/task/{id}/identity-links", ADMIN),
      route(Method.POST, "/task/{id}/identity-links/delete", ADMIN),
      route(Method.POST, "/task/{id}/localVariables", ADMIN),
      route(Method.DELETE, "/task/{id}/localVariables/{varName}", ADMIN),
      route(Method.PUT, "/task/{id}/localVariables/{varName}", ADMIN),
      route(Method.POST, "/task/{id}/localVariables/{varName}/data", ADMIN),
      route(Method.POST, "/task/{id}/resolve", ADMIN),
      route(Method.POST, "/task/{id}/submit-form", TASK_DECISION),
      route(Method.POST, "/task/{id}/unclaim", TASK_CLAIM),
      route(Method.POST, "/task/{id}/variables", ADMIN),
      route(Method.DELETE, "/task/{id}/variables/{varName}", ADMIN),
      route(Method.PUT, "/task/{id}/variables/{varName}", ADMIN),
      route(Method.POST, "/task/{id}/variables/{varName}/data", ADMIN),
      route(Method.POST, "/telemetry/configuration", ADMIN),
      route(Method.POST, "/tenant/create", ADMIN),
      route(Method.DELETE, "/tenant/{id}", ADMIN),
      route(Method.PUT, "/tenant/{id}", ADMIN),
      route(Method.DELETE, "/tenant/{id}/group-members/{groupId}", ADMIN),
      route(Method.PUT, "/tenant/{id}/group-members/{groupId}", ADMIN),
      route(Method.DELETE, "/tenant/{id}/user-members/{userId}", ADMIN),
      route(Method.PUT, "/tenant/{id}/user-members/{userId}", ADMIN),
      route(Method.POST, "/user/create", ADMIN),
      route(Method.DELETE, "/user/{id}", ADMIN),
      route(Method.PUT, "/user/{id}/credentials", ADMIN),
      route(Method.PUT, "/user/{id}/profile", ADMIN),
      route(Method.POST, "/user/{id}/unlock", ADMIN),
      route(Method.POST, "/variable-instance", QUERY),
      route(Method.POST, "/variable-instance/count", QUERY)
      ).stream().sorted(Comparator.comparingInt(Route::variables)).toList();

  private EngineRoutes() {}

  private static Route route(Method method, String template, Access access) {
    return Route.of(method, template, access);
  }

  /**
   * The access a request needs: a listed write route's decision, {@link Access#ADMIN} for an unlisted write, the
   * task reads for task GETs, else {@link Access#READ}.
   *
   * @param path the path inside the engine API, e.g. {@code /task/42/complete}
   */
  static Access accessFor(String httpMethod, String path) {
    Method method = methodOf(httpMethod);
    if (method == Method.GET) {
      return TASK_READS.stream().anyMatch(read -> read.matcher(path).matches()) ? TASK_READ : READ;
    }
    return WRITE_ROUTES.stream().filter(route -> route.matches(method, path)).findFirst().map(Route::access)
        .orElse(ADMIN);
  }

  private static Method methodOf(String httpMethod) {
    return switch (httpMethod.toUpperCase(Locale.ROOT)) {
      case "GET", "HEAD", "OPTIONS" -> Method.GET;
      case "POST" -> Method.POST;
      case "PUT" -> Method.PUT;
      case "DELETE" -> Method.DELETE;
      case "PATCH" -> Method.PATCH;
      // anything else writes nothing the API knows of, but nobody but admin needs it
      default -> Method.PATCH;
    };
  }

  /** The path inside the engine API: without the servlet prefix and a named engine's {@code /engine/{name}}. */
  static String pathInEngineApi(String pathWithinApplication) {
    String path = pathWithinApplication;
    for (String prefix : List.of("/engine-rest", "/camunda/api/engine")) {
      if (path.startsWith(prefix + "/")) {
        path = path.substring(prefix.length());
        break;
      }
    }
    if (path.startsWith("/engine/")) {
      int next = path.indexOf('/', "/engine/".length());
      path = next < 0 ? "/" : path.substring(next);
    }
    return path;
  }
}
