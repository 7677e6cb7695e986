package cn.fazhi.platform.audit;

/** Permission strings of the audit module (granted through roles in platform.org). */
public final class AuditPermissions {

    /** View every audit record (audit is a security function: no data-scope restriction). */
    public static final String READ = "audit:read";
    /** Run a chain verification. */
    public static final String VERIFY = "audit:verify";

    private AuditPermissions() {
    }
}
