package cn.fazhi.browser;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.fazhi.FazhiApplication;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base class of the browser tests: the whole platform on a random port (demo city, test database) driven by a real
 * headless Debian Chromium. The driver and the browser are given explicitly ({@code /usr/bin/chromedriver},
 * {@code /usr/bin/chromium}) so that Selenium Manager never runs and nothing is downloaded. Each test gets a fresh
 * browser profile (no cookies carried over). {@link #screenshot(String)} saves {@code target/screenshots/<test>.png};
 * a failing test leaves {@code target/screenshots/FAILED-<test>.png}.
 * <p>Without Chromium the tests are skipped with a message, unless {@code FAZHI_REQUIRE_BROWSER=true} (scripts/test.sh
 * sets it), which makes them fail instead.
 */
@SpringBootTest(classes = FazhiApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@Tag("browser")
public abstract class BrowserTestSupport {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final Duration WAIT = Duration.ofSeconds(20);

    @LocalServerPort
    protected int port;

    protected WebDriver driver;
    private Path profile;
    private String testName;

    @RegisterExtension
    final AfterTestExecutionCallback screenshotOnFailure = this::screenshotOnFailure;

    @BeforeAll
    static void browserIsInstalled() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present) {
            String message = "Chromium not found (" + CHROMIUM + ", " + CHROMEDRIVER
                    + "): apt-get install -y chromium chromium-driver";
            if ("true".equalsIgnoreCase(System.getenv("FAZHI_REQUIRE_BROWSER"))) {
                fail("FAZHI_REQUIRE_BROWSER=true but " + message);
            }
            assumeTrue(false, "browser tests skipped: " + message);
        }
    }

    @BeforeEach
    void startBrowser(TestInfo info) throws IOException {
        testName = getClass().getSimpleName() + "-" + info.getTestMethod().map(m -> m.getName()).orElse("test");
        profile = Files.createTempDirectory("fazhi-chromium-");
        // explicit paths: with both set Selenium Manager is never consulted
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1366,900", "--lang=zh-CN");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    @AfterEach
    void stopBrowser() throws IOException {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** The absolute URL of a path on the running platform. */
    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    protected WebDriverWait waiting() {
        return new WebDriverWait(driver, WAIT);
    }

    protected LoginPage loginPage() {
        return LoginPage.open(driver, url("/login"));
    }

    /** Saves a PNG of the current page as {@code target/screenshots/<TestClass>-<testMethod>[-suffix].png}. */
    protected Path screenshot(String suffix) {
        return save(testName + (suffix == null || suffix.isBlank() ? "" : "-" + suffix));
    }

    protected Path screenshot() {
        return screenshot(null);
    }

    private Path save(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.copy(png, target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new IllegalStateException("cannot save screenshot " + name, e);
        }
    }

    private void screenshotOnFailure(ExtensionContext context) {
        if (context.getExecutionException().isPresent() && driver != null) {
            try {
                save("FAILED-" + testName);
            } catch (RuntimeException ignored) {
                // the failure itself is what matters
            }
        }
    }
}
