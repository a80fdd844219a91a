package io.podesk.notification;

import io.podesk.documents.Documents;
import io.podesk.outbox.ChannelSender;
import jakarta.mail.internet.InternetAddress;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * The mail channel of the outbox: renders an outbox mail as a MIME message (text, HTML alternative, attachment from
 * the document store) and sends it over SMTP. Without SMTP (the default profile) mails stay in the outbox to be read.
 */
@Component
class OutboxMailSender implements ChannelSender<OutboxMail> {

  private final ObjectProvider<JavaMailSender> mailSender;
  private final MailProperties properties;
  private final Documents documents;

  OutboxMailSender(ObjectProvider<JavaMailSender> mailSender, MailProperties properties, Documents documents) {
    this.mailSender = mailSender;
    this.properties = properties;
    this.documents = documents;
  }

  @Override
  public Class<OutboxMail> messageType() {
    return OutboxMail.class;
  }

  @Override
  public boolean ready() {
    return properties.sendsOverSmtp() && mailSender.getIfAvailable() != null;
  }

  @Override
  public void send(OutboxMail mail) throws Exception {
    JavaMailSender sender = mailSender.getObject();
    var message = sender.createMimeMessage();
    boolean attachment = mail.attachmentDocumentId() != null;
    boolean html = mail.htmlBody() != null;
    // mixed: the text and HTML alternatives first, then the attachment if any
    var helper = html || attachment ? new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED, "UTF-8")
        : new MimeMessageHelper(message, "UTF-8");
    helper.setFrom(new InternetAddress(properties.from()));
    helper.setTo(mail.recipient());
    helper.setSubject(mail.subject());
    if (html) {
      helper.setText(mail.body(), mail.htmlBody());
    } else {
      helper.setText(mail.body(), false);
    }
    if (attachment) {
      byte[] pdf = documents.download(mail.attachmentDocumentId(), "mail to " + mail.recipient()).bytes();
      helper.addAttachment(mail.attachmentName(), new ByteArrayResource(pdf), "application/pdf");
    }
    sender.send(message);
  }
}
