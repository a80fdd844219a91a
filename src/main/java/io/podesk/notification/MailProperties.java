package io.podesk.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param delivery {@code smtp} sends the outbox over SMTP; {@code outbox} keeps mails there to be read
 * @param pollInterval how often the outbox is scanned for mails to send
 * @param maxAttempts attempts before a mail is marked FAILED
 */
@ConfigurationProperties("podesk.mail")
public record MailProperties(String from, String delivery, Duration pollInterval, int maxAttempts) {

  boolean sendsOverSmtp() {
    return "smtp".equals(delivery);
  }
}
