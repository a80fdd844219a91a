/** The purchase-order aggregate, its intake and validation, its status lifecycle and its HTTP API. */
package io.podesk.orders;
