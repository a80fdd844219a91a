package io.podesk.admin;

import static io.podesk.admin.AdminPagesController.attempt;
import static io.podesk.admin.AdminPagesController.blankToNull;
import static io.podesk.admin.AdminPagesController.date;
import static io.podesk.admin.AdminPagesController.decimal;

import io.podesk.catalog.CatalogAdministration;
import io.podesk.catalog.CatalogProduct;
import io.podesk.catalog.PriceListView;
import io.podesk.catalog.PriceView;
import io.podesk.shared.Actor;
import io.podesk.shared.InvalidInputException;
import io.podesk.shared.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The catalog's admin pages: products with search, price lists and their prices. */
@Controller
@RequestMapping("/admin/catalog")
class CatalogPagesController {

  private final CatalogAdministration catalog;
  private final Clock clock;

  CatalogPagesController(CatalogAdministration catalog, Clock clock) {
    this.catalog = catalog;
    this.clock = clock;
  }

  @GetMapping
  String catalog(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
      Model model) {
    model.addAttribute("q", q);
    model.addAttribute("products", catalog.search(q, null, false, page));
    model.addAttribute("priceLists", catalog.priceLists());
    if (!model.containsAttribute("productForm")) {
      model.addAttribute("productForm", Map.of("unit", "each", "taxClass", "standard", "packSize", "1",
          "minOrderQuantity", "1", "active", "on"));
    }
    if (!model.containsAttribute("listForm")) {
      model.addAttribute("listForm", Map.of());
    }
    return "admin/catalog";
  }

  /** The form to change a product, filled in with it. */
  @GetMapping("/products/{sku}")
  String product(@PathVariable String sku, Model model) {
    CatalogProduct p = catalog.product(sku);
    model.addAttribute("productForm", Map.of("sku", p.sku(), "name", p.name(), "category", p.category(),
        "unit", p.unit(), "taxClass", p.taxClass(), "packSize", p.packSize().stripTrailingZeros().toPlainString(),
        "minOrderQuantity", p.minOrderQuantity().stripTrailingZeros().toPlainString(),
        "active", Boolean.TRUE.equals(p.active()) ? "on" : ""));
    return catalog(p.sku(), 0, model);
  }

  @PostMapping("/products")
  String saveProduct(@RequestParam Map<String, String> form, Authentication caller, Model model,
      HttpServletResponse response, RedirectAttributes redirect) {
    return attempt(() -> {
      var saved = catalog.saveProduct(form.get("sku"), new CatalogProduct(form.get("sku"), form.get("name"),
          form.get("category"), form.get("unit"), form.get("taxClass"), "on".equals(form.get("active")),
          decimal(form.get("packSize")), decimal(form.get("minOrderQuantity"))), Actor.person(caller.getName()));
      redirect.addFlashAttribute("message", "Product " + saved.value().sku() + (saved.created() ? " added" : " saved"));
      return "redirect:/admin/catalog?q=" + saved.value().sku();
    }, model, response, () -> {
      model.addAttribute("productForm", form);
      return catalog(null, 0, model);
    });
  }

  @PostMapping("/price-lists")
  String savePriceList(@RequestParam Map<String, String> form, Authentication caller, Model model,
      HttpServletResponse response, RedirectAttributes redirect) {
    return attempt(() -> {
      var saved = catalog.savePriceList(form.get("code"), new PriceListView(form.get("code"), form.get("name"),
          form.get("currency"), blankToNull(form.get("company")), blankToNull(form.get("customerGroup"))),
          Actor.person(caller.getName()));
      redirect.addFlashAttribute("message", "Price list " + saved.value().code() + " saved");
      return "redirect:/admin/catalog/price-lists/" + saved.value().code();
    }, model, response, () -> {
      model.addAttribute("listForm", form);
      return catalog(null, 0, model);
    });
  }

  @GetMapping("/price-lists/{code}")
  String priceList(@PathVariable String code, Model model) {
    PriceListView list = catalog.priceLists().stream().filter(found -> found.code().equals(code)).findFirst()
        .orElseThrow(() -> new NotFoundException("No price list with code " + code));
    model.addAttribute("list", list);
    model.addAttribute("prices", catalog.pricesOf(code));
    if (!model.containsAttribute("priceForm")) {
      model.addAttribute("priceForm", Map.of("minQuantity", "1", "validFrom", LocalDate.now(clock.withZone(ZoneOffset.UTC)).toString()));
    }
    return "admin/price-list";
  }

  @PostMapping("/price-lists/{code}/prices")
  String addPrice(@PathVariable String code, @RequestParam Map<String, String> form, Authentication caller,
      Model model, HttpServletResponse response, RedirectAttributes redirect) {
    return attempt(() -> {
      PriceView added = catalog.addPrice(code, new PriceView(null, form.get("sku"), decimal(form.get("minQuantity")),
          decimal(form.get("unitPrice")), date("validFrom", form.get("validFrom")), date("validTo",
          form.get("validTo"))), Actor.person(caller.getName()));
      redirect.addFlashAttribute("message", "Price of " + added.sku() + " added");
      return "redirect:/admin/catalog/price-lists/" + code;
    }, model, response, () -> {
      model.addAttribute("priceForm", form);
      return priceList(code, model);
    });
  }

  @PostMapping("/price-lists/{code}/prices/{id}/remove")
  String removePrice(@PathVariable String code, @PathVariable UUID id, Authentication caller,
      RedirectAttributes redirect) {
    catalog.removePrice(code, id, Actor.person(caller.getName()));
    redirect.addFlashAttribute("message", "Price removed");
    return "redirect:/admin/catalog/price-lists/" + code;
  }
}
