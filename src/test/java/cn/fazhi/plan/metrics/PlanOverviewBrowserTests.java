package cn.fazhi.plan.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import cn.fazhi.browser.BrowserTestSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Headless Chromium: the legal-affairs office opens a plan's overview (ECharts draws both charts from the embedded
 * JSON), publishes the plan, and a visitor without login reads the public page.
 */
class PlanOverviewBrowserTests extends BrowserTestSupport {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theOfficeSeesTheChartsPublishesAndAVisitorReadsThePublicPage() {
        PlanFixture.Scenario s = new PlanFixture(jdbc).standard("浏览器测试实施方案");
        loginPage().loginAs("sfj", "Fazhi@2026");

        driver.get(url("/plans/" + s.plan() + "/overview"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-areas canvas")));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-status canvas")));
        assertThat(driver.findElement(By.id("total-tasks")).getText()).isEqualTo("7");
        assertThat(driver.findElement(By.id("total-rate")).getText()).isEqualTo("42.86%");
        assertThat(driver.findElement(By.id("overdue-list")).getText()).contains("(3)", "测试县公安局");
        screenshot("overview");

        driver.findElement(By.id("publish")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("unpublish")));

        driver.manage().deleteAllCookies();
        driver.get(url("/public/plans/" + s.plan()));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("plan-title")));
        assertThat(driver.findElement(By.id("plan-title")).getText()).isEqualTo("浏览器测试实施方案");
        assertThat(driver.getPageSource()).contains("已完成全部工作。").doesNotContain("内部草稿").doesNotContain("退出登录");
        screenshot("public");
    }
}
