package cn.fazhi.platform.audit;

/** Who acts, as the audit log records it. The security principal implements it; audit depends on nothing else. */
public interface AuditActor {
    Long actorUserId();

    String actorName();

    Long actorOrgId();
}
