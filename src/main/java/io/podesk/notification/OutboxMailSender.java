package io.podesk.notification;

import jakarta.mail.internet.InternetAddress;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers pending outbox mails over SMTP. Each mail is sent and marked in its own transaction; a failure
 * backs off and retries, and after the last attempt the mail stays FAILED for operations to see.
 */
@Component
class OutboxMailSender {

  private static final Logger log = LoggerFactory.getLogger(OutboxMailSender.class);

  private final OutboxMails outbox;
  private final ObjectProvider<JavaMailSender> mailSender;
  private final MailProperties properties;
  private final TransactionTemplate transactions;
  private final Clock clock;
  private final io.podesk.documents.Documents documents;

  OutboxMailSender(OutboxMails outbox, ObjectProvider<JavaMailSender> mailSender, MailProperties properties,
      TransactionTemplate transactions, Clock clock, io.podesk.documents.Documents documents) {
    this.documents = documents;
    this.outbox = outbox;
    this.mailSender = mailSender;
    this.properties = properties;
    this.transactions = transactions;
    this.clock = clock;
  }

  @Scheduled(fixedDelayString = "${podesk.mail.poll-interval}", initialDelayString = "${podesk.mail.poll-interval}")
  void sendPending() {
    JavaMailSender sender = mailSender.getIfAvailable();
    if (!properties.sendsOverSmtp() || sender == null) {
      return;
    }
    List<OutboxMail> due = outbox.findByStatusAndNextAttemptAtLessThanEqualOrderByCreatedAt(OutboxMail.Status.PENDING,
        Instant.now(clock), PageRequest.of(0, 50));
    due.forEach(mail -> transactions.executeWithoutResult(status -> send(sender, mail)));
  }

  private void send(JavaMailSender sender, OutboxMail mail) {
    OutboxMail current = outbox.lockById(mail.id()).orElseThrow();
    if (current.status() != OutboxMail.Status.PENDING) {
      return;
    }
    try {
      var message = sender.createMimeMessage();
      boolean attachment = current.attachmentDocumentId() != null;
      boolean html = current.htmlBody() != null;
      // mixed: the text and HTML alternatives first, then the attachment if any
      var helper = html || attachment ? new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED, "UTF-8")
          : new MimeMessageHelper(message, "UTF-8");
      helper.setFrom(new InternetAddress(properties.from()));
      helper.setTo(current.recipient());
      helper.setSubject(current.subject());
      if (html) {
        helper.setText(current.body(), current.htmlBody());
      } else {
        helper.setText(current.body(), false);
      }
      if (attachment) {
        byte[] pdf = documents.download(current.attachmentDocumentId(), "mail to " + current.recipient()).bytes();
        helper.addAttachment(current.attachmentName(), new ByteArrayResource(pdf), "application/pdf");
      }
      sender.send(message);
      current.sent(Instant.now(clock));
    } catch (Exception e) {
      log.warn("Mail '{}' to {} failed (attempt {}): {}", current.subject(), current.recipient(),
          current.attempts() + 1, e.getMessage());
      current.failed(e.getMessage(), Instant.now(clock), properties.maxAttempts());
    }
    outbox.save(current);
  }
}
