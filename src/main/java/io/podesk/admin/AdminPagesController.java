package io.podesk.admin;

import io.podesk.approval.AuthorityLimitAdministration;
import io.podesk.audit.AuditSubject;
import io.podesk.audit.AuditTrail;
import io.podesk.customers.Address;
import io.podesk.customers.CompanyAdministration;
import io.podesk.customers.CompanyForm;
import io.podesk.customers.CompanyPeople;
import io.podesk.customers.CompanyProfile;
import io.podesk.customers.PersonForm;
import io.podesk.customers.PricePolicy;
import io.podesk.customers.SellerProfile;
import io.podesk.customers.SellerProfiles;
import io.podesk.identity.StaffAdministration;
import io.podesk.identity.StaffForm;
import io.podesk.shared.Actor;
import io.podesk.shared.BaseCurrency;
import io.podesk.shared.ConflictException;
import io.podesk.shared.FieldError;
import io.podesk.shared.InvalidInputException;
import io.podesk.shared.NotFoundException;
import io.podesk.shared.StaffDirectory;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The seller admin's pages (role admin). Every change goes through the owning module's API, which audits it. */
@Controller
@RequestMapping("/admin")
class AdminPagesController {

  /** The checklist of a new installation, in the order a seller works through it. */
  record ChecklistItem(String title, String explanation, boolean done, String path) {}

  private final CompanyAdministration companies;
  private final CompanyPeople people;
  private final StaffAdministration staffAdmin;
  private final StaffDirectory staff;
  private final AuthorityLimitAdministration limits;
  private final AuditTrail audit;
  private final BaseCurrency baseCurrency;
  private final SellerProfiles sellerProfiles;

  AdminPagesController(CompanyAdministration companies, CompanyPeople people, StaffAdministration staffAdmin,
      StaffDirectory staff, AuthorityLimitAdministration limits, AuditTrail audit, BaseCurrency baseCurrency,
      SellerProfiles sellerProfiles) {
    this.sellerProfiles = sellerProfiles;
    this.companies = companies;
    this.people = people;
    this.staffAdmin = staffAdmin;
    this.staff = staff;
    this.limits = limits;
    this.audit = audit;
    this.baseCurrency = baseCurrency;
  }

  @GetMapping
  String home(Model model) {
    boolean hasStaff = !staff.reachableMembersOf(StaffAdministration.GROUPS.stream()
        .filter(group -> !group.equals("camunda-admin")).toList()).isEmpty();
    List<ChecklistItem> checklist = List.of(
        new ChecklistItem("Company profile and base currency", "Your legal name, address and tax id, printed on "
            + "every invoice. Approval thresholds and authority limits are in " + baseCurrency.base()
            + "; orders are accepted in " + baseCurrency.accepted() + " (podesk.currency in the configuration).",
            sellerProfiles.current().isPresent(), "/admin/profile"),
        new ChecklistItem("Staff and groups", "Add your sales reps, sales managers, finance, credit control and "
            + "directors; each gets a mail to set a password.", hasStaff, "/admin/staff"),
        new ChecklistItem("Authority limits", "Set how much each person or group may approve; without a limit "
            + "nobody can approve.", !limits.all().isEmpty(), "/admin/staff#limits"),
        new ChecklistItem("First customer", "Add a customer company with its terms and PO-number rule, and invite "
            + "its buyers and approvers.", !companies.all().isEmpty(), "/admin/companies/new"));
    model.addAttribute("checklist", checklist);
    model.addAttribute("setUp", checklist.stream().allMatch(ChecklistItem::done));
    model.addAttribute("changes", audit.latestChanges(30));
    return "admin/home";
  }

  @GetMapping("/profile")
  String profile(Model model) {
    if (!model.containsAttribute("form")) {
      Map<String, String> form = new HashMap<>();
      sellerProfiles.current().ifPresent(profile -> {
        putAddress(form, "", profile.address());
        form.put("taxId", profile.taxId());
        form.put("email", profile.email());
      });
      model.addAttribute("form", form);
    }
    model.addAttribute("baseCurrency", baseCurrency.base());
    model.addAttribute("accepted", baseCurrency.accepted());
    model.addAttribute("history", audit.changesOf(AuditSubject.seller(), 50));
    return "admin/profile";
  }

