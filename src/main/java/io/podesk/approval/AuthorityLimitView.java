package io.podesk.approval;

import java.math.BigDecimal;

/**
 * An authority limit as the admin API shows it ({@code /api/admin/authority-limits}).
 *
 * @param userId the person it is set for, or null for a group's limit
 * @param group the group it is set for, or null for a person's limit
 * @param limit the amount, in the base currency
 */
public record AuthorityLimitView(String userId, String group, BigDecimal limit, String currency) {}
