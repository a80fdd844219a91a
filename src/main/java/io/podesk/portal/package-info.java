/** The pages people use: the buyer portal and the staff dashboard (templates under templates/portal). */
@org.springframework.modulith.ApplicationModule(displayName = "Portal")
package io.podesk.portal;
