/**
 * What the seller sells and at what price: products (SKU, unit, tax class, pack size, minimum order quantity) and
 * price lists (a base list, contract lists per company or customer group) with validity dates and quantity breaks.
 */
package io.podesk.catalog;
