/** The pages people use: the buyer portal and the staff dashboard (templates under templates/portal). */
@ApplicationModule(displayName = "Portal")
package io.podesk.portal;
import org.springframework.modulith.ApplicationModule;
