package cn.fazhi.browser;

import java.time.Duration;
import java.time.LocalDate;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The 法定期间 page ({@code /calendar}): start date, amount, unit → the due date in {@code #due-result}. */
public final class CalendarPage {

    private final WebDriver driver;

    private CalendarPage(WebDriver driver) {
        this.driver = driver;
    }

    static CalendarPage open(WebDriver driver, String url) {
        driver.get(url);
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.id("due-from")));
        return new CalendarPage(driver);
    }

    /** Computes a due date; {@code unitValueOrLabel} is the option value (e.g. WORKING_DAYS) or its Chinese label. */
    public String due(LocalDate from, int amount, String unitValueOrLabel) {
        WebElement date = driver.findElement(By.id("due-from"));
        // a date input's typed format depends on the browser locale; set the ISO value the form submits
        ((JavascriptExecutor) driver).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                date, from.toString());
        WebElement n = driver.findElement(By.id("due-amount"));
        n.clear();
        n.sendKeys(Integer.toString(amount));
        Select unit = new Select(driver.findElement(By.id("due-unit")));
        boolean chosen = false;
        for (WebElement option : unit.getOptions()) {
            if (unitValueOrLabel.equals(option.getAttribute("value")) || option.getText().contains(unitValueOrLabel)) {
                unit.selectByVisibleText(option.getText());
                chosen = true;
                break;
            }
        }
        if (!chosen) {
            throw new IllegalArgumentException("no unit option " + unitValueOrLabel);
        }
        driver.findElement(By.id("due-submit")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> d.findElement(By.id("due-result")).getText().matches("(?s).*\\d{4}-\\d{2}-\\d{2}.*"));
        return result();
    }

    public String result() {
        return driver.findElement(By.id("due-result")).getText();
    }
}
