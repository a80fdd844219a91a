/**
 * The buy side (issue 15): the seller's suppliers and what each sells, at what price, lead time, minimum and pack,
 * with the match tolerances their invoices are held to. Buy orders, receipts and the three-way match follow.
 */
package io.podesk.purchasing;
