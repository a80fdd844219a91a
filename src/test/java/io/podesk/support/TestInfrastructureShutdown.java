package io.podesk.support;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/** Stops the test servers in order once every test has run (registered in META-INF/services). */
public class TestInfrastructureShutdown implements LauncherSessionListener {

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    TestInfrastructure.shutDown();
  }
}
