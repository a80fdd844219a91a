package io.podesk.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How often mails are sent and retried is the outbox's ({@code podesk.outbox.*}), as for every channel.
 *
 * @param delivery {@code smtp} sends the outbox over SMTP; {@code outbox} keeps mails there to be read
 */
@ConfigurationProperties("podesk.mail")
record MailProperties(String from, String delivery) {

  boolean sendsOverSmtp() {
    return "smtp".equals(delivery);
  }
}
