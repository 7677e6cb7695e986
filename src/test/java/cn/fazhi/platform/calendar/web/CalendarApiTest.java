package cn.fazhi.platform.calendar.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.fazhi.platform.calendar.HolidayNoticeLoaded;
import cn.fazhi.platform.calendar.StatutoryCalendar;
import cn.fazhi.platform.security.DataScope;
import cn.fazhi.platform.security.FazhiPrincipal;
import cn.fazhi.support.FazhiIntegrationTest;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/** The calendar's HTTP API and pages, on the full application (H2, or the suite's PostgreSQL). */
@FazhiIntegrationTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class CalendarApiTest {

    /** A year no seed or other test uses; removed again after each test so the shared database keeps 2027 unloaded. */
    static final int NEW_YEAR = 2027;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    StatutoryCalendar calendar;
    @Autowired
    ApplicationEvents events;

    static FazhiPrincipal principal(String... permissions) {
        return new FazhiPrincipal(990_001L, "calendar-test", "日历测试员", 1L, "测试单位", "/1/", null, true, false,
                Set.of("TEST"), Set.of(permissions), DataScope.everything());
    }

    static final FazhiPrincipal STAFF = principal();
    static final FazhiPrincipal MANAGER = principal("calendar:manage");

    static final String NOTICE_2027 = """
            {"year": 2027, "noticeNo": "国办发明电〔2026〕99号", "publishedOn": "2026-11-10",
             "offDays": [{"date": "2027-01-01", "name": "元旦"}, {"date": "2027-01-02", "name": "元旦"},
                         {"date": "2027-01-03", "name": "元旦"},
                         {"date": "2027-01-04", "name": "元旦"}, {"date": "2027-01-05", "name": "元旦"}],
             "workdays": [{"date": "2027-01-09", "name": "元旦"}, "2027-01-10"],
             "replace": true}""";

    @AfterEach
    void removeTheTestYear() {
        if (jdbc.queryForObject("select count(*) from calendar_notice where cal_year = ?", Integer.class, NEW_YEAR) > 0) {
            jdbc.update("delete from calendar_day where notice_year = ?", NEW_YEAR);
            jdbc.update("delete from calendar_notice where cal_year = ?", NEW_YEAR);
            jdbc.update("update calendar_version set version = version + 1 where id = 1");
        }
        calendar.reload();
    }

    private long version() {
        return jdbc.queryForObject("select version from calendar_version where id = 1", Long.class);
    }

    private int auditRows(int year) {
        return jdbc.queryForObject("select count(*) from audit_record where entity_type = 'calendar_notice' and entity_id = ?",
                Integer.class, String.valueOf(year));
    }

    @Test
    void dueReturnsTheDateTheProvisionalFlagAndTheRuleInWords() throws Exception {
        mvc.perform(get("/api/calendar/due").param("from", "2025-09-26").param("amount", "5").param("unit", "WORKING_DAYS")
                        .with(user(STAFF)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.due").value("2025-10-10"))
                .andExpect(jsonPath("$.provisional").value(false))
                .andExpect(jsonPath("$.basis").value(containsString("5个工作日,起算日不计入")))
                .andExpect(jsonPath("$.basis").value(containsString("行政复议法(2023)第八十八条")));
    }

    @Test
    void aDueDateIn2027IsProvisionalWhileItsNoticeIsNotLoaded() throws Exception {
        mvc.perform(get("/api/calendar/due").param("from", "2026-12-25").param("amount", "10").param("unit", "WORKING_DAYS")
                        .with(user(STAFF)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.due").value("2027-01-08"))
                .andExpect(jsonPath("$.provisional").value(true))
                .andExpect(jsonPath("$.warning").value(containsString("待公布")));
    }

    @Test
    void aZeroNegativeNonNumericOrAbsurdAmountIsRejectedInChinese() throws Exception {
        for (String amount : new String[] {"0", "-2", "abc", "99999"}) {
            mvc.perform(get("/api/calendar/due").param("from", "2025-09-26").param("amount", amount).param("unit", "NATURAL_DAYS")
                            .with(user(STAFF)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code").value("VALIDATION"))
                    .andExpect(jsonPath("$.detail").value(containsString("期间数量")))
                    .andExpect(jsonPath("$.errors[0].field").value("amount"));
        }
    }

    @Test
    void anUnknownUnitIsRejectedWithTheListOfValidUnits() throws Exception {
        mvc.perform(get("/api/calendar/due").param("from", "2025-09-26").param("amount", "5").param("unit", "WEEKS")
                        .with(user(STAFF)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("期间单位“WEEKS”无效")))
                .andExpect(jsonPath("$.detail").value(containsString("WORKING_DAYS(工作日)")))
                .andExpect(jsonPath("$.detail").value(containsString("MONTHS")));
    }

    @Test
    void aMalformedStartDateIsRejectedInChinese() throws Exception {
        mvc.perform(get("/api/calendar/due").param("from", "2025-02-30").param("amount", "5").param("unit", "MONTHS")
                        .with(user(STAFF)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("起算日期“2025-02-30”不是有效日期")))
                .andExpect(jsonPath("$.errors[0].field").value("from"));
    }

    @Test
    void loadingANoticeWithoutCalendarManageIsForbiddenAndWritesNothing() throws Exception {
        long before = version();
        int auditBefore = auditRows(NEW_YEAR);
        mvc.perform(post("/api/calendar/notices").contentType(MediaType.APPLICATION_JSON).content(NOTICE_2027)
                        .with(user(STAFF)).with(csrf()))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(containsString("calendar:manage")));
        assertThat(version()).isEqualTo(before);
        assertThat(calendar.isProvisional(LocalDate.of(NEW_YEAR, 1, 4))).isTrue();
        assertThat(auditRows(NEW_YEAR)).isEqualTo(auditBefore);
    }

    @Test
    void anInvalidNoticeIsRejectedWithEveryProblemAndWritesNothing() throws Exception {
        long before = version();
        int auditBefore = auditRows(NEW_YEAR);
        mvc.perform(post("/api/calendar/notices").contentType(MediaType.APPLICATION_JSON).content("""
                        {"year": 2027, "noticeNo": "国办发明电〔2026〕99号", "publishedOn": "2026-11-10",
                         "offDays": [{"date": "2027-01-01", "name": "元旦"}, {"date": "2026-06-01", "name": "儿童节"},
                                     {"date": "2027-02-30", "name": "春节"}, {"date": "2027-01-09", "name": "元旦"}],
                         "workdays": ["2027-01-06", "2027-01-09"]}""")
                        .with(user(MANAGER)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION"))
                .andExpect(jsonPath("$.detail").value(containsString("未保存")))
                .andExpect(jsonPath("$.errors[*].message").value(hasItem(containsString("2026-06-01 不在2027年度内"))))
                .andExpect(jsonPath("$.errors[*].message").value(hasItem(containsString("“2027-02-30”不是有效日期"))))
                .andExpect(jsonPath("$.errors[*].message").value(hasItem(containsString("调休上班日必须是星期六或星期日"))))
                .andExpect(jsonPath("$.errors[*].message").value(hasItem(containsString("不能既是放假日又是调休上班日"))));
        assertThat(version()).isEqualTo(before);
        assertThat(calendar.isProvisional(LocalDate.of(NEW_YEAR, 1, 4))).isTrue();
        assertThat(auditRows(NEW_YEAR)).isEqualTo(auditBefore);
    }

    @Test
    void enteringTheNewYearsNoticeMakesA2027DeadlineNonProvisional() throws Exception {
        int auditBefore = auditRows(NEW_YEAR);
        mvc.perform(get("/api/calendar/due").param("from", "2026-12-31").param("amount", "3").param("unit", "WORKING_DAYS")
                        .with(user(STAFF)))
                .andExpect(jsonPath("$.provisional").value(true))
                .andExpect(jsonPath("$.due").value("2027-01-05"));

        mvc.perform(post("/api/calendar/notices").contentType(MediaType.APPLICATION_JSON).content(NOTICE_2027)
                        .with(user(MANAGER)).with(csrf()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.notice.year").value(NEW_YEAR))
                .andExpect(jsonPath("$.notice.offDays").value(5))
                .andExpect(jsonPath("$.notice.workdays").value(2));

        // 01-01..01-05 off; 01-06 (1), 01-07 (2), 01-08 (3)
        mvc.perform(get("/api/calendar/due").param("from", "2026-12-31").param("amount", "3").param("unit", "WORKING_DAYS")
                        .with(user(STAFF)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.provisional").value(false))
                .andExpect(jsonPath("$.due").value("2027-01-08"));
        assertThat(calendar.isWorkday(LocalDate.of(NEW_YEAR, 1, 9))).isTrue();
        assertThat(auditRows(NEW_YEAR)).isEqualTo(auditBefore + 1);
        assertThat(events.stream(HolidayNoticeLoaded.class)).containsExactly(new HolidayNoticeLoaded(NEW_YEAR, "国办发明电〔2026〕99号", false));
    }

    @Test
    void aLoadedYearIsOnlyReplacedOnRequest() throws Exception {
        mvc.perform(post("/api/calendar/notices").contentType(MediaType.APPLICATION_JSON).content(NOTICE_2027)
                .with(user(MANAGER)).with(csrf())).andExpect(status().isCreated());
        long before = version();
        mvc.perform(post("/api/calendar/notices").contentType(MediaType.APPLICATION_JSON)
                        .content(NOTICE_2027.replace("\"replace\": true", "\"replace\": false"))
                        .with(user(MANAGER)).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("NOTICE_EXISTS"));
        assertThat(version()).isEqualTo(before);
        mvc.perform(put("/api/calendar/notices/2027").contentType(MediaType.APPLICATION_JSON)
                        .content(NOTICE_2027.replace("\"2027-01-05\", \"name\": \"元旦\"}", "\"2027-01-05\", \"name\": \"元旦\"}, {\"date\": \"2027-02-10\", \"name\": \"春节\"}"))
                        .with(user(MANAGER)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.replaced").value(true))
                .andExpect(jsonPath("$.notice.offDays").value(6));
        assertThat(calendar.isWorkday(LocalDate.of(NEW_YEAR, 2, 10))).isFalse();
    }

    @Test
    void aSeededYearAndADayCanBeRead() throws Exception {
        mvc.perform(get("/api/calendar/notices/2026").with(user(STAFF)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.noticeNo").value("国办发明电〔2025〕7号"))
                .andExpect(jsonPath("$.offDays").value(33));
        mvc.perform(get("/api/calendar/days/2025-10-11").with(user(STAFF)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.workday").value(true))
                .andExpect(jsonPath("$.kind").value("WORK"));
        mvc.perform(get("/api/calendar/notices/2031").with(user(STAFF)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(containsString("待公布")));
    }

    @Test
    void theCalendarPageShowsTheYearWithItsNoticeNumberAndMarksMakeUpDays() throws Exception {
        mvc.perform(get("/calendar").param("year", "2026").with(user(STAFF)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("国办发明电〔2025〕7号")))
                .andExpect(content().string(containsString("id=\"due-from\"")))
                .andExpect(content().string(containsString("id=\"due-result\"")))
                .andExpect(content().string(containsString("data-date=\"2026-02-28\"")))
                .andExpect(content().string(containsString(">班<")));
        mvc.perform(get("/calendar").param("year", "2027").with(user(STAFF)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"cal-not-loaded\"")));
    }

    @Test
    void theCalculatorFragmentShowsTheDueDateAndAProvisionalWarning() throws Exception {
        mvc.perform(get("/calendar/due").header("HX-Request", "true")
                        .param("from", "2025-09-26").param("amount", "5").param("unit", "WORKING_DAYS").with(user(STAFF)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2025-10-10")))
                .andExpect(content().string(containsString("id=\"due-basis\"")));
        mvc.perform(get("/calendar/due").header("HX-Request", "true")
                        .param("from", "2026-12-20").param("amount", "30").param("unit", "NATURAL_DAYS").with(user(STAFF)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"due-provisional\"")))
                .andExpect(content().string(containsString("待公布")));
        mvc.perform(get("/calendar/due").header("HX-Request", "true")
                        .param("from", "2025-09-26").param("amount", "0").param("unit", "WORKING_DAYS").with(user(STAFF)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"due-errors\"")))
                .andExpect(content().string(containsString("期间数量必须至少为 1")));
    }

    @Test
    void theAdminPageListsTheYearsAndShowsFormErrorsInlineWithoutSaving() throws Exception {
        mvc.perform(get("/admin/calendar").with(user(MANAGER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("国办发明电〔2024〕12号")))
                .andExpect(content().string(containsString("id=\"notice-off-days\"")));
        long before = version();
        mvc.perform(post("/admin/calendar").with(user(MANAGER)).with(csrf())
                        .param("year", "2027").param("noticeNo", "国办发明电〔2026〕99号").param("publishedOn", "2026-11-10")
                        .param("offDays", "2027-01-01 元旦\n2027-13-01 春节").param("workdays", "2027-01-06"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"notice-errors\"")))
                .andExpect(content().string(containsString("放假日期第2行")))
                .andExpect(content().string(containsString("2027-13-01")));
        assertThat(version()).isEqualTo(before);
        assertThat(calendar.isProvisional(LocalDate.of(NEW_YEAR, 1, 1))).isTrue();
    }

    @Test
    void theAdminPageIsForbiddenWithoutCalendarManage() throws Exception {
        mvc.perform(get("/admin/calendar").with(user(STAFF))).andExpect(status().isForbidden());
        long before = version();
        mvc.perform(post("/admin/calendar").with(user(STAFF)).with(csrf())
                        .param("year", "2027").param("noticeNo", "国办发明电〔2026〕99号").param("publishedOn", "2026-11-10")
                        .param("offDays", "2027-01-01 元旦"))
                .andExpect(status().isForbidden());
        assertThat(version()).isEqualTo(before);
    }

    @Test
    void theAdminFormLoadsAYearFromTextLinesWithRanges() throws Exception {
        mvc.perform(post("/admin/calendar").with(user(MANAGER)).with(csrf())
                        .param("year", "2027").param("noticeNo", "国办发明电〔2026〕99号").param("publishedOn", "2026-11-10")
                        .param("offDays", "2027-01-01至2027-01-03 元旦\n2027-02-06~2027-02-12 春节")
                        .param("workdays", "2027-02-13 春节").param("replace", "true"))
                .andExpect(status().is3xxRedirection());
        assertThat(calendar.isProvisional(LocalDate.of(NEW_YEAR, 2, 8))).isFalse();
        assertThat(calendar.isWorkday(LocalDate.of(NEW_YEAR, 2, 8))).isFalse();
        assertThat(calendar.isWorkday(LocalDate.of(NEW_YEAR, 2, 13))).isTrue();
    }

    @Test
    void theApiIsDocumentedInOpenApi() throws Exception {
        mvc.perform(get("/v3/api-docs").with(user(STAFF)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/api/calendar/due")));
    }
}
