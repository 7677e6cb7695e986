package cn.fazhi.plan;

import java.util.UUID;

/** A line of the plan list. */
public record PlanSummary(long orgId, UUID id, String title, String docNumber, String orgName, int periodStartYear,
        int periodEndYear, PlanStatus status, long taskCount) {
    public String period() {
        return periodStartYear == periodEndYear ? periodStartYear + "年" : periodStartYear + "—" + periodEndYear + "年";
    }
}
