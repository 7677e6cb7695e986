package cn.fazhi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The platform as a user meets it, in a real browser: sign in, the home page, lock-out, the deadline calculator and
 * the data scope. Each test leaves a screenshot under {@code target/screenshots/}.
 */
class PlatformBrowserTests extends BrowserTestSupport {

    static final String DEMO_PASSWORD = "Fazhi@2026";

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAdministratorSignsInAndSeesTheHomePage() {
        HomePage home = loginPage().loginAs("admin", DEMO_PASSWORD);

        assertThat(home.greeting()).contains("系统管理员");
        assertThat(home.organisation()).isNotBlank();
        assertThat(home.currentUser()).isEqualTo("系统管理员");
        assertThat(home.todoArea()).contains("待办事项");
        assertThat(driver.findElement(By.id("quick-links")).getText()).contains("审计日志", "用户");
        Path png = screenshot();
        assertThat(png).exists().isNotEmptyFile();
    }

    @Test
    void aMissingPageShowsTheChinese404PageWithoutInternals() {
        loginPage().loginAs("admin", DEMO_PASSWORD);
        driver.get(url("/no-such-page"));

        String text = driver.findElement(By.tagName("body")).getText();
        assertThat(text).contains("页面不存在", "返回首页").doesNotContain("Exception", "Whitelabel", "at org.");
        screenshot();
    }

    @Test
    void aUserIsLockedOutAfterFiveWrongPasswords() {
        // xcjd is used by no other test: locking it does not disturb them
        LoginPage login = loginPage();
        for (int i = 1; i <= 5; i++) {
            login.submit("xcjd", "Wrong-password-" + i);
            assertThat(login.isShown()).as("attempt %d stays on the login page", i).isTrue();
        }
        // even the right password is refused now
        login.submit("xcjd", DEMO_PASSWORD);

        assertThat(login.isShown()).isTrue();
        assertThat(login.errorText()).contains("账号已锁定");
        screenshot();
    }

    @Test
    void theCalendarPageComputesAWorkingDayDeadlineAcrossTheNationalDayHoliday() {
        loginPage().loginAs("czj", DEMO_PASSWORD);
        CalendarPage calendar = CalendarPage.open(driver, url("/calendar"));

        // 2025-09-26 is a Friday; working days after it (国办发明电〔2024〕12号): 09-28 (make-up Sunday), 09-29, 09-30,
        // then 10-01..10-08 off, 10-09, 10-10 → the fifth working day is 2025-10-10 (行政复议法 第88条: 五日 = 工作日)
        String result = calendar.due(LocalDate.of(2025, 9, 26), 5, "WORKING_DAYS");

        assertThat(result).contains("2025-10-10");
        screenshot();
    }

    @Test
    void aDepartmentUserCannotOpenAnotherOrganisationsUserPage() {
        Long adminId = jdbc.queryForObject("select id from app_user where username = 'admin'", Long.class);
        loginPage().loginAs("czj", DEMO_PASSWORD);

        // czj (市财政局, 本单位) guesses the id of a user of 市人民政府
        driver.get(url("/admin/users/" + adminId));

        String text = driver.findElement(By.tagName("body")).getText();
        assertThat(text).containsAnyOf("页面不存在", "没有访问权限", "不存在或无权访问");
        assertThat(text).doesNotContain("系统管理员", "Exception", "Whitelabel");
        assertThat(driver.findElements(By.id("error-page"))).isNotEmpty();
        screenshot();
    }


}
