package io.podesk.workflow;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Map;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;

/**
 * The engine wraps whatever a task listener throws, so {@code /engine-rest} would answer a refused decision
 * (no reason, four-eyes) with 500. This mapper finds our refusal in the cause chain and answers 400 with its
 * message, in the engine REST API's own error format; everything else keeps Camunda's handling.
 */
@Component
class EngineRestRefusals implements ResourceConfigCustomizer {

  @Override
  public void customize(org.glassfish.jersey.server.ResourceConfig config) {
    config.register(RefusalMapper.class);
  }

  @Priority(1)
  static class RefusalMapper implements ExceptionMapper<RestException> {

    private final RestExceptionHandler camunda = new RestExceptionHandler();

    @Override
    public Response toResponse(RestException exception) {
      for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
        if (cause instanceof FormFieldValidationException refusal) {
          return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
              .entity(Map.of("type", "FormFieldValidationException", "message", refusal.getMessage())).build();
        }
      }
      return camunda.toResponse(exception);
    }
  }
}
