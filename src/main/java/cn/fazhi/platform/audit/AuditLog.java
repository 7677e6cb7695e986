package cn.fazhi.platform.audit;

/**
 * The one way to write an audit record. Call it inside the transaction that changes state, so that the record and
 * the change commit or roll back together. The actor and client address are taken from the current request's
 * security context unless given explicitly.
 */
public interface AuditLog {

    /**
     * Record a state change by the current user.
     *
     * @param action     e.g. {@code CREATE}, {@code UPDATE}, {@code DELETE}, {@code TRANSITION:ACCEPT}, {@code LOGIN}
     * @param entityType e.g. {@code org_unit}, {@code app_user}
     * @param entityId   the entity's id as text (may be null for logins)
     * @param before     the state before (serialised to JSON), or null
     * @param after      the state after (serialised to JSON), or null
     */
    void record(String action, String entityType, String entityId, Object before, Object after);

    /** Record an event whose actor is not the current principal (failed login, system job). */
    void recordAs(String actorName, Long actorUserId, Long actorOrgId, String clientAddress, String action,
            String entityType, String entityId, Object before, Object after);
}
