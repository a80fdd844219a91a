package io.podesk.customers;

import io.podesk.audit.MasterDataChange;
import io.podesk.shared.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The seller admin's API for customer companies (role admin, as every {@code /api/admin} route). */
@RestController
@RequestMapping("/api/admin/companies")
@Tag(name = "Admin: companies", description = "Onboard and maintain customer companies")
class CompanyAdminController {

  private final CompanyAdministration companies;
  private final CompanyPeople people;

  CompanyAdminController(CompanyAdministration companies, CompanyPeople people) {
    this.companies = companies;
    this.people = people;
  }

  @PostMapping(path = "/{code}/users", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Add a buyer, approver or company admin; they get a mail to set their password")
  ResponseEntity<PersonForm> invite(@PathVariable String code, @RequestBody(required = false) PersonForm form,
      Authentication caller) {
    CompanyPerson person = people.invite(code, form, Actor.person(caller.getName()));
    return ResponseEntity.created(URI.create("/api/admin/companies/" + code + "/users/" + person.userId()))
        .body(PersonForm.of(person));
  }

  @PutMapping(path = "/{code}/users/{username}", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Change a person's name, email, role or spend limit; a new role changes their access")
  PersonForm updatePerson(@PathVariable String code, @PathVariable String username,
      @RequestBody(required = false) PersonForm form, Authentication caller) {
    return PersonForm.of(people.update(code, username, form, Actor.person(caller.getName())));
  }

  @PostMapping("/{code}/users/{username}/deactivate")
  @Operation(summary = "End a person's access: sessions, links; their open approval tasks go to the other approvers")
  PersonForm deactivatePerson(@PathVariable String code, @PathVariable String username, Authentication caller) {
    return PersonForm.of(people.deactivate(code, username, Actor.person(caller.getName())));
  }

  @GetMapping("/{code}/users")
  @Operation(summary = "The company's people")
  List<PersonForm> people(@PathVariable String code) {
    return people.of(code).stream().map(PersonForm::of).toList();
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Create a customer company (409 when the code is taken)")
  ResponseEntity<CompanyForm> create(@RequestBody(required = false) CompanyForm form, Authentication caller) {
    CompanyProfile created = companies.create(form, Actor.person(caller.getName()));
    return ResponseEntity.created(URI.create("/api/admin/companies/" + created.code())).body(CompanyForm.of(created));
  }

  @GetMapping
  @Operation(summary = "Every customer company, by code")
  List<CompanyForm> list() {
    return companies.all().stream().map(CompanyForm::of).toList();
  }

  @GetMapping("/{code}")
  CompanyForm get(@PathVariable String code) {
    return CompanyForm.of(companies.find(code));
  }

  @PutMapping(path = "/{code}", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Replace a company's profile; its submitted orders keep their terms and PO-number rule")
  CompanyForm update(@PathVariable String code, @RequestBody(required = false) CompanyForm form,
      Authentication caller) {
    return CompanyForm.of(companies.update(code, form, Actor.person(caller.getName())));
  }

  @PostMapping("/{code}/deactivate")
  @Operation(summary = "Deactivate a company: its buyers submit no new orders, orders under way go on")
  CompanyForm deactivate(@PathVariable String code, Authentication caller) {
    return CompanyForm.of(companies.deactivate(code, Actor.person(caller.getName())));
  }

  @PostMapping("/{code}/reactivate")
  CompanyForm reactivate(@PathVariable String code, Authentication caller) {
    return CompanyForm.of(companies.reactivate(code, Actor.person(caller.getName())));
  }

  @DeleteMapping("/{code}")
  @Operation(summary = "Remove a company that has no orders and no people (409 otherwise: deactivate it)")
  ResponseEntity<Void> delete(@PathVariable String code, Authentication caller) {
    companies.delete(code, Actor.person(caller.getName()));
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/{code}/history")
  @Operation(summary = "The company's changes, newest first: who, when, before and after")
  List<MasterDataChange> history(@PathVariable String code) {
    return companies.history(code);
  }
}
