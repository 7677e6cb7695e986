package cn.fazhi.reporting;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import cn.fazhi.platform.security.AccountDirectory;
import cn.fazhi.platform.security.FazhiPrincipal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Test data by SQL: fresh organisations under the demo city (so tests sharing a database never collide), a plan of
 * the city with tasks led by them, and requests as the demo users.
 */
public final class ReportingFixtures {

    private final JdbcTemplate jdbc;
    private final AccountDirectory accounts;
    private final MockMvc mvc;

    public ReportingFixtures(JdbcTemplate jdbc, AccountDirectory accounts, MockMvc mvc) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.mvc = mvc;
    }

    public long org(String code) {
        return jdbc.queryForObject("select id from org_unit where code = ?", Long.class, code);
    }

    /** A new unit under {@code parentId} (kind TOWN), with a random code. */
    public long newOrg(long parentId, String name) {
        String parentPath = jdbc.queryForObject("select path from org_unit where id = ?", String.class, parentId);
        String code = "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(8));
        jdbc.update("""
                insert into org_unit (parent_id, path, code, name, kind, sort_order, active, created_at, updated_at, version)
                values (?, '/', ?, ?, 'TOWN', 900, true, ?, ?, 0)""", parentId, code, name + code, now, now);
        long id = org(code);
        jdbc.update("update org_unit set path = ? where id = ?", parentPath + id + "/", id);
        return id;
    }

    public FazhiPrincipal user(String username) {
        return accounts.loadByUsername(username).orElseThrow(() -> new AssertionError("no user " + username));
    }

    public RequestPostProcessor as(String username) {
        return SecurityMockMvcRequestPostProcessors.user(user(username));
    }

    /** Runs service calls as {@code username} (services that read the security context, e.g. attachments). */
    public FazhiPrincipal signIn(String username) {
        FazhiPrincipal p = user(username);
        var c = SecurityContextHolder.createEmptyContext();
        c.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(p, null, p.getAuthorities()));
        SecurityContextHolder.setContext(c);
        return p;
    }

    /** A plan in force of the city (2024–2025), supervised by SFJ. */
    public UUID plan() {
        UUID id = UUID.randomUUID();
        OffsetDateTime at = OffsetDateTime.of(2024, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHours(8));
        jdbc.update("""
                insert into plan (org_id, id, title, doc_number, period_start_year, period_end_year, status, reporting_cycle,
                  supervisor_org_id, created_by, created_at, updated_at, version)
                values (?, ?, ?, ?, 2024, 2025, 'IN_FORCE', 'YEARLY', ?, ?, ?, ?, 0)""",
                org("CITY"), id, "报告测试实施方案" + id.toString().substring(0, 8), "示政发〔2024〕9号", org("SFJ"),
                jdbc.queryForObject("select id from app_user where username = 'admin'", Long.class), at, at);
        return id;
    }

    /** A task of {@code planId} led by {@code leadOrgId}, due {@code deadline}; completed on {@code completedOn} if set. */
    public UUID task(UUID planId, int number, long leadOrgId, LocalDate deadline, LocalDate completedOn) {
        UUID id = UUID.randomUUID();
        OffsetDateTime at = OffsetDateTime.of(2024, 1, 5, 0, 0, 0, 0, ZoneOffset.ofHours(8));
        jdbc.update("""
                insert into plan_task (org_id, id, plan_id, number, text, lead_org_id, deadline, deadline_kind,
                  deadline_text, status, completed_on, created_at, updated_at, version)
                values (?, ?, ?, ?, ?, ?, ?, 'DATE', ?, ?, ?, ?, ?, 0)""",
                org("CITY"), id, planId, number, "第" + number + "项测试任务:清理规范性文件。", leadOrgId, deadline,
                deadline.getYear() + "年底前", completedOn == null ? "IN_PROGRESS" : "COMPLETED", completedOn, at, at);
        return id;
    }

    public void complete(UUID taskId, LocalDate on) {
        jdbc.update("update plan_task set status = 'COMPLETED', completed_on = ? where id = ?", on, taskId);
    }

    public ResultActions postJson(String url, String body, String user) throws Exception {
        return mvc.perform(post(url).contentType(MediaType.APPLICATION_JSON).content(body == null ? "{}" : body)
                .with(as(user)).with(csrf()));
    }

    public ResultActions putJson(String url, String body, String user) throws Exception {
        return mvc.perform(put(url).contentType(MediaType.APPLICATION_JSON).content(body).with(as(user)).with(csrf()));
    }
}
