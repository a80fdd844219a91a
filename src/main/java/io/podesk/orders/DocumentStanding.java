package io.podesk.orders;

import java.time.Period;

/**
 * Where an order stands on its signed PO document.
 *
 * @param required whether the order's company requires one
 * @param attached whether the order has one by now
 * @param reminderAfter how long after it starts waiting the buyer is reminded (again after each reminder)
 * @param cancelAfter how long after it starts waiting an order still without one is cancelled
 */
public record DocumentStanding(boolean required, boolean attached, Period reminderAfter, Period cancelAfter) {}
