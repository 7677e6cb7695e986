package cn.fazhi.browser;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The personal home page: greeting (name, organisation, roles) and the 待办 area. */
public final class HomePage {

    private final WebDriver driver;

    private HomePage(WebDriver driver) {
        this.driver = driver;
    }

    static HomePage expect(WebDriver driver) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.id("greeting")));
        return new HomePage(driver);
    }

    public String greeting() {
        return driver.findElement(By.id("greeting")).getText();
    }

    public String organisation() {
        return driver.findElement(By.id("greeting-org")).getText();
    }

    public String todoArea() {
        return driver.findElement(By.id("todos")).getText();
    }

    public String currentUser() {
        return driver.findElement(By.id("current-user")).getText();
    }
}
