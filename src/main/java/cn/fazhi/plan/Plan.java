package cn.fazhi.plan;

import cn.fazhi.platform.kernel.BusinessException;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * An implementation plan (实施方案). Its status moves 草拟 → 印发 → 执行中 → 已结束, one step at a time; each transition
 * checks its gate and refuses with a Chinese message naming the current state.
 *
 * @param orgId           the issuing organisation (plan.org_id)
 * @param supervisorOrgId the legal-affairs office that supervises it (督办单位)
 */
public record Plan(long orgId, UUID id, String title, String docNumber, int periodStartYear, int periodEndYear,
        PlanStatus status, ReportingCycle reportingCycle, long supervisorOrgId, String sourceSha256,
        UUID sourceAttachmentId, Long parentPlanOrgId, UUID parentPlanId, boolean published, long createdBy,
        OffsetDateTime createdAt, int version) {

    /** A transition a user can ask for, by its URL name. */
    public enum Transition {
        ISSUE("issue", "印发"), START("start", "开始执行"), END("end", "结束");

        private final String path;
        private final String label;

        Transition(String path, String label) {
            this.path = path;
            this.label = label;
        }

        public String path() {
            return path;
        }

        public String label() {
            return label;
        }

        public static Transition parse(String path) {
            for (Transition t : values()) {
                if (t.path.equalsIgnoreCase(path)) {
                    return t;
                }
            }
            throw new BusinessException("UNKNOWN_TRANSITION", "未知的操作“" + path + "”,可用:issue(印发)、start(开始执行)、end(结束)", 400);
        }
    }

    /** The plan after {@code t}; refuses when the current state does not allow it. */
    public Plan apply(Transition t, int taskCount) {
        return switch (t) {
            case ISSUE -> issue(taskCount);
            case START -> start();
            case END -> end();
        };
    }

    /** 印发: only a draft with at least one task. */
    public Plan issue(int taskCount) {
        require(PlanStatus.DRAFT, "印发", "只有“草拟”状态的方案可以印发");
        if (taskCount <= 0) {
            throw new BusinessException("PLAN_HAS_NO_TASKS", "方案还没有任何工作任务,不能印发", 409);
        }
        return withStatus(PlanStatus.ISSUED);
    }

    /** 开始执行: only an issued plan. */
    public Plan start() {
        require(PlanStatus.ISSUED, "开始执行", "只有已“印发”的方案可以开始执行");
        return withStatus(PlanStatus.IN_FORCE);
    }

    /** 结束: only a plan in force. */
    public Plan end() {
        require(PlanStatus.IN_FORCE, "结束", "只有“执行中”的方案可以结束");
        return withStatus(PlanStatus.ENDED);
    }

    /** Whether a transition is allowed now (for showing buttons). */
    public boolean allows(Transition t) {
        return switch (t) {
            case ISSUE -> status == PlanStatus.DRAFT;
            case START -> status == PlanStatus.ISSUED;
            case END -> status == PlanStatus.IN_FORCE;
        };
    }

    private void require(PlanStatus expected, String action, String rule) {
        if (status != expected) {
            throw new BusinessException("PLAN_STATE", "方案当前状态为“" + status.label() + "”,不能" + action + ";" + rule, 409);
        }
    }

    private Plan withStatus(PlanStatus s) {
        return new Plan(orgId, id, title, docNumber, periodStartYear, periodEndYear, s, reportingCycle, supervisorOrgId,
                sourceSha256, sourceAttachmentId, parentPlanOrgId, parentPlanId, published, createdBy, createdAt, version);
    }

    public String period() {
        return periodStartYear == periodEndYear ? periodStartYear + "年" : periodStartYear + "—" + periodEndYear + "年";
    }

    /** What the audit log keeps of a plan. */
    public Map<String, Object> auditView() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("orgId", orgId);
        m.put("title", title);
        m.put("docNumber", docNumber);
        m.put("period", period());
        m.put("status", status.name());
        m.put("reportingCycle", reportingCycle.name());
        m.put("supervisorOrgId", supervisorOrgId);
        return m;
    }
}
