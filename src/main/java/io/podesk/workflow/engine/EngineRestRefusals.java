package io.podesk.workflow.engine;

import io.podesk.shared.ConflictException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandler;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.bpm.engine.rest.util.EngineUtil;
import org.glassfish.jersey.server.ResourceConfig;
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
  public void customize(ResourceConfig config) {
    config.register(RefusalMapper.class);
    config.register(GoneTaskMapper.class);
    config.register(AnyFailureMapper.class);
  }

  /**
   * Answers a task completion that failed because another one was first with 409 (see {@link
   * RefusalMapper#forCompletion}); anything else goes to Camunda's own handler for the type.
   */
  abstract static class CompletionFirstMapper<E extends Throwable> implements ExceptionMapper<E> {

    private final ExceptionMapper<? super E> camunda;

    @Context
    private UriInfo request;

    CompletionFirstMapper(ExceptionMapper<? super E> camunda) {
      this.camunda = camunda;
    }

    @Override
    public Response toResponse(E exception) {
      Response completion = RefusalMapper.forCompletion(request);
      return completion != null ? completion : camunda.toResponse(exception);
    }
  }

  /**
   * Even a NullPointerException inside the engine (the execution tree deleted under a completion by the step's
   * timer or the other approver) is "someone was first" when the task is gone: 409, not 500.
   */
  @Priority(1)
  static class AnyFailureMapper extends CompletionFirstMapper<Exception> {

    AnyFailureMapper() {
      super(new ExceptionHandler());
    }
  }

  /**
   * A completion that starts after another one committed can meet the engine's authorization check on the deleted
   * task (403) before anything else: that is the same "someone was first", so 409 too.
   */
  @Priority(1)
  static class GoneTaskMapper extends CompletionFirstMapper<ProcessEngineException> {

    GoneTaskMapper() {
      super(new ProcessEngineExceptionHandler());
    }
  }

  @Priority(1)
  static class RefusalMapper implements ExceptionMapper<RestException> {

    private static final Pattern COMPLETION =
        Pattern.compile(".*task/([^/]+)/(complete|submit-form)/?");

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
      Response completion = forCompletion(request);
      if (completion != null) {
        return completion;
      }
      return camunda.toResponse(exception);
    }

    /**
     * Completing a task that is gone (it existed: history knows it; else 404): the engine answers "task is null" (400), or fails in odd places (500) when a
     * timer ended the step while the completion ran. Either way the task was decided elsewhere: 409.
     */
    static Response forCompletion(UriInfo request) {
      if (request == null) {
        return null;
      }
      var completion = COMPLETION.matcher(request.getPath());
      if (!completion.matches()) {
        return null;
      }
      String taskId = completion.group(1);
      // whether the task exists at all, not whether the caller may see it: someone else's task stays a 403/404
      var configuration = (ProcessEngineConfigurationImpl)
          EngineUtil.lookupProcessEngine(null).getProcessEngineConfiguration();
      return configuration.getCommandExecutorTxRequired().execute(context -> {
        context.disableAuthorizationCheck();
        try {
          if (context.getTaskManager().findTaskById(taskId) != null) {
            return null;
          }
          return context.getHistoricTaskInstanceManager().findHistoricTaskInstanceById(taskId) != null
              ? answer(Response.Status.CONFLICT, "Conflict", ALREADY_DECIDED)
              : answer(Response.Status.NOT_FOUND, "NotFound", "There is no task " + taskId);
        } finally {
          context.enableAuthorizationCheck();
        }
      });
    }

    private static Response answer(Response.Status status, String type, String message) {
      return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
          .entity(Map.of("type", type, "message", message)).build();
    }
  }
}
