package io.podesk.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless Chromium driven by Selenium, with screenshots under target/screenshots/. */
public final class Browser implements AutoCloseable {

  private final ChromeDriver driver;

  public Browser() {
    var options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--window-size=1400,1000");
    var service = new ChromeDriverService.Builder().usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
        .build();
    driver = new ChromeDriver(service, options);
  }

  public WebDriver driver() {
    return driver;
  }

  public WebDriverWait waiting() {
    return new WebDriverWait(driver, Duration.ofSeconds(20));
  }

  /**
   * Types into a field. Headless Chromium here drops synthetic key events on some inputs, so the value is set
   * the way a paste does it, with the input event the page's framework listens to.
   */
  public void type(By field, String text) {
    WebElement element = waiting().until(ExpectedConditions.elementToBeClickable(field));
    element.click();
    element.sendKeys(text);
    if (!text.equals(element.getDomProperty("value"))) {
      driver.executeScript("arguments[0].value = arguments[1];"
          + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
          + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", element, text);
    }
  }

  /** Clicks an element; falls back to a DOM click where headless Chromium drops the synthetic mouse event. */
  public void click(By target) {
    WebElement element = waiting().until(ExpectedConditions.elementToBeClickable(target));
    driver.executeScript("arguments[0].click();", element);
  }

  /** Logs in through PO Desk's one login page (the same session then opens Tasklist and Cockpit). */
  public void login(String base, String user, String password) {
    driver.get(base + "/login");
    type(By.id("username"), user);
    type(By.id("password"), password);
    click(By.id("login-submit"));
    waiting().until(d -> !d.getCurrentUrl().contains("/login"));
  }

  public void screenshot(String name) {
    try {
      Path folder = Files.createDirectories(Path.of("target", "screenshots"));
      Files.write(folder.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
      Files.writeString(folder.resolve(name + ".html"), driver.getPageSource());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
