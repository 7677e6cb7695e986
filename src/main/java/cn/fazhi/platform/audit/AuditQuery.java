package cn.fazhi.platform.audit;

import java.time.LocalDate;

/**
 * Filters of the audit viewer; null means "any". Dates are calendar days in China Standard Time, both inclusive.
 *
 * @param actor      the actor's user name (exact)
 * @param orgId      the actor's organisation id
 * @param entityType e.g. {@code app_user}
 * @param entityId   the entity's id as text
 * @param action     e.g. {@code UPDATE}, {@code LOGIN_FAILED}
 */
public record AuditQuery(String actor, Long orgId, String entityType, String entityId, String action, LocalDate from,
        LocalDate to) {

    public AuditQuery {
        actor = blankToNull(actor);
        entityType = blankToNull(entityType);
        entityId = blankToNull(entityId);
        action = blankToNull(action);
    }

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null, null, null);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
