package io.podesk.portal;

import io.podesk.catalog.Stock;
import io.podesk.customers.CompanyPerson;
import io.podesk.customers.CustomerDirectory;
import io.podesk.customers.CustomerTerms;
import io.podesk.documents.DocumentContent;
import io.podesk.documents.Documents;
import io.podesk.invoicing.InvoiceDownloads;
import io.podesk.shared.BaseCurrency;
import io.podesk.orders.DocumentRetention;
import io.podesk.orders.PurchaseOrderCommands;
import io.podesk.orders.PurchaseOrderService;
import io.podesk.orders.PurchaseOrderStatus;
import io.podesk.orders.PurchaseOrderSummary;
import io.podesk.orders.PurchaseOrderView;
import io.podesk.shared.Actor;
import io.podesk.shared.CompanyId;
import io.podesk.shared.ConflictException;
import io.podesk.shared.FieldError;
import io.podesk.shared.ForbiddenException;
import io.podesk.shared.InvalidInputException;
import io.podesk.shared.NotFoundException;
import io.podesk.shared.PurchaseOrderId;
import io.podesk.workflow.ProcessProgress;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The buyer portal: a company's POs, submitting one with its signed PDF, a PO's page with its timeline, documents,
 * invoices and live process diagram, revising a rejected PO and cancelling one not yet approved. Every order is
 * looked up through the orders module's access rule: another company's order does not exist here (404).
 */
@Controller
class PortalController {

  private static final int PAGE_SIZE = 25;
  /** Beyond it the page's offset no longer fits the database's int. */
  private static final int MAX_PAGE = 10_000_000;

  private final PurchaseOrderService orders;
  private final PurchaseOrderCommands commands;
  private final CustomerDirectory customers;
  private final BaseCurrency currencies;
  private final Documents documents;
  private final InvoiceDownloads invoices;
  private final ProcessProgress progress;
  private final DocumentRetention retention;
  private final Stock stock;

  PortalController(PurchaseOrderService orders, PurchaseOrderCommands commands, CustomerDirectory customers,
      BaseCurrency currencies, Documents documents, InvoiceDownloads invoices,
      ProcessProgress progress, DocumentRetention retention, Stock stock) {
    this.retention = retention;
    this.stock = stock;
    this.orders = orders;
    this.commands = commands;
    this.customers = customers;
    this.currencies = currencies;
    this.documents = documents;
    this.invoices = invoices;
    this.progress = progress;
  }

  /** Room for the validator's own line limit to answer (500) before the binder gives up on huge forms. */
  @InitBinder("form")
  void formBinding(WebDataBinder binder) {
    binder.setAutoGrowCollectionLimit(1000);
  }

  @GetMapping("/portal")
  String list(@RequestParam(required = false) String status, @RequestParam(required = false) String q,
      @RequestParam(defaultValue = "0") int page, Authentication user, Model model) {
    PurchaseOrderStatus filter = parseStatus(status);
    if (page > MAX_PAGE) {
      throw new InvalidInputException("page", "There is no page " + page + "; search for the PO number instead.");
    }
    Page<PurchaseOrderSummary> result = orders.list(user, filter, q,
        PageRequest.of(Math.max(page, 0), PAGE_SIZE, Sort.by(Sort.Direction.DESC, "submittedAt").and(Sort.by("id"))));
    model.addAttribute("orders", result);
    model.addAttribute("statuses", PurchaseOrderStatus.values());
    model.addAttribute("status", filter);
    model.addAttribute("q", q);
    model.addAttribute("company", companyOf(user).map(CustomerTerms::name).orElse(null));
    return "portal/orders";
  }

  @GetMapping("/portal/orders/new")
  String newOrder(Authentication user, Model model) {
    CustomerTerms customer = buyersCompany(user);
    return form(model, customer, OrderForm.empty(customer.currency()), null, Map.of(), null);
  }

