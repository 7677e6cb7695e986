package cn.fazhi.plan.progress.web;

import cn.fazhi.plan.progress.Figure;
import cn.fazhi.plan.progress.ProgressReport;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A progress report as the API shows it. */
record ReportDto(UUID id, UUID taskId, String periodCode, LocalDate periodEnd, LocalDate dueOn, boolean dueProvisional,
        long reportingOrgId, String status, String statusLabel, String taskStatus, String taskStatusLabel,
        boolean completion, String narrative, List<Figure> figures, OffsetDateTime submittedAt, OffsetDateTime reviewedAt,
        String returnReason, int version) {

    static ReportDto of(ProgressReport r) {
        return new ReportDto(r.id(), r.taskId(), r.periodCode(), r.periodEnd(), r.dueOn(), r.dueProvisional(),
                r.reportingOrgId(), r.status().name(), r.status().label(), r.content().taskStatus().name(),
                r.content().taskStatus().label(), r.content().completion(), r.content().narrative(), r.content().figures(),
                r.submittedAt(), r.reviewedAt(), r.returnReason(), r.version());
    }
}
