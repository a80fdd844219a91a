package io.podesk.customers;

import io.podesk.shared.Actor;
import io.podesk.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The seller's own profile for the admin (role admin, as every {@code /api/admin} route). */
@RestController
@RequestMapping("/api/admin/seller-profile")
@Tag(name = "Admin: seller profile", description = "The seller's legal name, address and tax id, on every invoice")
class SellerProfileController {

  private final SellerProfiles profiles;

  SellerProfileController(SellerProfiles profiles) {
    this.profiles = profiles;
  }

  @GetMapping
  @Operation(summary = "The seller's profile (404 until it is set up)")
  SellerProfile get() {
    return profiles.current().orElseThrow(() -> new NotFoundException("The seller profile is not set up yet"));
  }

  @PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Set the seller's profile: address (with the legal name as its name), taxId, email")
  SellerProfile put(@RequestBody(required = false) SellerProfile profile, Authentication caller) {
    return profiles.update(profile, Actor.person(caller.getName()));
  }
}
