package cn.fazhi.reporting.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import cn.fazhi.browser.BrowserTestSupport;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Headless Chromium: the legal-affairs office uploads seed report 000, sees its figures highlighted, saves them for
 * 句容市 2015, and opens the comparison with our city.
 */
class ExtractionBrowserTests extends BrowserTestSupport {

    @Test
    void theOfficeExtractsASeedReportSavesItAndSeesTheComparison() throws Exception {
        Path seed = Path.of("../shared/seeds/000_c9f1166c08980c4c.txt").toAbsolutePath().normalize();
        if (!Files.exists(seed)) {
            if (System.getenv("CI") != null) {
                throw new IllegalStateException("seed missing: " + seed);
            }
            Assumptions.abort("seed missing: " + seed);
        }
        loginPage().loginAs("sfj", "Fazhi@2026");
        driver.get(url("/reports/extract"));
        driver.findElement(By.id("file")).sendKeys(seed.toString());
        driver.findElement(By.id("place")).sendKeys("句容市");
        driver.findElement(By.id("year")).clear();
        driver.findElement(By.id("year")).sendKeys("2015");
        driver.findElement(By.id("extract-button")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("figures")));
        assertThat(driver.findElements(By.cssSelector("#extract-text mark")).size()).isGreaterThanOrEqualTo(50);
        assertThat(driver.findElement(By.id("fig-1")).getText()).isNotBlank();
        assertThat(driver.findElement(By.id("figures")).getText()).contains("reconsideration.received", "26件");
        screenshot("extract");

        driver.findElement(By.id("save-button")).click();
        // saved now, or (on a database kept from an earlier run) recognised as saved before
        waiting().until(ExpectedConditions.or(ExpectedConditions.presenceOfElementLocated(By.id("saved-message")),
                ExpectedConditions.presenceOfElementLocated(By.id("existing-message"))));
        screenshot("saved");

        driver.get(url("/reports/comparison?year=2015"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("comparison")));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".comparison-chart canvas")));
        assertThat(driver.findElement(By.id("comparison")).getText()).contains("句容市", "收到行政复议申请数");
        screenshot("comparison");
    }
}