  @PostMapping(path = "/portal/orders", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  String submit(@ModelAttribute("form") OrderForm form, @RequestParam(name = "file", required = false)
      MultipartFile file, Authentication user, Model model, RedirectAttributes redirect,
      HttpServletResponse response) {
    CustomerTerms customer = buyersCompany(user);
    try {
      PurchaseOrderSummary order = orders.submitWithDocument(user, form.toRequest(), fileName(file), bytes(file));
      redirect.addFlashAttribute("notice", "Purchase order " + order.displayName() + " submitted.");
      return "redirect:/portal/orders/" + order.id();
    } catch (InvalidInputException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
      return form(model, customer, form, null, byField(e.errors()), e.getMessage());
    } catch (ConflictException e) {
      response.setStatus(HttpStatus.CONFLICT.value());
      return form(model, customer, form, null, Map.of("poNumber", e.getMessage()), e.getMessage());
    }
  }

  @GetMapping("/portal/orders/{id}")
  String order(@PathVariable UUID id, Authentication user, Model model) {
    PurchaseOrderView order = orders.view(id, user);
    model.addAttribute("order", order);
    // what is still open of each line: in stock, or when more is expected, as the ERP last said
    Map<String, String> availability = new HashMap<>();
    order.lines().stream().filter(line -> line.backorder().signum() > 0).forEach(line ->
        stock.of(line.sku(), line.backorder()).ifPresent(found -> availability.put(line.sku(), found.label())));
    model.addAttribute("availability", availability);
    model.addAttribute("canCancel", order.status().isBeforeApproval() && maySubmit(user));
    model.addAttribute("canRevise", order.status() == PurchaseOrderStatus.REJECTED && maySubmit(user));
    model.addAttribute("canUpload", order.document() == null && !order.status().isFinal() && maySubmit(user));
    return "portal/order";
  }

  /** The order's process for the diagram: the BPMN XML and where the order stands in it. */
  @GetMapping(path = "/portal/orders/{id}/process", produces = MediaType.APPLICATION_JSON_VALUE)
  @ResponseBody
  ProcessProgress.Progress process(@PathVariable UUID id, Authentication user) {
    orders.view(id, user);
    return progress.of(id).orElseThrow(() -> new NotFoundException("No process for this order yet"));
  }

  @GetMapping("/portal/orders/{id}/document")
  ResponseEntity<byte[]> document(@PathVariable UUID id, Authentication user) {
    PurchaseOrderView order = orders.view(id, user);
    if (order.document() == null) {
      throw new NotFoundException("Purchase order " + id + " has no document yet");
    }
    Optional<URI> link = documents.temporaryLink(order.document().id(), user.getName());
    if (link.isPresent()) {
      return ResponseEntity.status(HttpStatus.SEE_OTHER).location(link.get()).build();
    }
    return pdf(orders.downloadDocument(id, user), order.document().fileName());
  }

  @PostMapping(path = "/portal/orders/{id}/document", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  String upload(@PathVariable UUID id, @RequestParam(name = "file", required = false) MultipartFile file,
      Authentication user, RedirectAttributes redirect) {
    orders.view(id, user);
    try {
      if (file == null || file.isEmpty()) {
        throw new InvalidInputException("file", "choose the signed PO as a PDF file");
      }
      orders.attachDocument(id, file.getOriginalFilename(), bytes(file), user);
      redirect.addFlashAttribute("notice", "Document uploaded.");
    } catch (InvalidInputException | ConflictException e) {
      redirect.addFlashAttribute("problem", e instanceof InvalidInputException invalid
          ? invalid.errors().get(0).message() : e.getMessage());
    }
    return "redirect:/portal/orders/" + id;
  }

  @GetMapping("/portal/orders/{id}/invoices/{number}")
  ResponseEntity<byte[]> invoice(@PathVariable UUID id, @PathVariable String number, Authentication user) {
    return pdf(invoices.download(PurchaseOrderId.of(id), number, user), number + ".pdf");
  }

  @GetMapping("/portal/orders/{id}/revise")
  String revision(@PathVariable UUID id, Authentication user, Model model) {
    PurchaseOrderView order = revisable(id, user);
    return form(model, buyersCompany(user), OrderForm.of(order), order, Map.of(), null);
  }

  @PostMapping(path = "/portal/orders/{id}/revise", consumes = {MediaType.MULTIPART_FORM_DATA_VALUE,
      MediaType.APPLICATION_FORM_URLENCODED_VALUE})
  String revise(@PathVariable UUID id, @ModelAttribute("form") OrderForm form, Authentication user, Model model,
      RedirectAttributes redirect, HttpServletResponse response) {
    PurchaseOrderView order = revisable(id, user);
    try {
      commands.revise(id, user.getName(), form.toRequest());
      redirect.addFlashAttribute("notice", "Revision submitted: the order goes through approval again.");
      return "redirect:/portal/orders/" + id;
    } catch (InvalidInputException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
      return form(model, buyersCompany(user), form, order, byField(e.errors()), e.getMessage());
    }
  }

  /** Admins only (see the security rules): retention removes none of a held order's documents. */
  @PostMapping("/portal/orders/{id}/legal-hold")
  String hold(@PathVariable UUID id, @RequestParam(required = false) String reason, Authentication user,
      RedirectAttributes redirect) {
    orders.view(id, user);
    try {
      retention.hold(PurchaseOrderId.of(id), reason, Actor.person(user.getName()));
      redirect.addFlashAttribute("notice", "The order is under legal hold: none of its documents will be removed.");
    } catch (InvalidInputException | ConflictException e) {
      redirect.addFlashAttribute("problem", e instanceof InvalidInputException invalid
          ? invalid.errors().get(0).message() : e.getMessage());
    }
    return "redirect:/portal/orders/" + id;
  }

  @PostMapping("/portal/orders/{id}/legal-hold/release")
  String releaseHold(@PathVariable UUID id, Authentication user, RedirectAttributes redirect) {
    orders.view(id, user);
    retention.release(PurchaseOrderId.of(id), Actor.person(user.getName()));
    redirect.addFlashAttribute("notice", "The legal hold is lifted.");
    return "redirect:/portal/orders/" + id;
  }

  @PostMapping("/portal/orders/{id}/cancel")
  String cancel(@PathVariable UUID id, Authentication user, RedirectAttributes redirect) {
    orders.cancel(id, user);
    redirect.addFlashAttribute("notice", "The purchase order is cancelled.");
    return "redirect:/portal/orders/" + id;
  }

  private PurchaseOrderView revisable(UUID id, Authentication user) {
    PurchaseOrderView order = orders.view(id, user);
    if (!maySubmit(user)) {
      throw new ForbiddenException("Only your company's buyers revise its orders");
    }
    if (order.status() != PurchaseOrderStatus.REJECTED) {
      throw new ConflictException("Only a rejected order can be revised here; this one is "
          + order.status());
    }
    return order;
  }

  private String form(Model model, CustomerTerms customer, OrderForm form, PurchaseOrderView revising,
      Map<String, String> errors, String problem) {
    model.addAttribute("form", form);
    model.addAttribute("policy", customer.poNumberPolicy());
    model.addAttribute("customer", customer);
    model.addAttribute("currencies", currencies.accepted());
    model.addAttribute("revising", revising);
    model.addAttribute("errors", errors);
    model.addAttribute("problem", problem);
    return "portal/order-form";
  }

  private CustomerTerms buyersCompany(Authentication user) {
    CompanyPerson buyer = customers.person(user.getName())
        .filter(CompanyPerson::isBuyer)
        .orElseThrow(() -> new ForbiddenException("Only a customer's buyers submit orders"));
    return customers.termsOf(CompanyId.of(buyer.companyId()));
  }

  private Optional<CustomerTerms> companyOf(Authentication user) {
    return customers.person(user.getName()).flatMap(found -> customers.find(CompanyId.of(found.companyId())));
  }

  private boolean maySubmit(Authentication user) {
    return customers.person(user.getName()).filter(CompanyPerson::isBuyer).isPresent();
  }

  private static PurchaseOrderStatus parseStatus(String status) {
    if (status == null || status.isBlank()) {
      return null;
    }
    try {
      return PurchaseOrderStatus.valueOf(status);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("status", "unknown status " + status);
    }
  }

  private static Map<String, String> byField(List<FieldError> errors) {
    Map<String, String> byField = new LinkedHashMap<>();
    errors.forEach(error -> byField.merge(error.field(), error.message(), (a, b) -> a + "; " + b));
    return byField;
  }

  private static String fileName(MultipartFile file) {
    return file == null ? null : file.getOriginalFilename();
  }

  private static byte[] bytes(MultipartFile file) {
    try {
      return file == null || file.isEmpty() ? null : file.getBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ResponseEntity<byte[]> pdf(DocumentContent content, String fileName) {
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
        .header("X-Content-Type-Options", "nosniff")
        .body(content.bytes());
  }
}
