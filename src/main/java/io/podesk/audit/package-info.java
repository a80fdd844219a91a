/** The append-only audit trail that answers who did what to a purchase order, and when. */
package io.podesk.audit;
