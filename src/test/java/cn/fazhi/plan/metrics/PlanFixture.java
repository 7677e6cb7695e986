package cn.fazhi.plan.metrics;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Test data for the plan metrics, overview and public pages, written straight into the V8 tables (plan-core's
 * import and plan-progress's reports are built in parallel). Each fixture creates its own county under the demo city
 * so that tests sharing one database do not see each other's figures.
 *
 * <p>The standard scenario ({@link #standard}) has known answers, see {@link Scenario}.
 */
public final class PlanFixture {

    private final JdbcTemplate jdbc;

    public PlanFixture(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A new organisation under {@code parentId} (null: a root); returns its id. */
    public long org(Long parentId, String code, String name, String kind) {
        String parentPath = parentId == null ? "/"
                : jdbc.queryForObject("select path from org_unit where id = ?", String.class, parentId);
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("insert into org_unit (parent_id, path, code, name, kind, sort_order, active, created_at, updated_at, version)"
                + " values (?, ?, ?, ?, ?, 10, true, ?, ?, 0)", parentId, "/pending/", code, name, kind, now, now);
        long id = jdbc.queryForObject("select id from org_unit where code = ?", Long.class, code);
        jdbc.update("update org_unit set path = ? where id = ?", parentPath + id + "/", id);
        return id;
    }

    public long orgId(String code) {
        return jdbc.queryForObject("select id from org_unit where code = ?", Long.class, code);
    }

    public UUID plan(long orgId, String title, String status, int startYear, int endYear) {
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("insert into plan (org_id, id, title, doc_number, period_start_year, period_end_year, status,"
                + " reporting_cycle, supervisor_org_id, published, created_by, created_at, updated_at, version)"
                + " values (?, ?, ?, ?, ?, ?, ?, 'HALF_YEARLY', ?, false, 1, ?, ?, 0)",
                orgId, id, title, "示政发〔2016〕" + (Math.abs(id.hashCode()) % 90 + 10) + "号", startYear, endYear,
                status, orgId, now, now);
        return id;
    }

    public void section(long orgId, UUID planId, int no, int level, String label, String title, Integer parent) {
        jdbc.update("insert into plan_section (plan_org_id, plan_id, section_no, level, label, title, parent_section_no)"
                + " values (?, ?, ?, ?, ?, ?, ?)", orgId, planId, no, level, label, title, parent);
    }

    /** A task; deadline null for CONTINUOUS / RECURRING / NONE. */
    public UUID task(long orgId, UUID planId, int number, Integer area, long leadOrgId, String deadlineKind,
            LocalDate deadline, String status, LocalDate completedOn) {
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("insert into plan_task (org_id, id, plan_id, number, area_section_no, text, lead_org_id, deadline,"
                + " deadline_kind, deadline_text, status, completed_on, created_at, updated_at, version)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                orgId, id, planId, number, area, "任务" + number + ":完善依法行政制度体系并推进落实", leadOrgId,
                deadline == null ? null : Date.valueOf(deadline), deadlineKind,
                deadline == null ? ("CONTINUOUS".equals(deadlineKind) ? "持续推进" : null) : deadline.getYear() + "年底前",
                status, completedOn == null ? null : Date.valueOf(completedOn), now, now);
        return id;
    }

    public UUID report(long orgId, UUID taskId, String periodCode, LocalDate periodEnd, LocalDate dueOn,
            long reportingOrgId, String status, boolean completion, OffsetDateTime submittedAt, String narrative) {
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("insert into progress_report (org_id, id, task_id, period_code, period_end, due_on, reporting_org_id,"
                + " status, task_status, completion, narrative, submitted_at, created_at, updated_at, version)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                orgId, id, taskId, periodCode, Date.valueOf(periodEnd), Date.valueOf(dueOn), reportingOrgId, status,
                completion ? "COMPLETED" : "IN_PROGRESS", completion, narrative,
                submittedAt == null ? null : Timestamp.from(submittedAt.toInstant()), now, now);
        return id;
    }

    /**
     * The ids of the standard scenario. County {@code county} (a government under the demo city) with departments
     * {@code deptA}, {@code deptB} and town {@code town}; plan {@code plan} (执行中, 2016–2020) with two areas and seven
     * tasks, and a draft plan whose task never counts:
     * <pre>
     * task lead   deadline     status       completed   notes
     *  1   A     2017-06-30   COMPLETED    2017-05-01  accepted completion report R1 (on time)
     *  2   A     2017-12-31   IN_PROGRESS  -           completion report R2 SUBMITTED, not accepted
     *  3   B     2017-03-31   NOT_STARTED  -           overdue; report R3 accepted but late (Beijing date)
     *  4   county CONTINUOUS  ONGOING      -
     *  5   town  2019-12-31   IN_PROGRESS  -           not due in 2017
     *  6   B     2017-06-30   COMPLETED    2017-09-30  completed late (overdue), report R4 on time
     *  7   A     2018-12-31   COMPLETED    2017-11-30  completed early
     * </pre>
     * 2017, county with subordinates: total 6, completed 3, overdue 2 (tasks 3, 6), rate 50.00 (3/6), on-time 2/4.
     */
    public record Scenario(long county, long deptA, long deptB, long town, UUID plan, UUID draftPlan,
            UUID[] tasks, UUID r1, UUID r2, UUID r3, UUID r4) {
        public UUID task(int number) {
            return tasks[number - 1];
        }
    }

    public Scenario standard(String title) {
        String s = UUID.randomUUID().toString().substring(0, 8);
        long city = orgId("CITY");
        long county = org(city, "T-" + s, "测试县人民政府" + s, "GOVERNMENT");
        long a = org(county, "T-" + s + "-A", "测试县财政局" + s, "DEPARTMENT");
        long b = org(county, "T-" + s + "-B", "测试县公安局" + s, "DEPARTMENT");
        long town = org(county, "T-" + s + "-T", "测试镇人民政府" + s, "TOWN");
        UUID plan = plan(county, title, "IN_FORCE", 2016, 2020);
        section(county, plan, 1, 1, "一、", "依法全面履行政府职能", null);
        section(county, plan, 2, 2, "1.", "深化行政审批制度改革", 1);
        section(county, plan, 3, 1, "二、", "完善依法行政制度体系", null);
        UUID[] t = new UUID[7];
        t[0] = task(county, plan, 1, 1, a, "DATE", LocalDate.of(2017, 6, 30), "COMPLETED", LocalDate.of(2017, 5, 1));
        t[1] = task(county, plan, 2, 1, a, "DATE", LocalDate.of(2017, 12, 31), "IN_PROGRESS", null);
        t[2] = task(county, plan, 3, 1, b, "DATE", LocalDate.of(2017, 3, 31), "NOT_STARTED", null);
        t[3] = task(county, plan, 4, 1, county, "CONTINUOUS", null, "ONGOING", null);
        t[4] = task(county, plan, 5, 3, town, "DATE", LocalDate.of(2019, 12, 31), "IN_PROGRESS", null);
        t[5] = task(county, plan, 6, 3, b, "DATE", LocalDate.of(2017, 6, 30), "COMPLETED", LocalDate.of(2017, 9, 30));
        t[6] = task(county, plan, 7, 3, a, "DATE", LocalDate.of(2018, 12, 31), "COMPLETED", LocalDate.of(2017, 11, 30));
        jdbc.update("update plan_task set sub_area_section_no = 2 where org_id = ? and id = ?", county, t[1]);

        UUID draft = plan(county, title + "(草拟)", "DRAFT", 2016, 2020);
        task(county, draft, 1, null, a, "DATE", LocalDate.of(2017, 6, 30), "COMPLETED", LocalDate.of(2017, 5, 1));

        UUID r1 = report(county, t[0], "2017H1", LocalDate.of(2017, 6, 30), LocalDate.of(2017, 7, 10), a, "ACCEPTED", true,
                OffsetDateTime.parse("2017-07-10T15:00:00+08:00"), "已完成:出台权责清单,联系人电话13812345678。");
        UUID r2 = report(county, t[1], "2017H2", LocalDate.of(2017, 12, 31), LocalDate.of(2017, 12, 20), a, "SUBMITTED", true,
                OffsetDateTime.parse("2017-12-01T09:00:00+08:00"), "内部草稿:尚待审核的完成报告");
        UUID r3 = report(county, t[2], "2017H1", LocalDate.of(2017, 6, 30), LocalDate.of(2017, 7, 10), b, "ACCEPTED", false,
                OffsetDateTime.parse("2017-07-10T17:30:00Z"), "已启动调研,形成工作方案。");
        UUID r4 = report(county, t[5], "2017H2", LocalDate.of(2017, 12, 31), LocalDate.of(2017, 12, 20), b, "ACCEPTED", true,
                OffsetDateTime.parse("2017-12-01T10:00:00+08:00"), "已完成全部工作。");
        report(county, t[3], "2017", LocalDate.of(2017, 12, 31), LocalDate.of(2018, 1, 15), county, "ACCEPTED", false,
                OffsetDateTime.parse("2018-01-10T10:00:00+08:00"), "持续推进,年度工作按计划完成。");
        return new Scenario(county, a, b, town, plan, draft, t, r1, r2, r3, r4);
    }
}
