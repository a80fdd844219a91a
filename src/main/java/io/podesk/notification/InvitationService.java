package io.podesk.notification;

import io.podesk.audit.AuditSubject;
import io.podesk.audit.AuditTrail;
import io.podesk.audit.AuditType;
import io.podesk.outbox.Outbox;
import io.podesk.shared.Actor;
import io.podesk.shared.FieldError;
import io.podesk.shared.Invitations;
import io.podesk.shared.InvalidInputException;
import io.podesk.shared.UserAccounts;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations to set a password: the mail with its signed single-use link, written to the outbox in the inviting
 * transaction, and the set-password page's check and change.
 */
@Service
class InvitationService implements Invitations {

  static final int MIN_PASSWORD = 12;
  static final int MAX_PASSWORD = 128;

  private final InvitationLinks invitations;
  private final SignedLinks signatures;
  private final MailTemplates templates;
  private final MailLinks urls;
  private final Outbox outbox;
  private final UserAccounts accounts;
  private final AuditTrail audit;
  private final LinkProperties properties;
  private final Clock clock;

  InvitationService(InvitationLinks invitations, SignedLinks signatures, MailTemplates templates, MailLinks urls,
      Outbox outbox, UserAccounts accounts, AuditTrail audit, LinkProperties properties, Clock clock) {
    this.invitations = invitations;
    this.signatures = signatures;
    this.templates = templates;
    this.urls = urls;
    this.outbox = outbox;
    this.accounts = accounts;
    this.audit = audit;
    this.properties = properties;
    this.clock = clock;
  }

  /** What the set-password page shows. */
  record InvitationPage(String userId, String email, Instant expiresAt) {}

  @Override
  @Transactional
  public void invite(Invitation invitation) {
    Instant now = Instant.now(clock);
    InvitationLink link = invitations.save(new InvitationLink(invitation.userId(), invitation.email(),
        invitation.invitedBy().name(), now.plus(properties.invitationValidity()), now));
    String url = urls.invitation(tokenOf(link));
    RenderedMail mail = templates.render("invitation", "Your PO Desk login: set your password", Map.of(
        "name", invitation.name(), "userId", invitation.userId(), "joining", invitation.joining(),
        "url", url, "expiresAt", link.expiresAt(), "loginUrl", urls.login()));
    outbox.enqueue(new OutboxMail(null, invitation.email(), mail.subject(), mail.text(), mail.html(), now));
    audit.recordChange(AuditSubject.person(invitation.userId()), invitation.invitedBy(), AuditType.INVITED,
        "Invited " + invitation.userId() + " (" + invitation.email() + ") to join " + invitation.joining(), null,
        null);
  }

  @Override
  @Transactional
  public void revokeAll(String userId) {
    Instant now = Instant.now(clock);
    invitations.findByUserId(userId).forEach(link -> link.revoke(now));
  }

  @Transactional(readOnly = true)
  InvitationPage open(String token) {
    InvitationLink link = verified(token, false);
    refuseIfUnusable(link);
    return new InvitationPage(link.userId(), link.email(), link.expiresAt());
  }

  /** Sets the person's password and spends the link; a wrong password leaves the link as it was. */
  @Transactional
  String accept(String token, String password, String confirmation) {
    InvitationLink link = verified(token, true);
    refuseIfUnusable(link);
    List<FieldError> errors = new ArrayList<>();
    if (password == null || password.length() < MIN_PASSWORD) {
      errors.add(new FieldError("password", "Choose a password of at least " + MIN_PASSWORD + " characters"));
    } else if (password.length() > MAX_PASSWORD) {
      errors.add(new FieldError("password", "A password may have at most " + MAX_PASSWORD + " characters"));
    } else if (password.equalsIgnoreCase(link.userId()) || password.strip().isEmpty()) {
      errors.add(new FieldError("password", "Choose a password that is not your user name"));
    } else if (!password.equals(confirmation)) {
      errors.add(new FieldError("passwordConfirmation", "The two passwords differ; type the same one twice"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors.get(0).message(), errors);
    }
    accounts.setPassword(link.userId(), password);
    link.use(Instant.now(clock));
    audit.recordChange(AuditSubject.person(link.userId()), Actor.person(link.userId()),
        AuditType.ACCEPTED_INVITATION, link.userId() + " set their password", null, null);
    return link.userId();
  }

  private void refuseIfUnusable(InvitationLink link) {
    LinkRefused.Reason reason = link.refusalAt(Instant.now(clock));
    if (reason != null) {
      throw new LinkRefused(reason);
    }
  }

  String tokenOf(InvitationLink link) {
    return link.id() + "." + signatures.sign(link.signedContent());
  }

  private InvitationLink verified(String token, boolean lock) {
    int dot = token == null ? -1 : token.indexOf('.');
    Optional<UUID> id = dot > 0 ? parse(token.substring(0, dot)) : Optional.empty();
    Optional<InvitationLink> link = id.flatMap(lock ? invitations::lockById : invitations::findById);
    if (link.isEmpty() || !MessageDigest.isEqual(
        signatures.sign(link.get().signedContent()).getBytes(StandardCharsets.US_ASCII),
        token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII))) {
      throw new LinkRefused(LinkRefused.Reason.UNKNOWN);
    }
    return link.get();
  }

  private static Optional<UUID> parse(String id) {
    try {
      UUID parsed = UUID.fromString(id);
      return parsed.toString().equals(id) ? Optional.of(parsed) : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
