package cn.fazhi.plan.web;

import cn.fazhi.plan.Milestone;
import cn.fazhi.plan.Plan;
import cn.fazhi.plan.PlanSection;
import cn.fazhi.plan.PlanSummary;
import cn.fazhi.plan.PlanTask;
import cn.fazhi.plan.TaskUnit;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** JSON shapes of the plan API. */
final class PlanDtos {

    private PlanDtos() {
    }

    record SectionDto(int sectionNo, int level, String label, String title, Integer parentSectionNo) {
        static SectionDto of(PlanSection s) {
            return new SectionDto(s.sectionNo(), s.level(), s.label(), s.title(), s.parentSectionNo());
        }
    }

    record PlanDto(UUID id, long orgId, String orgName, String title, String docNumber, int periodStartYear,
            int periodEndYear, String status, String statusLabel, String reportingCycle, long supervisorOrgId,
            String supervisorOrgName, String sourceSha256, UUID sourceAttachmentId, UUID parentPlanId,
            Integer taskCount, List<SectionDto> sections, List<String> allowedTransitions) {
    }

    record PlanSummaryDto(UUID id, long orgId, String orgName, String title, String docNumber, int periodStartYear,
            int periodEndYear, String status, String statusLabel, long taskCount) {
        static PlanSummaryDto of(PlanSummary s) {
            return new PlanSummaryDto(s.id(), s.orgId(), s.orgName(), s.title(), s.docNumber(), s.periodStartYear(),
                    s.periodEndYear(), s.status().name(), s.status().label(), s.taskCount());
        }
    }

    record UnitDto(long orgId, String orgName, String role) {
        static UnitDto of(TaskUnit u) {
            return new UnitDto(u.orgId(), u.orgName(), u.role().name());
        }
    }

    record TaskDto(UUID id, UUID planId, int number, String area, String subArea, String text, long leadOrgId,
            String leadOrgName, String leadUnitText, List<UnitDto> units, LocalDate deadline, String deadlineKind,
            String deadlineText, String status, String statusLabel, LocalDate completedOn, UUID workPlanAttachmentId,
            UUID parentTaskId, int version) {
        static TaskDto of(PlanTask t) {
            return new TaskDto(t.id(), t.planId(), t.number(), t.area(), t.subArea(), t.text(), t.leadOrgId(),
                    t.leadOrgName(), t.leadUnitText(), t.units().stream().map(UnitDto::of).toList(), t.deadline(),
                    t.deadlineKind().name(), t.deadlineText(), t.status().name(), t.status().label(), t.completedOn(),
                    t.workPlanAttachmentId(), t.parentTaskId(), t.version());
        }
    }

    record MilestoneDto(int seq, String title, LocalDate dueOn, LocalDate doneOn) {
        static MilestoneDto of(Milestone m) {
            return new MilestoneDto(m.seq(), m.title(), m.dueOn(), m.doneOn());
        }
    }

    record Page<T>(List<T> items, int page, int size, long total) {
    }

    record ImportResultDto(PlanDto plan, boolean created, int tasks, int sections, int unitsCreated,
            int aliasesRemembered, String message) {
    }

    record LeadUnitRequest(Long leadOrgId, String reason) {
    }

    record MilestoneRequest(String title, LocalDate dueOn) {
    }

    record MilestoneUpdate(Boolean done, LocalDate doneOn) {
    }

    record DeriveRequest(List<UUID> taskIds, String title) {
    }

    static List<String> allowed(Plan p) {
        return java.util.Arrays.stream(Plan.Transition.values()).filter(p::allows).map(Plan.Transition::path).toList();
    }
}
