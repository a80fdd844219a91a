package io.podesk.notification;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders a mail from its template pair, {@code templates/mail/<name>.html} and {@code .txt}. The engine is this
 * component's own (not a bean), so it neither replaces nor is replaced by the web pages' view resolver.
 */
@Component
class MailTemplates {

  private final SpringTemplateEngine engine = new SpringTemplateEngine();

  MailTemplates() {
    engine.addTemplateResolver(resolver(TemplateMode.HTML, "*.html", 1));
    engine.addTemplateResolver(resolver(TemplateMode.TEXT, "*.txt", 2));
  }

  /**
   * Renders a mail. The model's values are escaped in the HTML (templates use {@code th:text}, never
   * {@code th:utext}); {@code poNumber} and {@code subject} are added to it.
   */
  RenderedMail render(MailKind kind, String poNumber, Map<String, ?> model, Object... subjectDetails) {
    Map<String, Object> variables = new HashMap<>(model);
    variables.put("poNumber", poNumber);
    return render(kind.template(), kind.subject(poNumber, subjectDetails), variables);
  }

  /** Renders a mail that is about no order (an invitation): its template pair and its subject as given. */
  RenderedMail render(String template, String subject, Map<String, ?> model) {
    Map<String, Object> variables = new HashMap<>(model);
    variables.put("subject", subject);
    Context context = new Context(Locale.ENGLISH, variables);
    return new RenderedMail(subject, engine.process(template + ".txt", context),
        engine.process(template + ".html", context));
  }

  private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String pattern, int order) {
    var resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("templates/mail/");
    resolver.setResolvablePatterns(Set.of(pattern));
    resolver.setTemplateMode(mode);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCheckExistence(true);
    resolver.setOrder(order);
    return resolver;
  }
}
