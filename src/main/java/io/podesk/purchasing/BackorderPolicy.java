package io.podesk.purchasing;

/** What happens to what a short delivery left open. */
enum BackorderPolicy {
  /** The remainder stays open and is expected in a later delivery. */
  KEEP_OPEN,
  /** The remainder is cancelled: the order is complete with what came. */
  CANCEL_REMAINDER,
  /** The purchaser decides, per short delivery. */
  ASK
}
