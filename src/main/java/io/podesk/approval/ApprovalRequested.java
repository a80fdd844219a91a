package io.podesk.approval;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An approval task opened: every member of its candidate group is asked for a decision (one mail each, with a
 * link of their own).
 *
 * @param buyerSide whether the group is the buyer's company's approvers rather than seller staff
 */
public record ApprovalRequested(UUID purchaseOrderId, String poNumber, String group, boolean buyerSide,
    String taskId, List<Recipient> recipients, BigDecimal total, String currency, Instant slaDue) {

  /** Someone who may decide: their user id (the link is bound to it) and mail address. */
  public record Recipient(String userId, String name, String email) {}
}
