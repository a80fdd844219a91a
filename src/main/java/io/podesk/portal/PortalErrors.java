package io.podesk.portal;

import io.podesk.shared.ConflictException;
import io.podesk.shared.ForbiddenException;
import io.podesk.shared.InvalidInputException;
import io.podesk.shared.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/** People get a page, not JSON, when something cannot be done; the status code stays the API's. */
@ControllerAdvice(basePackageClasses = PortalErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PortalErrors {

  @ExceptionHandler(NotFoundException.class)
  String notFound(NotFoundException e, Model model, HttpServletResponse response) {
    return page(HttpStatus.NOT_FOUND, "Not found", "We could not find that purchase order, document or invoice.",
        model, response);
  }

  @ExceptionHandler(ForbiddenException.class)
  String forbidden(ForbiddenException e, Model model, HttpServletResponse response) {
    return page(HttpStatus.FORBIDDEN, "Not allowed", e.getMessage(), model, response);
  }

  @ExceptionHandler(ConflictException.class)
  String conflict(ConflictException e, Model model, HttpServletResponse response) {
    return page(HttpStatus.CONFLICT, "Not possible now", e.getMessage(), model, response);
  }

  @ExceptionHandler(InvalidInputException.class)
  String invalid(InvalidInputException e, Model model, HttpServletResponse response) {
    return page(HttpStatus.BAD_REQUEST, "Please check your input",
        e.errors().isEmpty() ? e.getMessage() : e.errors().get(0).message(), model, response);
  }

  /** A form with more rows than any order may have (the binder stops growing its list). */
  @ExceptionHandler(InvalidPropertyException.class)
  String tooLarge(InvalidPropertyException e, Model model, HttpServletResponse response) {
    return page(HttpStatus.BAD_REQUEST, "Please check your input",
        "The form has more lines than an order may have (at most 500).", model, response);
  }

  /** A file over the upload limit; the limit is the servlet's multipart limit (podesk.documents.max-size). */
  @ExceptionHandler(MaxUploadSizeExceededException.class)
  String tooLargeFile(MaxUploadSizeExceededException e, Model model,
      HttpServletResponse response) {
    if (e.getMaxUploadSize() < 0 && String.valueOf(e.getMostSpecificCause().getMessage())
        .contains("Header section has more than")) {
      return page(HttpStatus.BAD_REQUEST, "Please check your input", "The file's name is too long. Nothing was "
          + "submitted; rename the file to at most 200 characters and upload it again.", model, response);
    }
    String limit = e.getMaxUploadSize() > 0 ? e.getMaxUploadSize() / (1024 * 1024) + " MB" : "20 MB";
    return page(HttpStatus.PAYLOAD_TOO_LARGE, "File too large", "The file is larger than the upload limit of "
        + limit + ". Nothing was submitted; upload a smaller PDF.", model, response);
  }

  @ExceptionHandler(MultipartException.class)
  String brokenUpload(MultipartException e, Model model,
      HttpServletResponse response) {
    return page(HttpStatus.BAD_REQUEST, "Upload incomplete", "The form did not arrive complete. Nothing was "
        + "submitted; please try again.", model, response);
  }

  private static String page(HttpStatus status, String title, String message, Model model,
      HttpServletResponse response) {
    response.setStatus(status.value());
    model.addAttribute("title", title);
    model.addAttribute("message", message);
    model.addAttribute("status", status.value());
    return "portal/problem";
  }
}
