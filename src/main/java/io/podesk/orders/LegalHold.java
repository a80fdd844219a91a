package io.podesk.orders;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** A legal hold on an order: while it stands, retention removes none of the order's documents. */
@Embeddable
public record LegalHold(
    @Column(name = "legal_hold_reason") String reason,
    @Column(name = "legal_hold_by") String heldBy,
    @Column(name = "legal_hold_at") Instant heldAt) {}