  @PostMapping("/profile")
  String saveProfile(@RequestParam MultiValueMap<String, String> form, Authentication caller, Model model,
      HttpServletResponse response, RedirectAttributes redirect) {
    return attempt(() -> {
      SellerProfile saved = sellerProfiles.update(new SellerProfile(address(form, ""), blankToNull(form.getFirst(
          "taxId")), blankToNull(form.getFirst("email"))), Actor.person(caller.getName()));
      redirect.addFlashAttribute("message", "Profile of " + saved.name() + " saved");
      return "redirect:/admin/profile";
    }, model, response, () -> {
      model.addAttribute("form", form.toSingleValueMap());
      return profile(model);
    });
  }

  @GetMapping("/companies")
  String companies(Model model) {
    model.addAttribute("companies", companies.all());
    return "admin/companies";
  }

  @GetMapping("/companies/new")
  String newCompany(Model model) {
    model.addAttribute("form", Map.of("termsType", "NET", "termsDays", "30", "risk", "low", "creditLimit", "0",
        "currency", baseCurrency.base()));
    return companyForm(null, 1, model);
  }

  @GetMapping("/companies/{code}/edit")
  String editCompany(@PathVariable String code, Model model) {
    CompanyForm company = CompanyForm.of(companies.find(code));
    model.addAttribute("form", formOf(company));
    return companyForm(code, company.shipTos().size() + 1, model);
  }

  @PostMapping("/companies/{code}")
  String updateCompany(@PathVariable String code, @RequestParam MultiValueMap<String, String> form,
      Authentication caller, Model model, HttpServletResponse response, RedirectAttributes redirect) {
    return attempt(() -> {
      CompanyProfile updated = companies.update(code, companyOf(form), Actor.person(caller.getName()));
      redirect.addFlashAttribute("message", "Company " + updated.terms().name() + " saved");
      return "redirect:/admin/companies/" + code;
    }, model, response, () -> {
      model.addAttribute("form", form.toSingleValueMap());
      return companyForm(code, shipTosIn(form) + 1, model);
    });
  }

  /** The company form: a new company ({@code code} null) or the company's own, with room for one more ship-to. */
  private String companyForm(String code, int shipToRows, Model model) {
    model.addAttribute("editing", code);
    model.addAttribute("shipToRows", Math.max(1, shipToRows));
    model.addAttribute("currencies", baseCurrency.accepted());
    return "admin/company-form";
  }

  @PostMapping("/companies")
  String createCompany(@RequestParam MultiValueMap<String, String> form, Authentication caller, Model model,
      HttpServletResponse response, RedirectAttributes redirect) {
    return attempt(() -> {
      CompanyProfile created = companies.create(companyOf(form), Actor.person(caller.getName()));
      redirect.addFlashAttribute("message", "Company " + created.terms().name() + " created");
      return "redirect:/admin/companies/" + created.code();
    }, model, response, () -> {
      model.addAttribute("form", form.toSingleValueMap());
      return companyForm(null, shipTosIn(form) + 1, model);
    });
  }

  @GetMapping("/companies/{code}")
  String company(@PathVariable String code, Model model) {
    model.addAttribute("company", companies.find(code));
    model.addAttribute("people", people.of(code));
    model.addAttribute("deactivated", people.deactivatedOf(code));
    model.addAttribute("history", companies.history(code));
    if (!model.containsAttribute("personForm")) {
      model.addAttribute("personForm", Map.of("role", "BUYER"));
    }
    return "admin/company";
  }

