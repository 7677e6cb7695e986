package cn.fazhi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 6 §2–3 in Chromium, through the pages only: (a) 市公安局 registers a litigation case from the summons, records
 * the head's appearance and the judgment; the case is in the list and the head-appearance rate counts it; (b) a
 * petition received by 市财政局 is forwarded (转送) to 东城街道, which accepts, replies and records the petitioner's
 * satisfaction; (c) a mediation case from the application to an agreement. Screenshots at each step.
 */
class DisputesBrowserTests extends BrowserTestSupport {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Autowired
    JdbcTemplate jdbc;

    void signInAs(String username) {
        driver.manage().deleteAllCookies();
        loginPage().loginAs(username, "Fazhi@2026");
    }

    String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    /** Sets a date input (the browser's own date widget is locale-dependent). */
    void date(By field, LocalDate value) {
        WebElement el = driver.findElement(field);
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", el, value.toString());
    }

    void type(By field, String value) {
        WebElement el = driver.findElement(field);
        el.clear();
        el.sendKeys(value);
    }

    /** Submits the form and waits for the next page; no error may show. */
    void submit(String formCss) {
        WebElement button = driver.findElement(By.cssSelector(formCss + " button[type=submit]"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
        button.click();
        waiting().until(ExpectedConditions.stalenessOf(button));
        assertThat(driver.findElements(By.id("form-error"))).as("error after " + formCss)
                .allSatisfy(e -> assertThat(e.getText()).isEmpty());
    }

    static java.nio.file.Path evidenceFile() {
        try {
            java.nio.file.Path f = java.nio.file.Files.createTempFile("答辩状", ".txt");
            java.nio.file.Files.writeString(f, "答辩状:被诉处罚决定事实清楚,证据确凿,程序合法,请求驳回原告诉讼请求。");
            return f;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void litigationTheDepartmentRegistersASummonsTheHeadAppearsTheJudgmentIsRecordedAndTheRateCountsIt() {
        String number = "(" + TODAY.getYear() + ")示0102行初" + (1000 + Math.abs(UUID.randomUUID().hashCode() % 8999)) + "号";
        LocalDate received = TODAY.minusDays(40);
        LocalDate heard = TODAY.minusDays(10);
        signInAs("gaj");
        driver.get(url("/litigation"));
        type(By.id("caseNumber"), number);
        type(By.id("courtName"), "示范市东城区人民法院");
        type(By.id("plaintiff"), "浏览器测试原告");
        type(By.id("cause"), "不服市公安局治安管理处罚决定");
        date(By.id("complaintReceivedOn"), received);
        screenshot("1-summons");
        submit("form[action$='/litigation/cases']");
        assertThat(text("case-number")).isEqualTo(number);
        assertThat(text("deadlines")).contains("行政诉讼法");
        screenshot("2-registered");

        // the defence within 15 days of the complaint copy (行政诉讼法 第六十七条), with the evidence
        date(By.id("filedOn"), received.plusDays(10));
        driver.findElement(By.id("files")).sendKeys(evidenceFile().toString());
        submit("#defence-form");
        assertThat(driver.findElements(By.cssSelector("#deadlines tr.has-background-danger-light"))).isEmpty();

        date(By.id("heldOn"), heard);
        new Select(driver.findElement(By.id("appeared"))).selectByValue("HEAD");
        type(By.id("headName"), "赵国庆");
        type(By.id("headPost"), "局长");
        new Select(driver.findElement(By.id("headRole"))).selectByValue("PRINCIPAL");
        submit("#hearing-form");
        assertThat(text("timeline")).contains("赵国庆");
        screenshot("3-head-appeared");

        new Select(driver.findElement(By.id("type"))).selectByValue("DISMISS_CLAIM");
        date(By.id("decidedOn"), TODAY.minusDays(3));
        date(By.id("servedOn"), TODAY.minusDays(2));
        submit("#decision-form");
        assertThat(text("case-state")).isNotBlank();
        assertThat(text("timeline")).contains("判决驳回原告诉讼请求");
        screenshot("4-judged");

        driver.get(url("/litigation"));
        assertThat(text("case-table")).contains(number);
        screenshot("5-list");

        long gaj = jdbc.queryForObject("select id from org_unit where code = 'GAJ'", Long.class);
        signInAs("sfj");
        driver.get(url("/metrics?name=litigation.head_appearance_rate&orgId=" + gaj + "&subordinates=false&period="
                + heard.getYear()));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("metric-value")));
        assertThat(text("metric-figure")).isNotEqualTo("—");
        assertThat(new java.math.BigDecimal(text("metric-figure"))).isPositive();
        assertThat(text("metric-records")).contains(number);
        screenshot("6-metric");
    }

    @Test
    void petitionReceivedByTheWrongOrganIsForwardedTheReceivingUnitAcceptsRepliesAndRecordsSatisfaction() {
        String petitioner = "浏览器信访人" + UUID.randomUUID().toString().substring(0, 4);
        signInAs("czj");
        driver.get(url("/petitions"));
        new Select(driver.findElement(By.id("channel"))).selectByValue("LETTER");
        new Select(driver.findElement(By.id("category"))).selectByValue("CLAIM");
        type(By.id("petitioner"), petitioner);
        date(By.id("receivedOn"), TODAY.minusDays(12));
        type(By.id("matter"), "反映东城街道某小区违法建设长期未处理");
        submit("form[method=post][action$='/petitions']");
        assertThat(text("petition-state")).isEqualTo("已登记,待决定是否受理");
        screenshot("1-received");

        date(By.cssSelector("#forward-form input[name=forwardedOn]"), TODAY.minusDays(10));
        type(By.cssSelector("#forward-form input[name=toOrg]"), "东城街道办事处");
        type(By.cssSelector("#forward-form input[name=reason]"), "违法建设查处属街道办事处职责");
        submit("#forward-form");
        assertThat(text("forwarded-to")).isEqualTo("东城街道办事处");
        assertThat(text("timeline")).contains("市财政局转送至东城街道办事处");
        assertThat(driver.findElements(By.id("forward-form"))).isEmpty(); // the sender no longer decides
        screenshot("2-forwarded");

        signInAs("dcjd");
        driver.get(url("/"));
        // the receiving organ's to-do: its 15 days from receipt end within the week
        assertThat(driver.getPageSource()).contains(petitioner);
        screenshot("3-todo");
        driver.get(url("/petitions"));
        driver.findElement(By.linkText(petitioner)).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("forward-form")));
        assertThat(text("deadlines")).contains("决定是否受理(接收转送、交办的机关)");
        screenshot("4-receiving-unit");
        date(By.cssSelector("form[action$='/accept'] input[name=acceptedOn]"), TODAY.minusDays(4));
        type(By.cssSelector("form[action$='/accept'] input[name=handlingOrg]"), "东城街道办事处");
        submit("form[action$='/accept']");
        assertThat(text("petition-state")).isEqualTo("已受理,办理中");

        date(By.cssSelector("#reply-form input[name=repliedOn]"), TODAY.minusDays(1));
        new Select(driver.findElement(By.cssSelector("#reply-form select[name=outcome]"))).selectByValue("SUPPORTED");
        type(By.cssSelector("#reply-form textarea[name=text]"), "已责令当事人限期拆除违法建设");
        submit("#reply-form");
        assertThat(text("petition-state")).isEqualTo("已书面答复");
        new Select(driver.findElement(By.cssSelector("form[action$='/evaluation'] select[name=satisfaction]")))
                .selectByValue("SATISFIED");
        submit("form[action$='/evaluation']");
        assertThat(text("timeline")).contains("评价:满意");
        screenshot("5-replied-satisfied");

        // a third organ does not see it
        signInAs("xcjd");
        driver.get(url("/petitions"));
        assertThat(text("petition-table")).doesNotContain(petitioner);
    }

