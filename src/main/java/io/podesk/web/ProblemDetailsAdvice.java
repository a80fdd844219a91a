package io.podesk.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.podesk.shared.ConflictException;
import io.podesk.shared.FieldError;
import io.podesk.shared.ForbiddenException;
import io.podesk.shared.GoneException;
import io.podesk.shared.InvalidInputException;
import io.podesk.shared.NotFoundException;
import java.net.URI;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Every error of PO Desk's own API as RFC 7807 problem details, with field errors a client can act on. */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

  @ExceptionHandler(InvalidInputException.class)
  ProblemDetail invalid(InvalidInputException e) {
    return withErrors(problem(HttpStatus.BAD_REQUEST, "Invalid input", e.getMessage()), e.errors());
  }

  @ExceptionHandler(ConflictException.class)
  ProblemDetail conflict(ConflictException e) {
    return problem(HttpStatus.CONFLICT, "Conflict", e.getMessage());
  }

  @ExceptionHandler(OptimisticLockingFailureException.class)
  ProblemDetail concurrentChange(OptimisticLockingFailureException e) {
    return problem(HttpStatus.CONFLICT, "Conflict",
        "The order was changed by someone else at the same moment; nothing was saved, please reload and retry");
  }

  @ExceptionHandler(NotFoundException.class)
  ProblemDetail notFound(NotFoundException e) {
    return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
  }

  @ExceptionHandler(GoneException.class)
  ProblemDetail gone(GoneException e) {
    return problem(HttpStatus.GONE, "Gone", e.getMessage());
  }

  @ExceptionHandler(ForbiddenException.class)
  ProblemDetail forbidden(ForbiddenException e) {
    return problem(HttpStatus.FORBIDDEN, "Forbidden", e.getMessage());
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
    String message = e.getName() + " has an invalid value '" + e.getValue() + "'";
    return withErrors(problem(HttpStatus.BAD_REQUEST, "Invalid input", message),
        List.of(new FieldError(e.getName(), message)));
  }

  @Override
  protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    if (partHeadersTooLong(e)) {
      String message = "the file's name is too long; rename the file to at most 200 characters and upload it again";
      return ResponseEntity.badRequest().body(withErrors(problem(HttpStatus.BAD_REQUEST, "Invalid input", message),
          List.of(new FieldError("file", message))));
    }
    String limit = e.getMaxUploadSize() > 0 ? e.getMaxUploadSize() / (1024 * 1024) + " MB" : "20 MB";
    return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(withErrors(
        problem(HttpStatus.PAYLOAD_TOO_LARGE, "File too large", "The upload is larger than allowed; the limit is "
            + limit),
        List.of(new FieldError("file", "the file is larger than the upload limit of " + limit))));
  }

  /**
   * Tomcat refuses a part whose headers (its file name, mostly) pass its limit with a "size exceeded" error, which
   * Spring reports as a file over the upload limit; the file may be tiny.
   */
  private static boolean partHeadersTooLong(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (String.valueOf(cause.getMessage()).contains("Header section has more than")) {
        return true;
      }
    }
    return false;
  }

  /** A multipart body that ends early or has no boundary: nothing of it is used. */
  @ExceptionHandler(MultipartException.class)
  ProblemDetail brokenMultipart(MultipartException e) {
    String message = "the upload is not a complete multipart/form-data body; send the PDF as the field 'file'";
    return withErrors(problem(HttpStatus.BAD_REQUEST, "Malformed request", message),
        List.of(new FieldError("file", message)));
  }

  @Override
  protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    String given = e.getContentType() == null ? "none" : "'" + e.getContentType() + "'";
    String message = "Content-Type " + given + " is not accepted here; send "
        + e.getSupportedMediaTypes().stream().map(MediaType::toString).collect(Collectors.joining(" or "));
    return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).headers(headers).body(withErrors(
        problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type", message),
        List.of(new FieldError("Content-Type", message))));
  }

  @ExceptionHandler(Exception.class)
  ProblemDetail unexpected(Exception e) {
    log.error("Unexpected error", e);
    return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
        "Something went wrong on our side; nothing was changed. Please try again later.");
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    if (e.getMostSpecificCause() instanceof JsonBodyLimit.BodyTooLarge tooLarge) {
      String message = JsonBodyLimit.message(tooLarge.max());
      return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(withErrors(
          problem(HttpStatus.PAYLOAD_TOO_LARGE, "Payload too large", message),
          List.of(new FieldError("body", message))));
    }
    return ResponseEntity.badRequest().body(unreadable(e.getMostSpecificCause()));
  }

  @Override
  protected ResponseEntity<Object> handleMissingServletRequestPart(MissingServletRequestPartException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    String message = "the multipart field '" + e.getRequestPartName() + "' is missing";
    return ResponseEntity.badRequest().body(withErrors(problem(HttpStatus.BAD_REQUEST, "Invalid input", message),
        List.of(new FieldError(e.getRequestPartName(), message))));
  }

  @Override
  protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    String message = "the parameter '" + e.getParameterName() + "' is missing";
    return ResponseEntity.badRequest().body(withErrors(problem(HttpStatus.BAD_REQUEST, "Invalid input", message),
        List.of(new FieldError(e.getParameterName(), message))));
  }

  private static ProblemDetail unreadable(Throwable cause) {
    if (cause instanceof StreamConstraintsException limit) {
      String message = limitMessage(limit);
      return withErrors(problem(HttpStatus.BAD_REQUEST, "Malformed JSON", message),
          List.of(new FieldError("body", message)));
    }
    if (cause instanceof JsonParseException) {
      return withErrors(problem(HttpStatus.BAD_REQUEST, "Malformed JSON", "The request body is not valid JSON"),
          List.of(new FieldError("body", "not valid JSON: " + ((JsonParseException) cause).getOriginalMessage())));
    }
    if (cause instanceof JsonMappingException mapping) {
      String field = path(mapping);
      String message;
      if (cause instanceof UnrecognizedPropertyException unknown) {
        message = "unknown field '" + unknown.getPropertyName() + "'";
      } else if (cause instanceof InvalidFormatException format) {
        message = field + " has the wrong type: '" + format.getValue() + "' is not a "
            + simpleType(format.getTargetType());
      } else if (cause instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
        message = field + " has the wrong type: expected " + simpleType(mismatched.getTargetType());
      } else {
        message = field + " could not be read";
      }
      return withErrors(problem(HttpStatus.BAD_REQUEST, "Invalid input", message),
          List.of(new FieldError(field, message)));
    }
    return withErrors(problem(HttpStatus.BAD_REQUEST, "Malformed request", "The request body could not be read"),
        List.of(new FieldError("body", "the request body is missing or unreadable; send the JSON document")));
  }

  /** Jackson's own limits (nesting, number and text length), said without Jackson's class names. */
  static String limitMessage(StreamConstraintsException e) {
    String reason = String.valueOf(e.getOriginalMessage());
    if (reason.contains("nesting depth")) {
      return "the JSON nests deeper than 1000 levels of [ and {";
    }
    if (reason.contains("Number value length") || reason.contains("number")) {
      return "the JSON has a number with more than 1000 digits";
    }
    if (reason.contains("String value length") || reason.contains("Name length")) {
      return "the JSON has a text or field name that is too long";
    }
    return "the JSON exceeds a size limit";
  }

  private static String path(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference reference : e.getPath()) {
      if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      } else if (reference.getFieldName() != null) {
        path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
      }
    }
    return path.isEmpty() ? "body" : path.toString();
  }

  private static String simpleType(Class<?> type) {
    if (Number.class.isAssignableFrom(type)) {
      return "number";
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "list";
    }
    if (type == String.class) {
      return "string";
    }
    if (type.isEnum()) {
      return "one of " + Arrays.toString(type.getEnumConstants());
    }
    return "JSON object";
  }

  static ProblemDetail problem(HttpStatus status, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    problem.setType(URI.create("https://podesk.io/problems/" + title.toLowerCase().replace(' ', '-')));
    return problem;
  }

  private static ProblemDetail withErrors(ProblemDetail problem, List<FieldError> errors) {
    problem.setProperty("errors", errors);
    return problem;
  }
}
