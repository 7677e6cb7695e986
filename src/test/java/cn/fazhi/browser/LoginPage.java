package cn.fazhi.browser;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The login page ({@code /login}): standard field names {@code username} / {@code password}; the refusal is shown in
 * a Bulma danger notification (or an element with id {@code login-error}).
 */
public final class LoginPage {

    private final WebDriver driver;

    private LoginPage(WebDriver driver) {
        this.driver = driver;
    }

    static LoginPage open(WebDriver driver, String url) {
        driver.get(url);
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.name("username")));
        return new LoginPage(driver);
    }

    /** Fills in the form and submits it; returns when the next page has loaded. */
    public LoginPage submit(String username, String password) {
        WebElement user = driver.findElement(By.name("username"));
        user.clear();
        user.sendKeys(username);
        WebElement pass = driver.findElement(By.name("password"));
        pass.clear();
        pass.sendKeys(password);
        List<WebElement> buttons = driver.findElements(By.id("login-submit"));
        WebElement button = buttons.isEmpty()
                ? pass.findElement(By.xpath("./ancestor::form//button[@type='submit' or not(@type)]"))
                : buttons.get(0);
        button.click();
        // success and refusal both load a new page (redirect to / or to /login?error): the old button goes stale
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(button));
        return this;
    }

    /** Logs in and expects to land on the home page. */
    public HomePage loginAs(String username, String password) {
        submit(username, password);
        return HomePage.expect(driver);
    }

    /** The refusal message shown on the page, or "" when none. */
    public String errorText() {
        for (By by : List.of(By.id("login-error"), By.cssSelector(".notification.is-danger"))) {
            List<WebElement> found = driver.findElements(by);
            if (!found.isEmpty()) {
                return found.get(0).getText().trim();
            }
        }
        return "";
    }

    public boolean isShown() {
        return !driver.findElements(By.name("password")).isEmpty();
    }
}
