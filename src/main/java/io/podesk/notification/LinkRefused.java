package io.podesk.notification;

import org.springframework.http.HttpStatus;

/** A mail link that cannot be used, and why; the link pages show the reason with a fitting status. */
class LinkRefused extends RuntimeException {

  /** Why a link is refused, with the status and the words the page uses. */
  enum Reason {
    UNKNOWN(HttpStatus.NOT_FOUND, "This link is not valid",
        "The link is incomplete or was changed. Please open it again from the mail, or copy the whole address."),
    USED(HttpStatus.GONE, "This link was already used",
        "Each link in our mails works once. Open the order in the portal to see where it stands."),
    EXPIRED(HttpStatus.GONE, "This link has expired",
        "Links in our mails work for a limited time. Open the order in the portal, or ask for a new mail."),
    LOGIN_REQUIRED(HttpStatus.UNAUTHORIZED, "Please log in first",
        "Approving an order of this size needs you logged in as well as the link."),
    FOREIGN(HttpStatus.FORBIDDEN, "This link is for someone else",
        "You are logged in as another user than the one this link was sent to. Log out, or ask the recipient."),
    SUPERSEDED(HttpStatus.GONE, "This link no longer applies",
        "The order or its approval task changed after this link was mailed, so the link does nothing. Open the order "
            + "in the portal to see where it stands.");

    private final HttpStatus status;
    private final String title;
    private final String explanation;

    Reason(HttpStatus status, String title, String explanation) {
      this.status = status;
      this.title = title;
      this.explanation = explanation;
    }

    HttpStatus status() {
      return status;
    }

    String title() {
      return title;
    }

    String explanation() {
      return explanation;
    }
  }

  private final Reason reason;
  private final String explanation;

  LinkRefused(Reason reason) {
    this(reason, reason.explanation());
  }

  /** A refusal whose page says more precisely than the reason's standard words what happened. */
  LinkRefused(Reason reason, String explanation) {
    super(reason.title());
    this.reason = reason;
    this.explanation = explanation;
  }

  Reason reason() {
    return reason;
  }

  String explanation() {
    return explanation;
  }
}
