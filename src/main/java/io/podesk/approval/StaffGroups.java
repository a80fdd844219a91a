package io.podesk.approval;

import java.util.List;

/** The staff groups whose members approve orders, and so may have an authority limit as a group. */
final class StaffGroups {

  static final List<String> APPROVING = List.of("salesreps", "salesmanagers", "finance", "creditcontrol", "directors");

  private StaffGroups() {}
}
