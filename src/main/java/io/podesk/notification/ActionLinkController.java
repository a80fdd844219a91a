package io.podesk.notification;

import io.podesk.shared.ConflictException;
import io.podesk.shared.ForbiddenException;
import io.podesk.shared.InvalidInputException;
import io.podesk.shared.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

/**
 * The pages behind the links in mails. GET shows what the link will do and changes nothing (mail scanners and link
 * previews open it); POST does it. A link that cannot be used gets a page that says why, never a stack trace.
 */
@Controller
@RequestMapping("/links/{token}")
class ActionLinkController {

  private static final Logger log = LoggerFactory.getLogger(ActionLinkController.class);

  private final LinkActions actions;
  private final RequestCache requestCache = new HttpSessionRequestCache();

  ActionLinkController(LinkActions actions) {
    this.actions = actions;
  }

  @GetMapping
  String show(@PathVariable String token, Principal user, HttpServletRequest request, HttpServletResponse response,
      Model model) {
    LinkActions.LinkPage page = actions.open(token, nameOf(user));
    if (page.loginRequired() && user == null) {
      // back to this page after the login
      requestCache.saveRequest(request, response);
      return "redirect:/login";
    }
    model.addAttribute("page", page);
    model.addAttribute("token", token);
    return "links/confirm";
  }

  @PostMapping
  String perform(@PathVariable String token, @RequestParam(required = false) String decision,
      @RequestParam(required = false) String reason, @RequestParam(required = false) MultipartFile file,
      Principal user, HttpServletResponse response, Model model) throws IOException {
    LinkActions.LinkPage page = actions.open(token, nameOf(user));
    if (page.loginRequired() && user == null) {
      return "redirect:/links/" + token;
    }
    try {
      return switch (page.action()) {
        case APPROVAL -> decide(token, user, decision, reason, model);
        case UPLOAD_DOCUMENT -> upload(token, user, file, model);
        case REVISE -> "redirect:/portal/orders/" + actions.revise(token, nameOf(user)) + "/revise";
      };
    } catch (InvalidInputException e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      model.addAttribute("page", page);
      model.addAttribute("token", token);
      model.addAttribute("error", e.getMessage());
      model.addAttribute("reason", reason);
      return "links/confirm";
    }
  }

  private String decide(String token, Principal user, String decision, String reason, Model model) {
    if (!"approve".equals(decision) && !"reject".equals(decision)) {
      throw new InvalidInputException("decision", "Choose Approve or Reject");
    }
    boolean approved = "approve".equals(decision);
    if (!approved && (reason == null || reason.isBlank())) {
      throw new InvalidInputException("reason", "A rejection needs a reason the buyer can act on");
    }
    UUID id = actions.decide(token, nameOf(user), approved, approved ? null : reason.strip());
    return done(model, id, approved ? "Approved" : "Rejected",
        approved ? "Thank you: your approval is recorded." : "Thank you: your rejection and its reason are recorded.");
  }

  private String upload(String token, Principal user, MultipartFile file, Model model) throws IOException {
    if (file == null || file.isEmpty()) {
      throw new InvalidInputException("file", "Choose the signed PO (a PDF) to upload");
    }
    UUID id = actions.upload(token, nameOf(user), file.getOriginalFilename(), file.getBytes());
    return done(model, id, "Document received", "Thank you: the signed PO is attached to your order.");
  }

  private static String done(Model model, UUID purchaseOrderId, String title, String message) {
    model.addAttribute("title", title);
    model.addAttribute("message", message);
    model.addAttribute("orderPath", "/portal/orders/" + purchaseOrderId);
    return "links/done";
  }

  @ExceptionHandler(LinkRefused.class)
  ModelAndView refused(LinkRefused e, HttpServletRequest request) {
    if (e.reason() == LinkRefused.Reason.LOGIN_REQUIRED) {
      // the link's page sends to the login and back
      return new ModelAndView("redirect:" + request.getServletPath());
    }
    return refusal(e.reason().status(), e.reason().title(), e.explanation());
  }

  @ExceptionHandler(ConflictException.class)
  ModelAndView conflict(ConflictException e) {
    return refusal(HttpStatus.CONFLICT, "Already done", e.getMessage());
  }

  @ExceptionHandler(ForbiddenException.class)
  ModelAndView forbidden(ForbiddenException e) {
    return refusal(HttpStatus.FORBIDDEN, "Not for you", e.getMessage());
  }

  @ExceptionHandler(NotFoundException.class)
  ModelAndView notFound(NotFoundException e) {
    return refusal(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
  }

  @ExceptionHandler(Exception.class)
  ModelAndView unexpected(Exception e) {
    log.error("Mail link failed", e);
    return refusal(HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong",
        "Something went wrong on our side; nothing was changed and the link still works. Please try again later.");
  }

  private static ModelAndView refusal(HttpStatus status, String title, String explanation) {
    ModelAndView page = new ModelAndView("links/refused", status);
    page.addObject("title", title);
    page.addObject("explanation", explanation);
    return page;
  }

  private static String nameOf(Principal user) {
    return user == null ? null : user.getName();
  }
}
