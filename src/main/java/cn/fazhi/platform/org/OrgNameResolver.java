package cn.fazhi.platform.org;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Finds the organisation a document means by a name as people write it: first the exact full name, then the short
 * name, then the administrator's alias table ({@code org_alias}: "市编办" → 市委机构编制委员会办公室). Names are compared
 * after NFKC normalisation (full-width letters and brackets become half-width) with all white space removed, so
 * "市 编办" and "市编办" are the same name. Only active units match. No guessing beyond that: an unmatched name is
 * reported to the user, never silently mapped.
 *
 * <p>In a province-wide installation the same name exists in many places (every county has a 财政局): when a
 * document belongs to an organisation, {@link #resolveAll(Collection, String)} prefers a match inside that
 * organisation's subtree, within each kind of match.
 */
@Service
public class OrgNameResolver {

    /** How a name was matched. */
    public enum MatchKind { EXACT, SHORT_NAME, ALIAS }

    /** The organisation a name resolved to. */
    public record OrgMatch(long orgId, String orgName, MatchKind kind) {
    }

    private record Candidate(long id, String name, String path) {
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
        return Optional.ofNullable(resolveAll(List.of(name == null ? "" : name), null).get(name == null ? "" : name));
    }

    /**
     * Resolves several names with one read of the (small) organisation and alias tables.
     *
     * @param names          the names as written
     * @param preferWithinPath materialized path ("/1/4/") whose subtree is preferred among equal matches, or null
     * @return each resolvable name (as given) with its match; unresolvable names are absent
     */
    public Map<String, OrgMatch> resolveAll(Collection<String> names, String preferWithinPath) {
        Map<String, List<Candidate>> byName = new HashMap<>();
        Map<String, List<Candidate>> byShortName = new HashMap<>();
        Map<String, List<Candidate>> byAlias = new HashMap<>();
        jdbc.query("select id, name, short_name, path from org_unit where active = true order by id", rs -> {
            Candidate c = new Candidate(rs.getLong(1), rs.getString(2), rs.getString(4));
            byName.computeIfAbsent(normalise(c.name()), k -> new ArrayList<>()).add(c);
            String shortName = rs.getString(3);
            if (shortName != null) {
                byShortName.computeIfAbsent(normalise(shortName), k -> new ArrayList<>()).add(c);
            }
        });
        jdbc.query("""
                select a.alias, u.id, u.name, u.path from org_alias a join org_unit u on u.id = a.org_id
                where u.active = true order by a.id""", rs -> {
            byAlias.computeIfAbsent(normalise(rs.getString(1)), k -> new ArrayList<>())
                    .add(new Candidate(rs.getLong(2), rs.getString(3), rs.getString(4)));
        });
        Map<String, OrgMatch> out = new LinkedHashMap<>();
        for (String name : names) {
            String key = normalise(name);
            if (key.isEmpty()) {
                continue;
            }
            OrgMatch match = pick(byName.get(key), MatchKind.EXACT, preferWithinPath);
            if (match == null) {
                match = pick(byShortName.get(key), MatchKind.SHORT_NAME, preferWithinPath);
            }
            if (match == null) {
                match = pick(byAlias.get(key), MatchKind.ALIAS, preferWithinPath);
            }
            if (match != null) {
                out.put(name, match);
            }
        }
        return out;
    }

    private static OrgMatch pick(List<Candidate> candidates, MatchKind kind, String preferWithinPath) {
        if (candidates == null || candidates.isEmpty()) {
            return null;
        }
        Candidate chosen = candidates.get(0);
        if (preferWithinPath != null) {
            chosen = candidates.stream().filter(c -> c.path() != null && c.path().startsWith(preferWithinPath))
                    .findFirst().orElse(chosen);
        }
        return new OrgMatch(chosen.id(), chosen.name(), kind);
    }
}
