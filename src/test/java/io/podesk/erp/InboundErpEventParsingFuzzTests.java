package io.podesk.erp;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.podesk.shared.InvalidInputException;
import java.util.function.Consumer;

/**
 * Whatever bytes a (correctly signed) ERP event carries, reading it and its fields ends in the event or in an
 * {@link InvalidInputException} that names a field: the controller answers those with a 400, anything else would
 * be a 500. The mapper is configured as the application's (duplicate keys refused). Every type's record is read
 * from every body, whatever its own type says.
 *
 * <p>In the normal build this runs the seed corpus under
 * {@code src/test/resources/io/podesk/erp/InboundErpEventParsingFuzzTestsInputs/}. To fuzz for real:
 * {@code JAZZER_FUZZ=1 ./mvnw test -Dtest=InboundErpEventParsingFuzzTests}.
 */
class InboundErpEventParsingFuzzTests {

  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  @FuzzTest(maxDuration = "30s")
  void readingAnEventOnlyEverRefusesWithAFieldError(byte[] body) {
    JsonNode event;
    try {
      event = ErpEventJson.parse(JSON, body);
    } catch (InvalidInputException refused) {
      assertRefusal(refused);
      return;
    }
    readEvery(event, e -> ErpEventJson.required(e, "id"));
    readEvery(event, e -> ErpEventJson.required(e, "type"));
    readEvery(event, e -> ErpEventJson.text(e, "poNumber"));
    readEvery(event, e -> ErpEventJson.decimal(e, "total"));
    readEvery(event, ErpEventJson::amount);
    readEvery(event, ErpEventJson::shipmentLines);
    readEvery(event, e -> ErpEventJson.order(e, ErpEventJson.text(e, "poNumber")));
    readEvery(event, ErpEventParser::header);
    for (ErpEvent.Type type : ErpEvent.Type.values()) {
      ErpEvent.Header header = new ErpEvent.Header("fuzz", type.wireName(), "northwind", "NW-AB-0001");
      readEvery(event, e -> ErpEventParser.read(type, header, e));
    }
  }

  private static void readEvery(JsonNode event, Consumer<JsonNode> read) {
    try {
      read.accept(event);
    } catch (InvalidInputException refused) {
      assertRefusal(refused);
    }
  }

  private static void assertRefusal(InvalidInputException refused) {
    assertThat(refused.errors()).isNotEmpty().allSatisfy(error -> {
      assertThat(error.field()).isNotBlank();
      assertThat(error.message()).isNotBlank().hasSizeLessThan(300);
    });
  }
}
