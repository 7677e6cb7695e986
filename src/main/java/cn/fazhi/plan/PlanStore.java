package cn.fazhi.plan;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Inserts of a new plan, its sections, tasks and units (used by the import and by derived plans). Callers hold the
 * transaction, check permissions and audit; this class only writes rows with bind parameters.
 */
@Component
public class PlanStore {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    PlanStore(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A new plan row. */
    public record NewPlan(long orgId, UUID id, String title, String docNumber, int periodStartYear, int periodEndYear,
            PlanStatus status, ReportingCycle reportingCycle, long supervisorOrgId, String sourceSha256,
            UUID sourceAttachmentId, Long parentPlanOrgId, UUID parentPlanId, long createdBy) {
    }

    /** A new task row with its other units. */
    public record NewTask(UUID id, int number, Integer areaSectionNo, Integer subAreaSectionNo, String text,
            long leadOrgId, String leadUnitText, LocalDate deadline, DeadlineKind deadlineKind, String deadlineText,
            TaskStatus status, Long parentTaskOrgId, UUID parentTaskId, List<UnitLink> units) {
    }

    /** Another unit of a task. */
    public record UnitLink(long orgId, UnitRole role) {
    }

    public void insertPlan(NewPlan p) {
        Timestamp now = Timestamp.from(Instant.now(clock));
        jdbc.update("""
                insert into plan (org_id, id, title, doc_number, period_start_year, period_end_year, status, reporting_cycle,
                                  supervisor_org_id, source_sha256, source_attachment_id, parent_plan_org_id, parent_plan_id,
                                  published, created_by, created_at, updated_at, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false, ?, ?, ?, 0)""",
                p.orgId(), p.id(), p.title(), p.docNumber(), p.periodStartYear(), p.periodEndYear(), p.status().name(),
                p.reportingCycle().name(), p.supervisorOrgId(), p.sourceSha256(), p.sourceAttachmentId(),
                p.parentPlanOrgId(), p.parentPlanId(), p.createdBy(), now, now);
    }

    public void insertSections(long planOrgId, UUID planId, List<PlanSection> sections) {
        List<Object[]> rows = new ArrayList<>();
        for (PlanSection s : sections) {
            rows.add(new Object[] {planOrgId, planId, s.sectionNo(), s.level(), s.label(), s.title(), s.parentSectionNo()});
        }
        if (!rows.isEmpty()) {
            jdbc.batchUpdate("""
                    insert into plan_section (plan_org_id, plan_id, section_no, level, label, title, parent_section_no)
                    values (?, ?, ?, ?, ?, ?, ?)""", rows);
        }
    }

    public void insertTasks(long planOrgId, UUID planId, List<NewTask> tasks) {
        Timestamp now = Timestamp.from(Instant.now(clock));
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> units = new ArrayList<>();
        for (NewTask t : tasks) {
            rows.add(new Object[] {planOrgId, t.id(), planId, t.number(), t.areaSectionNo(), t.subAreaSectionNo(),
                    t.text(), t.leadOrgId(), t.leadUnitText(), t.deadline(), t.deadlineKind().name(), t.deadlineText(),
                    t.status().name(), t.parentTaskOrgId(), t.parentTaskId(), now, now});
            for (UnitLink u : t.units()) {
                units.add(new Object[] {planOrgId, t.id(), u.orgId(), u.role().name()});
            }
        }
        if (!rows.isEmpty()) {
            jdbc.batchUpdate("""
                    insert into plan_task (org_id, id, plan_id, number, area_section_no, sub_area_section_no, text, lead_org_id,
                                           lead_unit_text, deadline, deadline_kind, deadline_text, status, parent_task_org_id,
                                           parent_task_id, created_at, updated_at, version)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""", rows);
        }
        if (!units.isEmpty()) {
            jdbc.batchUpdate("insert into plan_task_unit (plan_task_org_id, plan_task_id, unit_org_id, role) values (?, ?, ?, ?)",
                    units);
        }
    }

    /** The plan an organisation already imported from the same parsed content, if any. */
    public java.util.Optional<UUID> findBySource(long orgId, String sha256) {
        return jdbc.query("select id from plan where org_id = ? and source_sha256 = ?",
                (rs, i) -> rs.getObject(1, UUID.class), orgId, sha256).stream().findFirst();
    }
}