  @PostMapping("/companies/{code}/users")
  String invite(@PathVariable String code, @RequestParam Map<String, String> form, Authentication caller,
      Model model, HttpServletResponse response, RedirectAttributes redirect) {
    return attempt(() -> {
      var person = people.invite(code, new PersonForm(form.get("username"), form.get("name"), form.get("email"),
          form.get("role"), decimal(form.get("spendLimit")), null), Actor.person(caller.getName()));
      redirect.addFlashAttribute("message", person.displayName() + " is invited: a mail to set a password went "
          + "to " + person.email());
      return "redirect:/admin/companies/" + code;
    }, model, response, () -> {
      model.addAttribute("personForm", form);
      return company(code, model);
    });
  }

  @PostMapping("/companies/{code}/users/{username}/deactivate")
  String deactivatePerson(@PathVariable String code, @PathVariable String username, Authentication caller,
      RedirectAttributes redirect) {
    var person = people.deactivate(code, username, Actor.person(caller.getName()));
    redirect.addFlashAttribute("message", person.displayName() + " is deactivated: their sessions and mail links "
        + "ended, and their open approvals went to the company's other approvers");
    return "redirect:/admin/companies/" + code;
  }

  @PostMapping("/companies/{code}/deactivate")
  String deactivate(@PathVariable String code, Authentication caller, RedirectAttributes redirect) {
    companies.deactivate(code, Actor.person(caller.getName()));
    redirect.addFlashAttribute("message", "Company deactivated: its buyers submit no new orders");
    return "redirect:/admin/companies/" + code;
  }

  @PostMapping("/companies/{code}/reactivate")
  String reactivate(@PathVariable String code, Authentication caller, RedirectAttributes redirect) {
    companies.reactivate(code, Actor.person(caller.getName()));
    redirect.addFlashAttribute("message", "Company reactivated");
    return "redirect:/admin/companies/" + code;
  }

  @PostMapping("/staff/{username}/deactivate")
  String deactivateStaff(@PathVariable String username, Authentication caller, RedirectAttributes redirect) {
    staffAdmin.deactivate(username, Actor.person(caller.getName()));
    redirect.addFlashAttribute("message", username + " is deactivated: their login, sessions and mail links "
        + "ended, and their claimed tasks went back to their groups");
    return "redirect:/admin/staff";
  }

  @GetMapping("/staff")
  String staff(Model model) {
    model.addAttribute("groups", StaffAdministration.GROUPS);
    model.addAttribute("members", staff.reachableMembersOf(StaffAdministration.GROUPS));
    model.addAttribute("limits", limits.all());
    model.addAttribute("baseCurrency", baseCurrency.base());
    if (!model.containsAttribute("staffForm")) {
      model.addAttribute("staffForm", Map.of());
    }
    return "admin/staff";
  }

  @PostMapping("/staff")
  String addStaff(@RequestParam MultiValueMap<String, String> form, Authentication caller, Model model,
      HttpServletResponse response, RedirectAttributes redirect) {
    return attempt(() -> {
      StaffForm added = staffAdmin.invite(new StaffForm(form.getFirst("username"), form.getFirst("name"),
          form.getFirst("email"), form.getOrDefault("groups", List.of())), Actor.person(caller.getName()));
      redirect.addFlashAttribute("message", added.name() + " is invited: a mail to set a password went to "
          + added.email());
      return "redirect:/admin/staff";
    }, model, response, () -> {
      model.addAttribute("staffForm", form.toSingleValueMap());
      return staff(model);
    });
  }

  @PostMapping("/authority-limits")
  String setLimit(@RequestParam(required = false) String userId, @RequestParam(required = false) String group,
      @RequestParam(required = false) String limit, Authentication caller, Model model,
      HttpServletResponse response, RedirectAttributes redirect) {
    return attempt(() -> {
      Actor actor = Actor.person(caller.getName());
      var set = StringUtils.hasText(group) ? limits.setForGroup(group, decimal(limit), actor)
          : limits.setForPerson(userId, decimal(limit), actor);
      redirect.addFlashAttribute("message", "Authority limit of " + (set.userId() != null ? set.userId()
          : "group " + set.group()) + " is " + set.limit().toPlainString() + " " + set.currency());
      return "redirect:/admin/staff#limits";
    }, model, response, () -> staff(model));
  }

