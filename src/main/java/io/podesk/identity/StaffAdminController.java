package io.podesk.identity;

import io.podesk.shared.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The seller admin's API for staff (role admin, as every {@code /api/admin} route). */
@RestController
@RequestMapping("/api/admin/staff")
@Tag(name = "Admin: staff", description = "Add the seller's staff and set their groups")
class StaffAdminController {

  private final StaffAdministration staff;

  StaffAdminController(StaffAdministration staff) {
    this.staff = staff;
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Add a staff member in their groups; they get a mail to set their password")
  ResponseEntity<StaffForm> invite(@RequestBody(required = false) StaffForm form, Authentication caller) {
    StaffForm added = staff.invite(form, Actor.person(caller.getName()));
    return ResponseEntity.created(URI.create("/api/admin/staff/" + added.username())).body(added);
  }

  @PostMapping("/{username}/deactivate")
  @Operation(summary = "End a staff member's access: login, sessions, mail links; their claimed tasks go back")
  ResponseEntity<Void> deactivate(@PathVariable String username, Authentication caller) {
    staff.deactivate(username, Actor.person(caller.getName()));
    return ResponseEntity.noContent().build();
  }

  /** Body: the groups, e.g. {@code ["salesmanagers", "directors"]}. */
  @PutMapping(path = "/{username}/groups", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Put a staff member in exactly these groups")
  List<String> regroup(@PathVariable String username, @RequestBody(required = false) List<String> groups,
      Authentication caller) {
    return staff.regroup(username, groups, Actor.person(caller.getName()));
  }
}
