package io.podesk.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class ActorTests {

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void keepsTheNamesTheAuditTrailAlwaysShowed() {
    assertThat(Actor.SYSTEM.name()).isEqualTo("system");
    assertThat(Actor.ERP.name()).isEqualTo("erp");
    assertThat(Actor.person("nwbuyer").name()).isEqualTo("nwbuyer");
    assertThat(Actor.system("auto-approval").name()).isEqualTo("auto-approval");
    assertThat(Actor.person("nwbuyer")).hasToString("nwbuyer");
  }

  @Test
  void readsStoredNamesBackAsTheSystemTheErpOrAPerson() {
    assertThat(Actor.fromName("system")).isSameAs(Actor.SYSTEM);
    assertThat(Actor.fromName("erp")).isSameAs(Actor.ERP);
    assertThat(Actor.fromName("salesmanager")).isEqualTo(Actor.person("salesmanager"));
    assertThat(Actor.fromName("salesmanager").kind()).isEqualTo(Actor.Kind.PERSON);
  }

  @Test
  void refusesAnActorWithoutAName() {
    assertThatThrownBy(() -> Actor.person(null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Actor.person(" ")).isInstanceOf(IllegalArgumentException.class);
  }

  /** Events carrying an actor are stored as JSON in the event publication table: the shape is a plain string. */
  @Test
  void travelsInJsonAsItsPlainName() throws Exception {
    assertThat(json.writeValueAsString(new Carrier(Actor.ERP))).isEqualTo("{\"by\":\"erp\"}");
    assertThat(json.readValue("{\"by\":\"nwbuyer\"}", Carrier.class).by()).isEqualTo(Actor.person("nwbuyer"));
    assertThat(json.readValue("{\"by\":\"system\"}", Carrier.class).by()).isSameAs(Actor.SYSTEM);
  }

  record Carrier(Actor by) {}
}
