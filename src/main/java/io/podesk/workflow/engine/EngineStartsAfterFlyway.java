package io.podesk.workflow.engine;

import java.util.Arrays;
import java.util.stream.Stream;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.stereotype.Component;

/** The process engine checks its schema when it starts, so it must start after Flyway has created it. */
@Component
class EngineStartsAfterFlyway implements BeanFactoryPostProcessor {

  private static final String ENGINE = "processEngineFactoryBean";
  private static final String FLYWAY = "flywayInitializer";

  @Override
  public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
    if (!beanFactory.containsBeanDefinition(ENGINE) || !beanFactory.containsBeanDefinition(FLYWAY)) {
      return;
    }
    BeanDefinition engine = beanFactory.getBeanDefinition(ENGINE);
    String[] dependsOn = engine.getDependsOn() == null ? new String[0] : engine.getDependsOn();
    if (!Arrays.asList(dependsOn).contains(FLYWAY)) {
      engine.setDependsOn(Stream.concat(Arrays.stream(dependsOn), Stream.of(FLYWAY)).toArray(String[]::new));
    }
  }
}
