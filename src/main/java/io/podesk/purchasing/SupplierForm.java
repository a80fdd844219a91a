package io.podesk.purchasing;

/**
 * A supplier as the admin API takes and shows it ({@code /api/admin/suppliers}); missing numbers take their
 * defaults (acknowledgement within 24 hours, backorders kept open, the default tolerances).
 *
 * @param paymentTerms {@code {"type": "NET", "days": 30}}, {@code {"type": "DUE_ON_RECEIPT"}} or
 *     {@code {"type": "END_OF_MONTH", "days": 30}}
 * @param ackSlaHours how long the supplier has to acknowledge an order
 */
record SupplierForm(String code, String name, String email, String currency, Terms paymentTerms,
    Integer ackSlaHours, BackorderPolicy backorderPolicy, Tolerances tolerances, Boolean active) {

  public record Terms(String type, Integer days) {}
}
