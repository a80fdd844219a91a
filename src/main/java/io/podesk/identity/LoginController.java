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
    return Roles.isStaff(user) ? "redirect:/staff" : "redirect:/portal";
  }
}
