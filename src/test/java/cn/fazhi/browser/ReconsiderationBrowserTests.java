package cn.fazhi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 6 §1 end to end in Chromium: a member of the public applies online and gets a tracking code; the office
 * (sfj) accepts under the ordinary procedure and sends the copy; the respondent (gaj, 市公安局) answers; the office
 * hears the views and decides; the decision appears in the metrics.
 */
class ReconsiderationBrowserTests extends BrowserTestSupport {

    String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    void act(String action) {
        WebElement button = waiting().until(ExpectedConditions.elementToBeClickable(By.id("submit-" + action)));
        button.click();
        waiting().until(ExpectedConditions.stalenessOf(button));
        assertThat(driver.findElements(By.id("page-error"))).as("error after " + action).isEmpty();
    }

    void signInAs(String username) {
        driver.manage().deleteAllCookies();
        loginPage().loginAs(username, "Fazhi@2026");
    }

    @Test
    void aCitizenAppliesOnlineTheOfficeDecidesAfterTheRespondentAnswersAndTheMetricCountsIt() {
        // the public applies, no login
        driver.get(url("/public/reconsideration/apply"));
        driver.findElement(By.id("applicant")).sendKeys("王小明");
        driver.findElement(By.id("contact")).sendKeys("13900001111");
        driver.findElement(By.id("respondent")).sendKeys("市公安局");
        driver.findElement(By.id("actDescription")).sendKeys("不服市公安局作出的罚款500元的行政处罚决定,请求撤销");
        screenshot("1-apply");
        driver.findElement(By.id("apply-submit")).click();
        String code = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("tracking-code"))).getText();
        assertThat(code).matches("FY[A-Z0-9]{10}");
        screenshot("2-applied");

        // the office accepts, sends the copy
        signInAs("sfj");
        driver.get(url("/reconsideration"));
        driver.findElement(By.linkText(caseNoFor(code))).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("deadlines")));
        assertThat(text("deadlines")).contains("行政复议法(2023) 第三十条");
        screenshot("3-received");
        new Select(driver.findElement(By.cssSelector("#form-accept select[name=procedure]"))).selectByValue("ORDINARY");
        act("accept");
        assertThat(text("case-state")).isEqualTo("已受理");
        act("copy-to-respondent");
        assertThat(text("case-state")).isEqualTo("已发送答复通知");
        assertThat(text("documents")).contains("行政复议受理通知书").contains("提出答复通知书");
        String caseUrl = driver.getCurrentUrl();

        // the respondent answers
        signInAs("gaj");
        driver.get(url("/reconsideration/respondent"));
        assertThat(text("pending-answers")).contains(caseNoFor(code));
        screenshot("4-respondent");
        driver.get(caseUrl);
        driver.findElement(By.cssSelector("#form-answer input[name=summary]")).sendKeys("处罚事实清楚,证据确凿");
        act("answer");
        assertThat(text("case-state")).isEqualTo("被申请人已答复");

        // the office hears the views and decides
        signInAs("sfj");
        driver.get(caseUrl);
        act("hearing");
        new Select(driver.findElement(By.cssSelector("#form-decide select[name=decisionType]"))).selectByValue("UPHELD");
        act("decide");
        assertThat(text("case-state")).isEqualTo("已作出决定");
        assertThat(text("decision")).contains("维持");
        assertThat(text("timeline")).contains("行政复议法(2023) 第六十八条");
        screenshot("5-decided");

        // the metric counts it and lists the case
        driver.get(url("/metrics?name=reconsideration.upheld&orgId=" + cityId() + "&subordinates=true&period="
                + java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear()));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("metric-value")));
        assertThat(Integer.parseInt(text("metric-figure"))).isGreaterThanOrEqualTo(1);
        assertThat(text("metric-records")).contains(caseNoFor(code));
        screenshot("6-metric");

        // the public tracking page shows the decision
        driver.manage().deleteAllCookies();
        driver.get(url("/public/reconsideration/track?code=" + code));
        assertThat(text("track-state")).isEqualTo("已作出决定");
        screenshot("7-track");
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    String caseNoFor(String code) {
        return jdbc.queryForObject("select case_no from recon_case where tracking_code = ?", String.class, code);
    }

    long cityId() {
        return jdbc.queryForObject("select id from org_unit where code = 'CITY'", Long.class);
    }
}
