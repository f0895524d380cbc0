package com.weibao.support;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's chromium, headless at 1366×900 with Chinese as its language, driven through Debian's chromedriver (no
 * Selenium Manager: nothing is downloaded), opening Weibao's pages as a person would. Without chromium a browser
 * test is skipped with the reason, unless the system property {@value #REQUIRED} is true (CI), where it fails.
 */
public final class Browser implements AutoCloseable {

    public static final String REQUIRED = "weibao.browser.required";
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final ChromeDriver driver;
    private final String base;
    private final Path downloads;

    private Browser(ChromeDriver driver, String base, Path downloads) {
        this.driver = driver;
        this.base = base;
        this.downloads = downloads;
    }

    /** A new browser (its own session storage, so nobody is logged in) for the application on this port. */
    public static Browser open(int port) {
        requireInstalled(CHROMIUM, CHROMEDRIVER, Boolean.getBoolean(REQUIRED));
        try {
            Path downloads = Files.createTempDirectory(Path.of("target"), "browser-downloads-").toAbsolutePath();
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless=new", "--window-size=1366,900", "--no-sandbox", "--disable-dev-shm-usage",
                    "--disable-gpu", "--lang=zh-CN");
            options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                    "download.prompt_for_download", false, "intl.accept_languages", "zh-CN,zh"));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
            return new Browser(new ChromeDriver(service, options), "http://localhost:" + port, downloads);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Aborts the test (skipped, with the reason) if the browser is missing, or fails it if it is required. */
    static void requireInstalled(Path chromium, Path chromedriver, boolean required) {
        if (Files.isExecutable(chromium) && Files.isExecutable(chromedriver)) {
            return;
        }
        String missing = "browser tests need " + chromium + " and " + chromedriver
                + " (apt-get install chromium chromium-driver fonts-wqy-zenhei)";
        if (required) {
            fail(missing + "; " + REQUIRED + "=true");
        }
        Assumptions.abort(missing + "; skipped (set " + REQUIRED + "=true to fail instead)");
    }

    public void get(String pathAndQuery) {
        driver.get(base + pathAndQuery);
    }

    /** Types into the form-js field (start dialog or task form) whose label starts with {@code label}. */
    public void fill(String label, String value) {
        WebElement field = formLabel(label);
        WebElement input = visible("[id='" + field.getAttribute("for") + "']");
        input.clear();
        input.sendKeys(value);
    }

    /** Picks an option of a form-js select by its label, the way a user does: open the list, click the option. */
    public void choose(String label, String option) {
        WebElement field = formLabel(label)
                .findElement(By.xpath("./ancestor::div[contains(@class,'fjs-form-field')][1]"));
        WebElement select = field.findElement(By.cssSelector(".fjs-input-group"));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", select);
        select.click();
        all(".fjs-dropdownlist-item").stream().filter(i -> i.getText().equals(option)).findFirst()
                .orElseThrow(() -> new AssertionError("no option " + option + " in " + field.getText())).click();
    }

    /** Clicks 发起 in Tasklist's start dialog. */
    public void startProcess() {
        all(".modal-footer button").stream().filter(button -> button.getText().contains("发起"))
                .findFirst().orElseThrow().click();
    }

    private WebElement formLabel(String label) {
        return all(".modal-body label, .fjs-container label").stream().filter(l -> l.getText().startsWith(label))
                .findFirst().orElseThrow(() -> new AssertionError("no form field " + label));
    }

    /**
     * Opens a page behind HTTP Basic as a demo user (password = user name) as a browser does once its login prompt
     * was answered: every request of the page, its scripts' too, carries the credentials.
     */
    public void getWithBasicAuth(String user, String pathAndQuery) {
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of("Authorization",
                Http.basic(user))));
        driver.get(base + pathAndQuery);
    }

    /** Logs in on the page's own form (demo users: password = user name) and waits until the page greets the user. */
    public void logIn(String user) {
        logIn(user, user);
        text("#who", user);
    }

    public void logIn(String user, String password) {
        WebElement form = visible("#login");
        form.findElement(By.name("user")).sendKeys(user);
        form.findElement(By.name("password")).sendKeys(password);
        form.findElement(By.cssSelector("button[type=submit]")).click();
    }

    /** Logs in to Camunda Tasklist as a demo user (password = user name) and waits for its Chinese start link. */
    public void logInToTasklist(String user) {
        get("/camunda/app/tasklist/default/");
        visible("input[type=text]").sendKeys(user);
        visible("input[type=password]").sendKeys(user);
        visible("button[type=submit]").click();
        link("发起流程");
    }

    /** The element, once it is shown. */
    public WebElement visible(String css) {
        return waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    /** The element, once its text contains {@code text}. */
    public WebElement text(String css, String text) {
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
        return driver.findElement(By.cssSelector(css));
    }

    public WebElement link(String text) {
        return waiting().until(ExpectedConditions.elementToBeClickable(By.linkText(text)));
    }

    public List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public boolean isShown(String css) {
        return all(css).stream().anyMatch(WebElement::isDisplayed);
    }

    /** Runs a script in the page and answers its result (e.g. what a chart library drew). */
    public Object script(String script, Object... arguments) {
        return driver.executeScript(script, arguments);
    }

    /** What the screen shows now, as target/screenshots/{name}.png. */
    public void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOTS.resolve(name + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The screen with this element scrolled into view, as target/screenshots/{name}.png. */
    public void screenshot(String name, String css) {
        driver.executeScript("arguments[0].scrollIntoView()", visible(css));
        screenshot(name);
    }

    /** The file the browser saved under this name, once it is complete. */
    public byte[] downloaded(String fileName) {
        Path file = downloads.resolve(fileName);
        waiting().until(d -> Files.isRegularFile(file) && !Files.exists(downloads.resolve(fileName + ".crdownload")));
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(driver, PATIENCE);
    }

    @Override
    public void close() {
        driver.quit();
        try (Stream<Path> files = Files.walk(downloads)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
