package io.podesk.portal;

import io.podesk.customers.CompanyPeople;
import io.podesk.customers.CompanyPerson;
import io.podesk.customers.CompanyRole;
import io.podesk.customers.CustomerDirectory;
import io.podesk.customers.PersonForm;
import io.podesk.shared.Actor;
import io.podesk.shared.CompanyId;
import io.podesk.shared.ConflictException;
import io.podesk.shared.FieldError;
import io.podesk.shared.ForbiddenException;
import io.podesk.shared.InvalidInputException;
import io.podesk.shared.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The company admin's page in the portal ({@code /portal/company}, role COMPANY_ADMIN): their own company's people,
 * inviting buyers, approvers and other company admins, changing a buyer's spend limit and deactivating a person. The
 * company is always the admin's own, from their record, never from the request: a person of another company is not
 * found here (404).
 */
@Controller
class CompanyAdminPortalController {

  private final CustomerDirectory directory;
  private final CompanyPeople people;

  CompanyAdminPortalController(CustomerDirectory directory, CompanyPeople people) {
    this.directory = directory;
    this.people = people;
  }

  @GetMapping("/portal/company")
  String company(Authentication caller, Model model) {
    CompanyPerson admin = adminOf(caller);
    model.addAttribute("company", directory.termsOf(CompanyId.of(admin.companyId())));
    model.addAttribute("people", people.of(admin.companyId()));
    model.addAttribute("deactivated", people.deactivatedOf(admin.companyId()));
    model.addAttribute("me", admin.userId());
    if (!model.containsAttribute("personForm")) {
      model.addAttribute("personForm", Map.of("role", "BUYER"));
    }
    return "portal/company";
  }

  @PostMapping("/portal/company/people")
  String invite(@RequestParam Map<String, String> form, Authentication caller, Model model,
      HttpServletResponse response, RedirectAttributes redirect) {
    CompanyPerson admin = adminOf(caller);
    try {
      CompanyPerson person = people.invite(admin.companyId(), new PersonForm(form.get("username"), form.get("name"),
          form.get("email"), form.get("role"), decimal(form.get("spendLimit")), null), Actor.person(admin.userId()));
      redirect.addFlashAttribute("message", person.displayName() + " is invited: a mail to set a password went to "
          + person.email());
      return "redirect:/portal/company";
    } catch (InvalidInputException e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      model.addAttribute("errors", e.errors().isEmpty() ? List.of(e.getMessage())
          : e.errors().stream().map(FieldError::message).toList());
      model.addAttribute("personForm", form);
      return company(caller, model);
    } catch (ConflictException e) {
      response.setStatus(HttpStatus.CONFLICT.value());
      model.addAttribute("errors", List.of(e.getMessage()));
      model.addAttribute("personForm", form);
      return company(caller, model);
    }
  }

  @PostMapping("/portal/company/people/{username}/spend-limit")
  String spendLimit(@PathVariable String username, @RequestParam(required = false) String spendLimit,
      Authentication caller, RedirectAttributes redirect) {
    CompanyPerson admin = adminOf(caller);
    CompanyPerson person = people.of(admin.companyId()).stream().filter(p -> p.userId().equals(username))
        .findFirst().orElseThrow(() -> new NotFoundException("No person " + username
            + " at your company"));
    people.update(admin.companyId(), username, new PersonForm(username, person.displayName(), person.email(),
        person.role().name(), decimal(spendLimit), null), Actor.person(admin.userId()));
    redirect.addFlashAttribute("message", "Spend limit of " + person.displayName() + " saved");
    return "redirect:/portal/company";
  }

  @PostMapping("/portal/company/people/{username}/deactivate")
  String deactivate(@PathVariable String username, Authentication caller, RedirectAttributes redirect) {
    CompanyPerson admin = adminOf(caller);
    CompanyPerson person = people.deactivate(admin.companyId(), username, Actor.person(admin.userId()));
    redirect.addFlashAttribute("message", person.displayName() + " is deactivated: their sessions and mail links "
        + "ended, and their open approvals went to the company's other approvers");
    return "redirect:/portal/company";
  }

  /** The caller as their company's admin; anyone else is refused. */
  private CompanyPerson adminOf(Authentication caller) {
    return directory.person(caller.getName()).filter(person -> person.role() == CompanyRole.COMPANY_ADMIN)
        .orElseThrow(() -> new ForbiddenException("Only a company admin manages their company's people"));
  }

  private static BigDecimal decimal(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return new BigDecimal(value.strip());
    } catch (NumberFormatException e) {
      throw new InvalidInputException("spendLimit", "the spend limit must be an amount such as 5000 or 1250.50");
    }
  }
}