    @Test
    void mediationFromTheApplicationToAnAgreement() {
        String applicant = "浏览器申请人" + UUID.randomUUID().toString().substring(0, 4);
        signInAs("gaj");
        driver.get(url("/mediation"));
        type(By.id("applicant"), applicant);
        type(By.id("otherParty"), "李四");
        new Select(driver.findElement(By.id("disputeType"))).selectByValue("TRAFFIC");
        type(By.id("summary"), "两车刮擦,双方对修理费用分担有争议");
        date(By.id("receivedOn"), TODAY.minusDays(5));
        submit("form[action$='/mediation/cases']");
        screenshot("1-received");

        date(By.cssSelector("form[action$='/accept'] input[name=acceptedOn]"), TODAY.minusDays(4));
        driver.findElement(By.cssSelector("form[action$='/accept'] input[name=applicantConsents]")).click();
        driver.findElement(By.cssSelector("form[action$='/accept'] input[name=otherPartyConsents]")).click();
        submit("form[action$='/accept']");
        date(By.cssSelector("form[action$='/sessions'] input[name=heldOn]"), TODAY.minusDays(2));
        type(By.cssSelector("form[action$='/sessions'] input[name=mediator]"), "交警大队调解员");
        type(By.cssSelector("form[action$='/sessions'] input[name=summary]"), "现场调解,释明道路交通安全法有关规定");
        submit("form[action$='/sessions']");
        screenshot("2-accepted");

        new Select(driver.findElement(By.cssSelector("#outcome-form select[name=outcome]"))).selectByValue("SUCCEEDED");
        date(By.cssSelector("#outcome-form input[name=closedOn]"), TODAY.minusDays(1));
        type(By.cssSelector("#outcome-form textarea[name=agreement]"), "李四一次性赔偿修理费800元");
        submit("#outcome-form");
        assertThat(text("timeline")).contains("李四一次性赔偿修理费800元");
        screenshot("3-agreement");

        driver.get(url("/mediation"));
        assertThat(text("case-table")).contains(applicant).contains("调解成功");
        screenshot("4-list");
    }
}
