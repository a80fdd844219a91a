package io.podesk.support;

import static org.awaitility.Awaitility.await;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/** Mails delivered over SMTP to the in-process GreenMail server. */
public final class Mailbox {

  private Mailbox() {}

  /** Waits until a mail to the recipient whose subject contains the text has arrived, and returns it. */
  public static MimeMessage awaitMail(String recipient, String subjectPart) {
    return await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
        .until(() -> find(recipient, subjectPart), list -> !list.isEmpty()).get(0);
  }

  public static List<MimeMessage> find(String recipient, String subjectPart) {
    return Arrays.stream(TestInfrastructure.greenMail().getReceivedMessages())
        .filter(message -> to(message).contains(recipient) && subject(message).contains(subjectPart))
        .toList();
  }

  /**
   * The subjects of every mail to the recipient, read once: for a test that checks a thousand orders' mails, where
   * {@link #find} per order would read every mail's headers a thousand times over.
   */
  public static List<String> subjectsTo(String recipient) {
    return Arrays.stream(TestInfrastructure.greenMail().getReceivedMessages())
        .filter(message -> to(message).contains(recipient)).map(Mailbox::subject).toList();
  }

  /** The plain-text body (of a multipart mail: its text/plain part). */
  public static String body(MimeMessage message) {
    return part(message, "text/plain");
  }

  /** The HTML body of a multipart/alternative mail, or null. */
  public static String html(MimeMessage message) {
    return part(message, "text/html");
  }

  private static String part(Part part, String type) {
    try {
      if (part.isMimeType(type) && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
        return String.valueOf(part.getContent());
      }
      if (part.getContent() instanceof Multipart multipart) {
        for (int i = 0; i < multipart.getCount(); i++) {
          String found = part(multipart.getBodyPart(i), type);
          if (found != null) {
            return found;
          }
        }
      }
      return null;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String to(MimeMessage message) {
    try {
      return Arrays.toString(message.getRecipients(Message.RecipientType.TO));
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String subject(MimeMessage message) {
    try {
      return String.valueOf(message.getSubject());
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
