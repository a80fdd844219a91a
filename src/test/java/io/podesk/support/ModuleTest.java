package io.podesk.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.core.annotation.AliasFor;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * A module test: starts only the test's module and its declared dependencies (Spring Modulith's
 * {@code @ApplicationModuleTest}) on an in-memory H2 database of its own, without an HTTP server and, unless the module
 * is {@code workflow}, without the Camunda engine. It runs the demo profile with its demo data, so customers, people
 * and authority limits exist. Each module gets a context of its own, closed after its test class so that the module
 * tests' schedulers and pools do not stay behind for the rest of the suite. Without the engine, the seller's staff
 * come from {@link ModuleTestStaff}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ApplicationModuleTest
@ActiveProfiles("demo")
@ContextConfiguration(initializers = ModuleTestSettings.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
public @interface ModuleTest {

  /** Which other modules start with the one under test: its direct dependencies unless a test needs more. */
  @AliasFor(annotation = ApplicationModuleTest.class, attribute = "mode")
  BootstrapMode value() default BootstrapMode.DIRECT_DEPENDENCIES;

  /** Further modules to start, by name: with {@code STANDALONE}, the ones a module's beans need. */
  @AliasFor(annotation = ApplicationModuleTest.class, attribute = "extraIncludes")
  String[] extraIncludes() default {};

  /**
   * A mock servlet environment, which the identity module's security needs; a module whose test needs no web layer
   * and that does not start identity starts faster without it ({@code NONE}).
   */
  @AliasFor(annotation = ApplicationModuleTest.class, attribute = "webEnvironment")
  WebEnvironment web() default WebEnvironment.MOCK;
}
