package io.podesk.webhooks;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/** A system that wants to hear of some order events at a URL, with the secret that signs them. */
@Entity
@Table(name = "webhook_subscriptions")
class WebhookSubscription {

  @Id private UUID id;

  @Column(nullable = false)
  private String url;

  @Column(nullable = false)
  private String secret;

  /** Comma-separated event types. */
  @Column(nullable = false)
  private String events;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected WebhookSubscription() {}

  WebhookSubscription(String url, String secret, Set<String> events, Instant createdAt) {
    this.id = UUID.randomUUID();
    this.url = url;
    this.secret = secret;
    this.events = String.join(",", events);
    this.createdAt = createdAt;
  }

  boolean wants(String eventType) {
    return events().contains(eventType);
  }

  UUID id() {
    return id;
  }

  String url() {
    return url;
  }

  String secret() {
    return secret;
  }

  Set<String> events() {
    return Arrays.stream(events.split(",")).map(String::strip).collect(Collectors.toCollection(TreeSet::new));
  }

  Instant createdAt() {
    return createdAt;
  }
}
