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
    return Roles.isStaff(user) ? "redirect:/staff" : "redirect:/portal";
  }
}