  /** Runs a change; a refusal shows the same page again with the errors, by field, and status 400 or 409. */
  static String attempt(Supplier<String> change, Model model, HttpServletResponse response,
      Supplier<String> pageAgain) {
    try {
      return change.get();
    } catch (InvalidInputException e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      model.addAttribute("error", e.getMessage());
      model.addAttribute("errors", e.errors());
      model.addAttribute("fieldErrors", byField(e.errors()));
      return pageAgain.get();
    } catch (ConflictException | NotFoundException e) {
      response.setStatus(e instanceof ConflictException ? HttpStatus.CONFLICT.value() : HttpStatus.NOT_FOUND.value());
      model.addAttribute("error", e.getMessage());
      model.addAttribute("errors", List.of());
      model.addAttribute("fieldErrors", Map.of());
      return pageAgain.get();
    }
  }

  private static Map<String, String> byField(List<FieldError> errors) {
    Map<String, String> byField = new LinkedHashMap<>();
    errors.forEach(error -> byField.merge(error.field(), error.message(), (a, b) -> a + "; " + b));
    return byField;
  }

  private static final List<String> ADDRESS_PARTS = List.of("Name", "Street", "City", "PostalCode", "Region",
      "Country");
  /** As many ship-to rows as a company may have. */
  private static final int MAX_SHIP_TOS = 50;

  private static CompanyForm companyOf(MultiValueMap<String, String> form) {
    Address billing = address(form, "billing");
    List<Address> shipTos = new ArrayList<>();
    for (int i = 0; i < MAX_SHIP_TOS; i++) {
      Address shipTo = address(form, "shipTo" + i);
      if (shipTo != null) {
        shipTos.add(shipTo);
      }
    }
    String certificate = blankToNull(form.getFirst("taxCertificate"));
    LocalDate expires = date("taxExemption.expiresOn", form.getFirst("taxExpires"));
    CompanyForm.Exemption exemption = certificate == null && expires == null ? null
        : new CompanyForm.Exemption(certificate, expires);
    return new CompanyForm(form.getFirst("code"), form.getFirst("name"), form.getFirst("currency"),
        new CompanyForm.Terms(form.getFirst("termsType"), integer(form.getFirst("termsDays"))),
        new CompanyForm.PoNumberRule(form.containsKey("poRequired"), blankToNull(form.getFirst("poPattern")),
            blankToNull(form.getFirst("poExample")), form.containsKey("poIgnoreCase")),
        form.containsKey("documentRequired"), decimal(form.getFirst("creditLimit")),
        integer(form.getFirst("approvalExpiryDays")), integer(form.getFirst("companyApprovalsRequired")),
        form.getFirst("customerGroup"), form.getFirst("region"), form.getFirst("risk"), form.getFirst("salesRep"),
        billing, shipTos, integer(form.getFirst("documentReminderDays")),
        integer(form.getFirst("documentCancelDays")), exemption, integer(form.getFirst("retentionDays")), null,
        pricePolicyOf(form));
  }

  private static PricePolicy pricePolicyOf(MultiValueMap<String, String> form) {
    String action = blankToNull(form.getFirst("priceAction"));
    BigDecimal tolerance = decimal(form.getFirst("priceTolerance"));
    if (action == null && tolerance == null) {
      return null;
    }
    try {
      return new PricePolicy(action == null ? null : PricePolicy.Action.valueOf(action), tolerance);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("pricePolicy.action", "the price policy is ACCEPT, FLAG or REFUSE");
    }
  }

  /** The highest ship-to row the form filled in, plus one (the rows it had). */
  private static int shipTosIn(MultiValueMap<String, String> form) {
    int rows = 0;
    for (int i = 0; i < MAX_SHIP_TOS; i++) {
      if (address(form, "shipTo" + i) != null) {
        rows = i + 1;
      }
    }
    return rows;
  }

