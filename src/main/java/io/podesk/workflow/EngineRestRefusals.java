package io.podesk.workflow;

import io.podesk.shared.ConflictException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Map;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.bpm.engine.rest.util.EngineUtil;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;

/**
 * The engine wraps whatever a task listener throws, so {@code /engine-rest} would answer a refused decision
 * (no reason, four-eyes) with 500. This mapper finds our refusal in the cause chain and answers 400 with its
 * message, in the engine REST API's own error format. A task decided twice at once (an optimistic lock, or our
 * record of the decision) or completed after it was decided answers 409 instead of 500/400, so the slower client
 * can tell "someone was first" from a failure; everything else keeps Camunda's handling.
 */
@Component
class EngineRestRefusals implements ResourceConfigCustomizer {

  @Override
  public void customize(org.glassfish.jersey.server.ResourceConfig config) {
    config.register(RefusalMapper.class);
  }

  @Priority(1)
  static class RefusalMapper implements ExceptionMapper<RestException> {

    private static final String ALREADY_DECIDED = "This task was already completed (by someone else, or by an "
        + "earlier request) and nothing was changed; reload the task list";

    private final RestExceptionHandler camunda = new RestExceptionHandler();

    @Context
    private UriInfo request;

    @Override
    public Response toResponse(RestException exception) {
      for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
        if (cause instanceof FormFieldValidationException refusal) {
          return answer(Response.Status.BAD_REQUEST, "FormFieldValidationException", refusal.getMessage());
        }
        if (cause instanceof OptimisticLockingException || cause instanceof ConflictException) {
          return answer(Response.Status.CONFLICT, "Conflict", ALREADY_DECIDED);
        }
      }
      if (completedTaskIsGone()) {
        return answer(Response.Status.CONFLICT, "Conflict", ALREADY_DECIDED);
      }
      return camunda.toResponse(exception);
    }

    /**
     * Completing a task that is gone: the engine answers "task is null" (400), or fails in odd places (500) when a
     * timer ended the step while the completion ran. Either way the task was decided elsewhere: 409.
     */
    private boolean completedTaskIsGone() {
      if (request == null) {
        return false;
      }
      var completion = java.util.regex.Pattern.compile(".*task/([^/]+)/(complete|submit-form)/?")
          .matcher(request.getPath());
      return completion.matches() && EngineUtil.lookupProcessEngine(null).getTaskService().createTaskQuery()
          .taskId(completion.group(1)).count() == 0;
    }

    private static Response answer(Response.Status status, String type, String message) {
      return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
          .entity(Map.of("type", type, "message", message)).build();
    }
  }
}
