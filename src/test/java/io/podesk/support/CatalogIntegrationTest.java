package io.podesk.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * Like {@link IntegrationTest}, with the demo catalog loaded, as {@code ./mvnw spring-boot:run} has it: every order
 * line is checked against the catalog and the demo companies' price policies apply (ACME flags a variance, Northwind
 * refuses beyond 5 %, Globex accepts within 2 %). One shared context of its own, on a database of its own, in a JVM
 * of its own (the surefire execution {@code catalog-test}, by the tag): Camunda keeps one default engine per JVM,
 * and this context's engine REST calls must find its own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"podesk.demo-data.catalog=true", "podesk.test.database=podesk_catalog"})
@ActiveProfiles({"demo", "test"})
@Tag("catalog-context")
@ContextConfiguration(initializers = TestInfrastructure.class)
public @interface CatalogIntegrationTest {}
