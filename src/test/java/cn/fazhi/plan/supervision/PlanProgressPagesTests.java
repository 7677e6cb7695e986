package cn.fazhi.plan.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.fazhi.plan.progress.PlanFixtures;
import cn.fazhi.plan.progress.PlanProgressTest;
import cn.fazhi.plan.progress.PlanTestClock;
import cn.fazhi.platform.security.AccountDirectory;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The progress and supervision pages through MockMvc: a lead unit reports, the office returns and supervises. */
@PlanProgressTest
class PlanProgressPagesTests {

    @Autowired WebApplicationContext context;
    @Autowired JdbcTemplate jdbc;
    @Autowired AccountDirectory accounts;
    @Autowired PlanTestClock clock;

    MockMvc mvc;
    PlanFixtures fx;
    UUID plan;
    UUID task;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        fx = new PlanFixtures(jdbc, accounts);
        clock.setDay(LocalDate.of(2026, 10, 12));
        plan = fx.plan("QUARTERLY", 2026, 2027);
        task = fx.task(plan, 41, "CZJ", LocalDate.of(2026, 12, 31), LocalDate.of(2026, 1, 5), "GAJ");
    }

    String reportId() {
        return jdbc.queryForObject("select id from progress_report where task_id = ?", UUID.class, task).toString();
    }

    @Test
    void aLeadUnitReportsThroughThePagesAndTheOfficeReturnsIt() throws Exception {
        mvc.perform(get("/plans/reports").with(fx.as("czj"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("本单位牵头的任务")))
                .andExpect(content().string(containsString("第41项")));
        mvc.perform(get("/plans/reports/new").param("taskId", task.toString()).with(fx.as("czj"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("2026年第三季度(报送期限 2026-10-20)")));
        mvc.perform(post("/plans/reports/new").param("taskId", task.toString()).param("periodCode", "2026Q3")
                        .param("taskStatus", "IN_PROGRESS").param("narrative", "已完成第一批文件清理")
                        .param("figureLabel", "清理文件", "").param("figureValue", "126", "").param("figureUnit", "件", "")
                        .with(fx.as("czj")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        String id = reportId();
        mvc.perform(get("/plans/reports/" + id).with(fx.as("czj"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("已完成第一批文件清理")))
                .andExpect(content().string(containsString("value=\"126\"")))
                .andExpect(content().string(containsString("报送")));
        mvc.perform(post("/plans/reports/" + id).param("taskStatus", "IN_PROGRESS").param("narrative", "已完成第一批文件清理")
                        .param("action", "submit").with(fx.as("czj")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("notice", "已报送,等待审核"));
        mvc.perform(get("/plans/reports").with(fx.as("sfj"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("待审核的进展报告")))
                .andExpect(content().string(containsString("/plans/reports/" + id)));
        mvc.perform(get("/plans/reports/" + id).with(fx.as("sfj"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("退回补充")))
                .andExpect(content().string(containsString("id=\"accept\"")));
        mvc.perform(post("/plans/reports/" + id + "/return").param("reason", "").with(fx.as("sfj")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("error", "退回补充须填写退回理由"));
        mvc.perform(post("/plans/reports/" + id + "/return").param("reason", "请补充清理目录").with(fx.as("sfj")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/plans/reports").with(fx.as("czj"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("退回理由:请补充清理目录")));
        mvc.perform(get("/plans/tasks/" + task + "/history").with(fx.as("czj"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("2026Q3 审核:退回补充(请补充清理目录)")))
                .andExpect(content().string(containsString("进展报告报送")));
    }

    @Test
    void aUnitNotOnTheTaskGetsNotFoundPages() throws Exception {
        mvc.perform(post("/plans/reports/new").param("taskId", task.toString()).param("periodCode", "2026Q3")
                .param("taskStatus", "IN_PROGRESS").param("narrative", "x").with(fx.as("czj")).with(csrf()));
        mvc.perform(get("/plans/reports/" + reportId()).with(fx.as("dcjd"))).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("进展报告不存在或无权访问")));
        mvc.perform(get("/plans/tasks/" + task + "/history").with(fx.as("dcjd"))).andExpect(status().isNotFound());
        mvc.perform(get("/supervision/notices/new").param("taskId", task.toString()).with(fx.as("czj")))
                .andExpect(status().isForbidden());
    }

    @Test
    void theOfficeIssuesANoticeTheUnitRepliesAndTheLedgerShowsIt() throws Exception {
        mvc.perform(get("/supervision/notices/new").param("taskId", task.toString()).with(fx.as("sfj"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("催办 → 督办 → 约谈 / 通报")));
        mvc.perform(post("/supervision/notices").param("taskId", task.toString()).param("level", "SUPERVISE")
                        .param("reason", "进展滞后").with(fx.as("sfj")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("error", containsString("不能直接督办")));
        mvc.perform(post("/supervision/notices").param("taskId", task.toString()).param("level", "URGE")
                        .param("reason", "进展滞后,请抓紧推进").with(fx.as("sfj")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        UUID id = jdbc.queryForObject("select id from supervision_notice where task_id = ?", UUID.class, task);
        String number = jdbc.queryForObject("select number from supervision_notice where id = ?", String.class, id);
        mvc.perform(get("/supervision/notices/" + id).with(fx.as("czj"))).andExpect(status().isOk())
                .andExpect(content().string(containsString(number)))
                .andExpect(content().string(containsString("/api/supervision/notices/" + id + "/document.docx")))
                .andExpect(content().string(containsString("提交回复")));
        mvc.perform(post("/supervision/notices/" + id + "/reply").param("text", "已制定整改计划").with(fx.as("czj")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("notice", "已回复"));
        mvc.perform(get("/supervision/notices/" + id).with(fx.as("sfj"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("已制定整改计划")))
                .andExpect(content().string(containsString("办结")))
                .andExpect(content().string(not(containsString("提交回复"))));
        mvc.perform(post("/supervision/notices/" + id + "/close").param("remark", "整改到位").with(fx.as("sfj")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select status from supervision_notice where id = ?", String.class, id)).isEqualTo("CLOSED");
        mvc.perform(get("/supervision").param("level", "URGE").param("status", "CLOSED").with(fx.as("sfj")))
                .andExpect(status().isOk()).andExpect(content().string(containsString(number)))
                .andExpect(content().string(containsString("/api/supervision/ledger.xlsx?level=URGE&amp;status=CLOSED")));
        mvc.perform(get("/supervision").param("level", "SUPERVISE").with(fx.as("sfj")))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString(number))));
        mvc.perform(get("/plans/tasks/" + task + "/history").with(fx.as("sfj"))).andExpect(status().isOk())
                .andExpect(content().string(containsString(number + " 已办结:整改到位")));
    }

    @Test
    void theScanButtonRunsTheScanForTheOffice() throws Exception {
        mvc.perform(post("/supervision/scan").with(fx.as("sfj")).with(csrf())).andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", containsString("督办扫描完成(2026-10-12)")));
        mvc.perform(post("/supervision/scan").with(fx.as("czj")).with(csrf())).andExpect(status().isForbidden());
    }
}
