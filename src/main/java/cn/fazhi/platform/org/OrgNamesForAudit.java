package cn.fazhi.platform.org;

import cn.fazhi.platform.audit.AuditOrgNames;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Gives the audit viewer the names of the organisations in its rows (audit cannot read org itself: org depends on it). */
@Component
class OrgNamesForAudit implements AuditOrgNames {

    private final JdbcTemplate jdbc;

    OrgNamesForAudit(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<Long, String> namesOf(Collection<Long> orgIds) {
        Map<Long, String> names = new HashMap<>();
        List<Long> ids = orgIds.stream().filter(id -> id != null).distinct().toList();
        // A page of the viewer shows at most a few hundred rows; chunk the IN list to keep statements small.
        for (int from = 0; from < ids.size(); from += 500) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
            String marks = String.join(",", chunk.stream().map(i -> "?").toList());
            jdbc.query("select id, name from org_unit where id in (" + marks + ")",
                    rs -> {
                        names.put(rs.getLong(1), rs.getString(2));
                    }, chunk.toArray());
        }
        return names;
    }
}
