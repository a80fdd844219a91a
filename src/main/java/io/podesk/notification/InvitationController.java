package io.podesk.notification;

import io.podesk.shared.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The set-password page behind an invitation's link: GET shows it and changes nothing (mail scanners open links),
 * POST sets the password and spends the link.
 */
@Controller
@RequestMapping("/links/invitations/{token}")
class InvitationController {

  private static final Logger log = LoggerFactory.getLogger(InvitationController.class);

  private final InvitationService invitations;

  InvitationController(InvitationService invitations) {
    this.invitations = invitations;
  }

  @GetMapping
  String show(@PathVariable String token, Model model) {
    model.addAttribute("page", invitations.open(token));
    model.addAttribute("token", token);
    return "links/set-password";
  }

  @PostMapping
  String setPassword(@PathVariable String token, @RequestParam(required = false) String password,
      @RequestParam(required = false) String passwordConfirmation, HttpServletResponse response, Model model) {
    try {
      model.addAttribute("userId", invitations.accept(token, password, passwordConfirmation));
      return "links/password-set";
    } catch (InvalidInputException e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      model.addAttribute("page", invitations.open(token));
      model.addAttribute("token", token);
      model.addAttribute("error", e.getMessage());
      return "links/set-password";
    }
  }

  @ExceptionHandler(LinkRefused.class)
  ModelAndView refused(LinkRefused e) {
    String explanation = switch (e.reason()) {
      case USED -> "This invitation was used already: your password is set. Log in; if you lost the password, ask "
          + "an admin to invite you again.";
      case EXPIRED -> "This invitation has expired or was withdrawn. Ask whoever invited you for a new one.";
      default -> "The link is incomplete or was changed. Please open it again from the mail, or copy the whole "
          + "address.";
    };
    return refusal(e.reason().status(), e.reason().title(), explanation);
  }

  @ExceptionHandler(Exception.class)
  ModelAndView unexpected(Exception e) {
    log.error("Invitation link failed", e);
    return refusal(HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong",
        "Something went wrong on our side; nothing was changed and the link still works. Please try again later.");
  }

  private static ModelAndView refusal(HttpStatus status, String title, String explanation) {
    ModelAndView page = new ModelAndView("links/refused", status);
    page.addObject("title", title);
    page.addObject("explanation", explanation);
    return page;
  }
}
