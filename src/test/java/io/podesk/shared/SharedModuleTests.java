package io.podesk.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.podesk.support.ModuleTest;
import java.time.Clock;
import java.util.Arrays;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The shared module is open to every module, so it must stay what its package says: value and error types, no
 * behaviour of its own. Started alone, no bean of any module's classes is there: only the application's own.
 */
@ModuleTest(web = WebEnvironment.NONE)
class SharedModuleTests {

  @Autowired ConfigurableApplicationContext context;

  @Test
  void startsAloneAndBringsNoBeanOfItsOwn() {
    var factory = context.getBeanFactory();

    var moduleBeans = Arrays.stream(factory.getBeanDefinitionNames())
        .map(name -> factory.getType(name, false))
        .filter(Objects::nonNull)
        .map(Class::getName)
        .filter(type -> type.matches("io\\.podesk\\.[a-z]+\\..*"))
        // the demo staff every module test without the engine gets (test support, not a module)
        .filter(type -> !type.startsWith("io.podesk.support."))
        // shared settings (the base currency and its rates), bound for every module that uses them
        .filter(type -> !type.equals(BaseCurrency.class.getName()))
        .toList();

    assertThat(moduleBeans).as("beans of a module's classes").isEmpty();
    assertThat(context.getBean(Clock.class)).as("the application's own beans are there").isNotNull();
  }
}
