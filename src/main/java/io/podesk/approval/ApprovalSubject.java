package io.podesk.approval;

import io.podesk.shared.CompanyId;
import io.podesk.shared.Money;
import io.podesk.shared.PurchaseOrderId;
import java.time.Instant;
import java.util.Optional;

/**
 * The order an approval is about, as far as approval needs to know it: who submitted it (four eyes), its total in
 * the base currency (authority limits), its company's sales rep (stalled approvals) and how to name it in mail.
 *
 * @param totalInBase the total in the seller's base currency; empty when no rate converts it
 * @param updatedAt when the order last changed (a stalled approval has waited since then)
 */
public record ApprovalSubject(PurchaseOrderId id, String displayName, CompanyId companyId, String submittedBy,
    Money total, Optional<Money> totalInBase, String salesRep, Instant updatedAt) {}
