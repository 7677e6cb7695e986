package cn.fazhi.plan.publication;

import cn.fazhi.plan.PlanPermission;
import cn.fazhi.platform.audit.AuditLog;
import cn.fazhi.platform.kernel.BusinessException;
import cn.fazhi.platform.org.Access;
import cn.fazhi.platform.security.DataScope;
import cn.fazhi.platform.security.FazhiPrincipal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishing a plan and its accepted progress for the public (issue 4 §7; seed 002 task 131: the yearly progress of
 * law-based government construction is made public). Needs {@code plan:publish} and the plan's organisation in the
 * actor's data scope; only an issued, in-force or ended plan can be published (a draft is not a government document
 * yet). Every change is audited in the same transaction; publishing twice changes nothing.
 */
@Service
public class PlanPublication {

    /** Plan states that may be public. */
    public static final Set<String> PUBLISHABLE = Set.of("ISSUED", "IN_FORCE", "ENDED");

    /** The publication state after a call. */
    public record State(UUID planId, boolean published, OffsetDateTime publishedAt) {
    }

    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final Clock clock;

    public PlanPublication(JdbcTemplate jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public State publish(UUID planId, FazhiPrincipal actor) {
        return change(planId, actor, true);
    }

    @Transactional
    public State unpublish(UUID planId, FazhiPrincipal actor) {
        return change(planId, actor, false);
    }

    private State change(UUID planId, FazhiPrincipal actor, boolean publish) {
        Access.require(actor, PlanPermission.PUBLISH);
        DataScope.SqlCondition c = actor.scope().filter("p.org_id", null);
        List<Object> params = new ArrayList<>();
        params.add(planId);
        params.addAll(c.params());
        Map<String, Object> row = jdbc.queryForList("select p.org_id, p.status, p.published, p.published_at, p.version"
                + " from plan p where p.id = ? and " + c.sql(), params.toArray())
                .stream().findFirst().orElseThrow(() -> BusinessException.notFound("实施方案"));
        String status = (String) row.get("status");
        boolean published = Boolean.TRUE.equals(row.get("published"));
        OffsetDateTime publishedAt = publishedAt(row.get("published_at"));
        if (publish && !PUBLISHABLE.contains(status)) {
            throw new BusinessException("PLAN_NOT_PUBLISHABLE",
                    "草拟状态的实施方案不能公开:实施方案印发后方可向社会公开", 409);
        }
        if (published == publish) {
            return new State(planId, published, publishedAt);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        long orgId = ((Number) row.get("org_id")).longValue();
        int version = ((Number) row.get("version")).intValue();
        int updated = jdbc.update("update plan set published = ?, published_at = ?, updated_at = ?, version = version + 1"
                + " where org_id = ? and id = ? and version = ?", publish, publish ? Timestamp.from(now.toInstant()) : null,
                Timestamp.from(now.toInstant()), orgId, planId, version);
        if (updated != 1) {
            throw new BusinessException("CONCURRENT_CHANGE", "实施方案刚被他人修改,请刷新后重试", 409);
        }
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("published", published);
        before.put("publishedAt", publishedAt == null ? null : publishedAt.toString());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("published", publish);
        after.put("publishedAt", publish ? now.toString() : null);
        audit.record(publish ? "TRANSITION:PUBLISH" : "TRANSITION:UNPUBLISH", "plan", orgId + ":" + planId, before, after);
        return new State(planId, publish, publish ? now : null);
    }

    private static OffsetDateTime publishedAt(Object value) {
        if (value instanceof OffsetDateTime o) {
            return o;
        }
        if (value instanceof Timestamp t) {
            return t.toInstant().atOffset(java.time.ZoneOffset.UTC);
        }
        if (value instanceof java.time.Instant i) {
            return i.atOffset(java.time.ZoneOffset.UTC);
        }
        return null;
    }
}
