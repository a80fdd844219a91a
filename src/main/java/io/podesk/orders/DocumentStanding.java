package io.podesk.orders;

/**
 * Where an order stands on its signed PO document.
 *
 * @param required whether the order's company requires one
 * @param attached whether the order has one by now
 */
public record DocumentStanding(boolean required, boolean attached) {}
