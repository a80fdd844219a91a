package io.podesk.support;

import java.util.concurrent.ThreadLocalRandom;

/** Request bodies for purchase orders, with PO numbers no other test uses. */
public final class Orders {

  private Orders() {}

  public static String acmePoNumber() {
    return "PO-" + ThreadLocalRandom.current().nextInt(100000, 1000000);
  }

  public static String northwindPoNumber() {
    char a = (char) ('A' + ThreadLocalRandom.current().nextInt(26));
    char b = (char) ('A' + ThreadLocalRandom.current().nextInt(26));
    return "NW-" + a + b + "-" + ThreadLocalRandom.current().nextInt(1000, 10000);
  }

  /** One line of the given quantity at the given unit price. */
  public static String json(String poNumber, int quantity, String unitPrice) {
    return """
        {"poNumber": %s, "currency": "USD",
         "lines": [{"sku": "BRG-6204", "description": "Ball bearing 6204", "quantity": %d, "unitPrice": "%s"}],
         "shipTo": {"name": "Receiving", "street": "1 Dock Rd", "city": "Dallas", "postalCode": "75201",
                    "country": "US"},
         "notes": "Deliver to dock 4"}
        """.formatted(poNumber == null ? "null" : "\"" + poNumber + "\"", quantity, unitPrice);
  }
}
