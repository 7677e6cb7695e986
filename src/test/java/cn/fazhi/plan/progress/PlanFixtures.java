package cn.fazhi.plan.progress;

import cn.fazhi.platform.security.AccountDirectory;
import cn.fazhi.platform.security.FazhiPrincipal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Test data by SQL (until the plan-core domain is merged): a plan of the demo city government, supervised by 市司法局
 * (SFJ), with tasks led by 市财政局 (CZJ) or 市公安局 (GAJ). Titles are random, so runs sharing a PostgreSQL database
 * do not collide.
 */
public final class PlanFixtures {

    private final JdbcTemplate jdbc;
    private final AccountDirectory accounts;

    public PlanFixtures(JdbcTemplate jdbc, AccountDirectory accounts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    public long org(String code) {
        return jdbc.queryForObject("select id from org_unit where code = ?", Long.class, code);
    }

    public FazhiPrincipal user(String username) {
        return accounts.loadByUsername(username).orElseThrow(() -> new AssertionError("no user " + username));
    }

    public RequestPostProcessor as(String username) {
        return SecurityMockMvcRequestPostProcessors.user(user(username));
    }

    /** A plan in force of the city government, supervised by SFJ. */
    public UUID plan(String cycle, int startYear, int endYear) {
        UUID id = UUID.randomUUID();
        OffsetDateTime at = OffsetDateTime.of(startYear, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHours(8));
        jdbc.update("""
                insert into plan (org_id, id, title, doc_number, period_start_year, period_end_year, status, reporting_cycle,
                  supervisor_org_id, created_by, created_at, updated_at, version)
                values (?, ?, ?, ?, ?, ?, 'IN_FORCE', ?, ?, ?, ?, ?, 0)""",
                org("CITY"), id, "示范市法治政府建设实施方案(测试" + id.toString().substring(0, 8) + ")", "示政发〔" + startYear + "〕1号",
                startYear, endYear, cycle, org("SFJ"), userId("admin"), at, at);
        return id;
    }

    public long userId(String username) {
        return jdbc.queryForObject("select id from app_user where username = ?", Long.class, username);
    }

    /** A task with a dated deadline, entered on {@code enteredOn}; optional responsible units by code. */
    public UUID task(UUID planId, int number, String leadCode, LocalDate deadline, LocalDate enteredOn, String... responsible) {
        UUID id = UUID.randomUUID();
        OffsetDateTime at = enteredOn.atStartOfDay().atOffset(ZoneOffset.ofHours(8));
        jdbc.update("""
                insert into plan_task (org_id, id, plan_id, number, text, lead_org_id, lead_unit_text, deadline, deadline_kind,
                  deadline_text, status, created_at, updated_at, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'NOT_STARTED', ?, ?, 0)""",
                org("CITY"), id, planId, number, "第" + number + "项测试任务:全面清理规范性文件,建立动态管理制度。",
                org(leadCode), null, deadline, deadline == null ? "CONTINUOUS" : "DATE",
                deadline == null ? "持续推进" : deadline.getYear() + "年底前", at, at);
        for (String code : responsible) {
            jdbc.update("insert into plan_task_unit (plan_task_org_id, plan_task_id, unit_org_id, role) values (?, ?, ?, 'RESPONSIBLE')",
                    org("CITY"), id, org(code));
        }
        return id;
    }

    public String taskStatus(UUID taskId) {
        return jdbc.queryForObject("select status from plan_task where id = ?", String.class, taskId);
    }

    public LocalDate completedOn(UUID taskId) {
        return jdbc.queryForObject("select completed_on from plan_task where id = ?", LocalDate.class, taskId);
    }
}
