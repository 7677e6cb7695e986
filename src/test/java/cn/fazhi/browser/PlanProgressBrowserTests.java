package cn.fazhi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.fazhi.plan.progress.PlanFixtures;
import cn.fazhi.plan.progress.PlanTestClock;
import cn.fazhi.plan.progress.PlanTestConfig;
import cn.fazhi.platform.security.AccountDirectory;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Progress and supervision in a real browser: the lead unit submits a progress report, the legal-affairs office
 * returns it, the clock passes the task's deadline, the scan runs and the overdue task is on the lead unit's home.
 * Test data by SQL ({@link PlanFixtures}); the clock is the movable {@link PlanTestClock}.
 */
@Import(PlanTestConfig.class)
class PlanProgressBrowserTests extends BrowserTestSupport {

    static final String DEMO_PASSWORD = "Fazhi@2026";

    @Autowired JdbcTemplate jdbc;
    @Autowired AccountDirectory accounts;
    @Autowired PlanTestClock clock;

    void logout() {
        WebElement button = driver.findElement(By.id("logout"));
        button.click();
        waiting().until(ExpectedConditions.stalenessOf(button));
    }

    String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    @Test
    void aLeadUnitSubmitsTheOfficeReturnsAndTheOverdueTaskReachesTheLeadUnitsHome() {
        PlanFixtures fx = new PlanFixtures(jdbc, accounts);
        clock.setDay(LocalDate.of(2026, 10, 12));
        UUID plan = fx.plan("QUARTERLY", 2026, 2027);
        UUID task = fx.task(plan, 88, "CZJ", LocalDate.of(2026, 12, 15), LocalDate.of(2026, 1, 5), "GAJ");

        // 市财政局 drafts and submits its 2026Q3 report
        loginPage().loginAs("czj", DEMO_PASSWORD);
        driver.get(url("/plans/reports"));
        driver.findElement(By.cssSelector("a[href='/plans/reports/new?taskId=" + task + "']")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("periodCode")));
        new Select(driver.findElement(By.id("periodCode"))).selectByValue("2026Q3");
        new Select(driver.findElement(By.id("taskStatus"))).selectByValue("IN_PROGRESS");
        driver.findElement(By.id("narrative")).sendKeys("已完成第一批规范性文件清理,形成目录。");
        driver.findElements(By.name("figureLabel")).get(0).sendKeys("清理文件");
        driver.findElements(By.name("figureValue")).get(0).sendKeys("126");
        driver.findElements(By.name("figureUnit")).get(0).sendKeys("件");
        driver.findElement(By.cssSelector("form.box button[type='submit']")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("submit-report")));
        assertThat(text("report-status")).isEqualTo("草稿");
        driver.findElement(By.id("submit-report")).click();
        waiting().until(ExpectedConditions.textToBe(By.id("report-status"), "已报送待审核"));
        String reportUrl = driver.getCurrentUrl();
        screenshot("submitted");
        logout();

        // 市司法局 returns it for supplement with a reason
        loginPage().loginAs("sfj", DEMO_PASSWORD);
        driver.get(reportUrl);
        driver.findElement(By.id("reason")).sendKeys("请补充清理目录和废止文件清单");
        driver.findElement(By.id("return")).click();
        waiting().until(ExpectedConditions.textToBe(By.id("report-status"), "退回补充"));
        assertThat(driver.findElement(By.tagName("body")).getText()).contains("退回理由:请补充清理目录和废止文件清单");
        screenshot("returned");

        // the deadline passes; the office runs the scan
        clock.setDay(LocalDate.of(2026, 12, 16));
        driver.get(url("/supervision"));
        driver.findElement(By.xpath("//button[contains(., '立即运行督办扫描')]")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "督办扫描完成(2026-12-16)"));
        assertThat(driver.findElement(By.id("alerts")).getText()).contains("任务逾期未完成", "第88项");
        logout();

        // the overdue task is on 市财政局's home page
        HomePage home = loginPage().loginAs("czj", DEMO_PASSWORD);
        assertThat(home.todoArea()).contains("任务逾期未完成:第88项", "已逾期");
        assertThat(fx.taskStatus(task)).isEqualTo("OVERDUE_UNFINISHED");
        screenshot("home-overdue");
    }
}
