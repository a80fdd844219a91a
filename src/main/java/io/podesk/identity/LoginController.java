package io.podesk.identity;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The one login page (portal, dashboard, Tasklist, Cockpit), and where each user lands after it. */
@Controller
class LoginController {

  @GetMapping("/login")
  String login() {
    return "login";
  }

  @GetMapping("/")
  String home(Authentication user) {
    // an admin lands on the admin pages, whose set-up checklist guides a new installation
    if (user.getAuthorities().stream().anyMatch(authority -> authority.getAuthority().equals("ROLE_" + Roles.ADMIN))) {
      return "redirect:/admin";
    }
    if (Roles.isStaff(user)) {
      return "redirect:/staff";
    }
    // a company admin who neither buys nor approves has nothing to do in the order list
    boolean companyAdminOnly = user.getAuthorities().stream().map(authority -> authority.getAuthority())
        .filter(authority -> authority.startsWith("ROLE_")).allMatch(authority -> authority.equals("ROLE_"
            + Roles.COMPANY_ADMIN));
    return companyAdminOnly && user.getAuthorities().stream().anyMatch(authority -> authority.getAuthority()
        .equals("ROLE_" + Roles.COMPANY_ADMIN)) ? "redirect:/portal/company" : "redirect:/portal";
  }
}
