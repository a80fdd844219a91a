package io.podesk.orders;

import io.podesk.shared.Money;

/**
 * What a revision changes on an order the ERP already has: the facts the re-approval table
 * ({@code processes/reapproval.dmn}) decides from.
 *
 * @param totalDelta the new total minus the approved one, in the base currency (in the order's currency when there
 *     is no rate); positive when the total rose. The re-approval table gets its amount as a plain number
 * @param linesChanged a line's SKU, quantity or price changed, or a line came or went
 * @param shipToChanged the goods go to another address
 * @param documentReplaced a new signed PO document replaces the approved one
 */
public record RevisionChange(Money totalDelta, boolean linesChanged, boolean shipToChanged,
    boolean documentReplaced) {}
