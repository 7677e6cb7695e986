package cn.fazhi.platform.audit;

import java.util.Collection;
import java.util.Map;

/**
 * Optional lookup of organisation names for the audit viewer. {@code platform.org} depends on audit, so audit cannot
 * read organisations itself; org may implement this interface as a bean. Without it the viewer shows the org id.
 */
public interface AuditOrgNames {

    /** Names of the given organisation ids; ids it does not know are simply absent. */
    Map<Long, String> namesOf(Collection<Long> orgIds);
}