  /** The company as the form's fields, for editing it. */
  private static Map<String, String> formOf(CompanyForm company) {
    Map<String, String> form = new HashMap<>();
    form.put("code", company.code());
    form.put("name", company.name());
    form.put("currency", company.currency());
    form.put("termsType", company.paymentTerms().type());
    form.put("termsDays", company.paymentTerms().days() == null ? null : company.paymentTerms().days().toString());
    if (Boolean.TRUE.equals(company.poNumber().required())) {
      form.put("poRequired", "on");
    }
    if (Boolean.TRUE.equals(company.poNumber().ignoreCase())) {
      form.put("poIgnoreCase", "on");
    }
    form.put("poPattern", company.poNumber().pattern());
    form.put("poExample", company.poNumber().example());
    if (Boolean.TRUE.equals(company.documentRequired())) {
      form.put("documentRequired", "on");
    }
    form.put("creditLimit", company.creditLimit().toPlainString());
    form.put("approvalExpiryDays", String.valueOf(company.approvalExpiryDays()));
    form.put("companyApprovalsRequired", String.valueOf(company.companyApprovalsRequired()));
    form.put("customerGroup", company.customerGroup());
    form.put("region", company.region());
    form.put("risk", company.risk());
    form.put("salesRep", company.salesRep());
    form.put("documentReminderDays", String.valueOf(company.documentReminderDays()));
    form.put("documentCancelDays", String.valueOf(company.documentCancelDays()));
    form.put("retentionDays", String.valueOf(company.retentionDays()));
    if (company.pricePolicy() != null) {
      form.put("priceAction", company.pricePolicy().action().name());
      form.put("priceTolerance", company.pricePolicy().tolerancePercent().stripTrailingZeros().toPlainString());
    }
    if (company.taxExemption() != null) {
      form.put("taxCertificate", company.taxExemption().certificate());
      form.put("taxExpires", String.valueOf(company.taxExemption().expiresOn()));
    }
    putAddress(form, "billing", company.billingAddress());
    for (int i = 0; i < company.shipTos().size(); i++) {
      putAddress(form, "shipTo" + i, company.shipTos().get(i));
    }
    return form;
  }

  private static void putAddress(Map<String, String> form, String prefix, Address address) {
    if (address != null) {
      form.put(prefix + "Name", address.name());
      form.put(prefix + "Street", address.street());
      form.put(prefix + "City", address.city());
      form.put(prefix + "PostalCode", address.postalCode());
      form.put(prefix + "Region", address.region());
      form.put(prefix + "Country", address.country());
    }
  }

  /** A date as typed (yyyy-mm-dd); one that is not a date is refused with the field's name. */
  static LocalDate date(String field, String value) {
    if (!StringUtils.hasText(value)) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(field, field + " must be a date such as 2027-12-31");
    }
  }

  /** The address the form's fields with this prefix give, or null when all of them are empty. */
  private static Address address(MultiValueMap<String, String> form, String prefix) {
    if (ADDRESS_PARTS.stream().allMatch(part -> !StringUtils.hasText(form.getFirst(prefix + part)))) {
      return null;
    }
    return new Address(form.getFirst(prefix + "Name"), form.getFirst(prefix + "Street"),
        form.getFirst(prefix + "City"), form.getFirst(prefix + "PostalCode"),
        blankToNull(form.getFirst(prefix + "Region")), form.getFirst(prefix + "Country"));
  }

  static String blankToNull(String value) {
    return StringUtils.hasText(value) ? value : null;
  }

  /** A number as typed; one that is not a number is refused with the field's name. */
  private static Integer integer(String value) {
    if (!StringUtils.hasText(value)) {
      return null;
    }
    try {
      return Integer.valueOf(value.strip());
    } catch (NumberFormatException e) {
      throw new InvalidInputException("number", "'" + value + "' is not a whole number");
    }
  }

  static BigDecimal decimal(String value) {
    if (!StringUtils.hasText(value)) {
      return null;
    }
    try {
      return new BigDecimal(value.strip().replace(",", ""));
    } catch (NumberFormatException e) {
      throw new InvalidInputException("amount", "'" + value + "' is not an amount such as 25000 or 1250.50");
    }
  }
}
