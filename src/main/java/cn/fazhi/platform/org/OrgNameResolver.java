package cn.fazhi.platform.org;

import java.text.Normalizer;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Finds the organisation a document means by a name as people write it: first the exact full name, then the short
 * name, then the administrator's alias table ({@code org_alias}: "市编办" → 市委机构编制委员会办公室). Names are compared
 * after NFKC normalisation (full-width letters and brackets become half-width) with all white space removed, so
 * "市 编办" and "市编办" are the same name. Only active units match. No guessing beyond that: an unmatched name is
 * reported to the user, never silently mapped.
 */
@Service
public class OrgNameResolver {

    /** How a name was matched. */
    public enum MatchKind { EXACT, SHORT_NAME, ALIAS }

    /** The organisation a name resolved to. */
    public record OrgMatch(long orgId, String orgName, MatchKind kind) {
    }

    private final JdbcTemplate jdbc;

    public OrgNameResolver(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The key names are compared by: NFKC, no white space. */
    public static String normalise(String name) {
        if (name == null) {
            return "";
        }
        return Normalizer.normalize(name, Normalizer.Form.NFKC).replaceAll("[\\s\\u3000]+", "");
    }

    public Optional<OrgMatch> resolve(String name) {
        String key = normalise(name);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        // Small reference table (hundreds of rows): compare normalised names in Java, so that stored names with stray
        // spaces or full-width brackets still match.
        List<Object[]> units = jdbc.query("select id, name, short_name from org_unit where active = true order by id",
                (rs, i) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3)});
        for (Object[] u : units) {
            if (normalise((String) u[1]).equals(key)) {
                return Optional.of(new OrgMatch((Long) u[0], (String) u[1], MatchKind.EXACT));
            }
        }
        for (Object[] u : units) {
            if (u[2] != null && normalise((String) u[2]).equals(key)) {
                return Optional.of(new OrgMatch((Long) u[0], (String) u[1], MatchKind.SHORT_NAME));
            }
        }
        List<OrgMatch> aliases = jdbc.query("""
                select a.alias, u.id, u.name from org_alias a join org_unit u on u.id = a.org_id
                where u.active = true order by a.id""",
                (rs, i) -> normalise(rs.getString(1)).equals(key)
                        ? new OrgMatch(rs.getLong(2), rs.getString(3), MatchKind.ALIAS) : null);
        return aliases.stream().filter(m -> m != null).findFirst();
    }
}
