package io.podesk.identity;

import java.util.List;

/**
 * A member of the seller's staff as the admin API takes and shows them ({@code /api/admin/staff}).
 *
 * @param groups salesreps, salesmanagers, finance, creditcontrol, directors, analysts; purchasing, warehouse,
 *     accountspayable (the buy side); camunda-admin for admins
 */
public record StaffForm(String username, String name, String email, List<String> groups) {}
