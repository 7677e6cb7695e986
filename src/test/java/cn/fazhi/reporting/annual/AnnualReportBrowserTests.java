package cn.fazhi.reporting.annual;

import static org.assertj.core.api.Assertions.assertThat;

import cn.fazhi.browser.BrowserTestSupport;
import cn.fazhi.platform.security.AccountDirectory;
import cn.fazhi.platform.security.FazhiPrincipal;
import cn.fazhi.reporting.ReportingFixtures;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Headless Chromium through the whole workflow of a report (a fixture town's 2025 report, so that a database kept
 * between runs never meets a report published before): the legal-affairs office (sfj) edits the title and a
 * narrative and submits it; 审核 (sfj, report:review) passes it with a comment; 领导审定 (leader, report:approve);
 * sfj publishes; a figure of the published report opens the records frozen behind it (including a progress report
 * that was never drafted); the public portal lists and shows the report.
 */
class AnnualReportBrowserTests extends BrowserTestSupport {

    static final String PASSWORD = "Fazhi@2026";

    @Autowired JdbcTemplate jdbc;
    @Autowired AccountDirectory accounts;
    @Autowired AnnualReportService service;

    @AfterEach
    void clearContext() {
        SecurityContextHolder.clearContext();
    }

    /** A town with plan tasks (2025) and its 2025 draft; sentences whose figures the town has no records for dropped. */
    UUID fixtureReport(String title) {
        ReportingFixtures fx = new ReportingFixtures(jdbc, accounts, null);
        long town = fx.newOrg(fx.org("CITY"), "浏览器测试镇");
        UUID plan = fx.plan();
        fx.task(plan, 1, town, LocalDate.of(2025, 6, 30), LocalDate.of(2025, 6, 20));
        fx.task(plan, 2, town, LocalDate.of(2025, 12, 31), null);
        fx.task(plan, 3, town, LocalDate.of(2025, 9, 30), LocalDate.of(2025, 9, 1));
        FazhiPrincipal sfj = fx.signIn("sfj");
        AnnualReport r = service.create(town, 2025, sfj);
        for (Rendered.Section s : service.view(r.id(), sfj).rendered().sections()) {
            for (Rendered.Sentence st : s.sentences()) {
                if (st.missing()) {
                    service.dropSentence(r.id(), st.key(), true, sfj);
                }
            }
        }
        SecurityContextHolder.clearContext();
        return r.id();
    }

    void signInAs(String username) {
        driver.manage().deleteAllCookies();
        loginPage().loginAs(username, PASSWORD);
    }

    void openReport(UUID id) {
        driver.get(url("/reports/annual/" + id));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("report-body")));
    }

    String status() {
        return driver.findElement(By.id("status")).getText();
    }

    void step(String action, String comment) {
        WebElement form = driver.findElement(By.cssSelector("#workflow form[action$='/" + action + "']"));
        if (comment != null) {
            form.findElement(By.name("comment")).sendKeys(comment);
        }
        WebElement button = form.findElement(By.cssSelector("button[type='submit']"));
        button.click();
        waiting().until(ExpectedConditions.stalenessOf(button));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("status")));
    }

    @Test
    void composeReviewApprovePublishThenFollowAFigureToItsRecordsAndSeeThePublicPage() {
        String title = "浏览器测试镇人民政府关于2025年度法治政府建设情况的报告";
        UUID id = fixtureReport(title);

        // 起草: the office sets the title, edits a narrative (saved by htmx) and submits
        signInAs("sfj");
        openReport(id);
        assertThat(status()).isEqualTo("起草中");
        driver.findElement(By.cssSelector("#header-form summary")).click();
        driver.findElement(By.id("header-title")).sendKeys(title);
        WebElement save = driver.findElement(By.id("header-save"));
        save.click();
        waiting().until(ExpectedConditions.stalenessOf(save));
        waiting().until(ExpectedConditions.textToBe(By.id("report-title"), title));
        screenshot("0-title-saved");
        WebElement narrative = driver.findElement(By.cssSelector("#report-body textarea[aria-label='(七)全面提高依法行政能力']"));
        narrative.clear();
        narrative.sendKeys("全年组织镇村干部参加法治专题培训,镇政府常务会议会前学法成为常态。");
        narrative.findElement(By.xpath("./ancestor::form//button[@type='submit']")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("saved-capacity"), "已保存"));
        screenshot("1-draft");
        step("submit", "请审核");
        assertThat(status()).isEqualTo("审核中");
        assertThat(driver.findElement(By.id("report-body")).getText()).contains("镇政府常务会议会前学法成为常态");

        // 审核: the reviewer passes it with a comment
        step("approve-review", "数据与台账一致,同意报领导审定");
        assertThat(status()).isEqualTo("待领导审定");
        screenshot("2-reviewed");

        // 领导审定: the leader approves; the 成文日期 is set
        signInAs("leader");
        openReport(id);
        assertThat(driver.findElements(By.cssSelector("#report-body textarea"))).isEmpty();
        step("approve", "同意发布");
        assertThat(status()).isEqualTo("已审定待发布");
        assertThat(driver.findElement(By.id("comments")).getText()).contains("数据与台账一致,同意报领导审定", "同意发布");
        screenshot("3-approved");

        // 发布: frozen with its hash
        signInAs("sfj");
        openReport(id);
        step("publish", null);
        assertThat(status()).isEqualTo("已发布");
        assertThat(driver.getPageSource()).contains("校验一致");
        // the published text has no dropped sentence; the comments read in Chinese
        assertThat(driver.findElements(By.id("sentence-gov_service"))).isEmpty();
        assertThat(driver.findElement(By.id("report-body")).getText()).doesNotContain("【未申报】")
                .doesNotContain("(一)依法全面履行政府职能").contains("(七)全面提高依法行政能力", "二、党政主要负责人");
        assertThat(driver.findElement(By.id("comments")).getText()).contains("提交审核", "审核通过", "领导审定", "发布")
                .doesNotContain("APPROVE_REVIEW");
        screenshot("4-published");

        // a figure of the published report opens the records frozen behind it
        List<WebElement> figures = driver.findElements(By.cssSelector("#sentence-plan\\.tasks a.figure"));
        assertThat(figures).isNotEmpty();
        figures.get(0).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("frozen-records")));
        List<WebElement> rows = driver.findElements(By.cssSelector("#frozen-records tbody tr"));
        assertThat(rows).hasSize(3);
        assertThat(driver.findElement(By.id("frozen-records")).getText()).contains("第1项测试任务");
        screenshot("5-records");

        // the on-time rate's records name the progress report that was never drafted
        openReport(id);
        driver.findElement(By.cssSelector("#sentence-plan\\.reports a.figure")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("frozen-records")));
        assertThat(driver.findElement(By.id("frozen-records")).getText()).contains("未报送");
        screenshot("6-missing-report");

        // the public portal, signed out
        driver.manage().deleteAllCookies();
        driver.get(url("/public/reports"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("public-reports")));
        WebElement link = driver.findElement(By.cssSelector("#public-reports a[href$='/public/reports/" + id + "']"));
        screenshot("7-public-list");
        link.click();
        waiting().until(ExpectedConditions.urlContains("/public/reports/" + id));
        assertThat(driver.getPageSource()).contains(title, "镇政府常务会议会前学法成为常态", "(七)全面提高依法行政能力")
                // an empty subsection prints no heading
                .doesNotContain("(一)依法全面履行政府职能");
        screenshot("8-public-report");
    }
}
