package io.podesk.erp;

import io.podesk.shared.ConflictException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Runs the pull of master data from Odoo now, beside its schedule (role admin, as every /api/admin route). */
@RestController
@Tag(name = "ERP events", description = "Confirmations, cancellations and offline orders from the ERP")
class ErpPullController {

  private final ObjectProvider<OdooMasterDataPull> pull;

  ErpPullController(ObjectProvider<OdooMasterDataPull> pull) {
    this.pull = pull;
  }

  @PostMapping("/api/admin/erp/pull")
  @Operation(summary = "Pull Odoo's partners, products and pricelist items changed since the last pull")
  List<OdooMasterDataPull.Outcome> pullNow() {
    OdooMasterDataPull odoo = pull.getIfAvailable();
    if (odoo == null) {
      throw new ConflictException("Master data is pulled from Odoo only: set podesk.erp.adapter=odoo "
          + "(PODESK_ERP_ADAPTER); other ERPs send their changes as events to POST /api/erp/events");
    }
    return odoo.pull();
  }
}
