/** Tiny value types and error types shared by every module. */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package io.podesk.shared;
import org.springframework.modulith.ApplicationModule;
