package io.podesk.identity;

import io.podesk.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Lets an admin see the login locks of this node and lift a user's lock (only admins reach /api/admin). */
@RestController
@RequestMapping("/api/admin/login-locks")
@Tag(name = "Admin: login locks")
class LoginLockController {

  private static final Logger log = LoggerFactory.getLogger(LoginLockController.class);

  private final LoginThrottle throttle;

  LoginLockController(LoginThrottle throttle) {
    this.throttle = throttle;
  }

  @GetMapping
  @Operation(summary = "Users and addresses locked out of logging in on this node, and until when")
  List<LoginThrottle.Lock> list() {
    return throttle.locks();
  }

  @DeleteMapping("/{user}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Lift a user's login lock and forget their failed logins (on this node)")
  void unlock(@PathVariable String user, Authentication admin) {
    if (!throttle.unlock(user)) {
      throw new NotFoundException("No failed logins or lock recorded for user " + user + " on this node");
    }
    log.warn("Login lock of user {} lifted by {}", LoginThrottle.printable(user), admin.getName());
  }
}
