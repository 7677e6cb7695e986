package cn.fazhi.disputes.support;

import cn.fazhi.platform.calendar.PeriodUnit;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The deadlines "as last computed" of every disputes process, one implementation for the four tables
 * ({@link DeadlineTable}): a case's rows are replaced whole after each change, read back for its page, give the
 * nearest open deadline of each case of a list page, and tell which cases a new holiday notice may re-time.
 */
@Repository
public class DeadlineStore {

    private static final String COLUMNS = "step, start_on, due, unit, amount, basis, provisional, suspended_days, done_on";

    private final JdbcTemplate jdbc;

    DeadlineStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A case of a process: its organisation and id. */
    public record CaseKey(long orgId, UUID id) {
    }

    /** The stored deadlines of one case, earliest first. */
    public List<CaseDeadline> load(DeadlineTable t, long orgId, UUID id) {
        return jdbc.query("select " + COLUMNS + " from " + t.name() + " where " + t.orgColumn() + " = ? and "
                + t.idColumn() + " = ? order by due, step", (rs, i) -> map(rs), orgId, id);
    }

    /** Replaces the case's deadlines by {@code deadlines}. */
    public void replace(DeadlineTable t, long orgId, UUID id, List<CaseDeadline> deadlines) {
        jdbc.update("delete from " + t.name() + " where " + t.orgColumn() + " = ? and " + t.idColumn() + " = ?", orgId, id);
        if (deadlines.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("insert into " + t.name() + " (" + t.orgColumn() + ", " + t.idColumn() + ", " + COLUMNS
                + ") values (?,?,?,?,?,?,?,?,?,?,?)", deadlines.stream().map(d -> new Object[] {orgId, id, d.step(),
                        date(d.startOn()), date(d.due()), d.unit().name(), d.amount(), d.basis(), d.provisional(),
                        d.suspendedDays(), date(d.doneOn())}).toList());
    }

    /**
     * The nearest open deadline of each of {@code cases} (earliest due, then step name), among {@code steps} when not
     * empty: the "next deadline" column of the case lists. One query for the page, not one per row; the organisations
     * first so that the primary key (organisation, case, step) serves it.
     */
    public Map<UUID, CaseDeadline> nearestOpen(DeadlineTable t, Collection<CaseKey> cases, Collection<String> steps) {
        Map<UUID, CaseDeadline> next = new HashMap<>();
        if (cases.isEmpty()) {
            return next;
        }
        List<Long> orgs = cases.stream().map(CaseKey::orgId).distinct().toList();
        List<Object> params = new ArrayList<>(orgs);
        cases.forEach(k -> params.add(k.id()));
        String stepIn = "";
        if (!steps.isEmpty()) {
            stepIn = " and step in (" + String.join(",", steps.stream().map(s -> "?").toList()) + ")";
            params.addAll(steps);
        }
        jdbc.query("select " + t.idColumn() + " as case_id, " + COLUMNS + " from " + t.name() + " where " + t.orgColumn()
                + " in (" + marks(orgs.size()) + ") and " + t.idColumn() + " in (" + marks(cases.size())
                + ") and done_on is null" + stepIn, rs -> {
                    UUID id = rs.getObject("case_id", UUID.class);
                    CaseDeadline d = map(rs);
                    CaseDeadline cur = next.get(id);
                    if (cur == null || d.due().isBefore(cur.due())
                            || (d.due().equals(cur.due()) && d.step().compareTo(cur.step()) < 0)) {
                        next.put(id, d);
                    }
                }, params.toArray());
        return next;
    }

    /**
     * The cases with an open deadline that a holiday notice of {@code year} may move: provisional ones, and those whose
     * counting period (start day to last day) reaches into the year.
     */
    public List<CaseKey> openTouching(DeadlineTable t, int year) {
        return jdbc.query("select distinct " + t.orgColumn() + ", " + t.idColumn() + " from " + t.name()
                + " where done_on is null and (provisional = true or (due >= ? and (start_on is null or start_on <= ?)))",
                (rs, i) -> new CaseKey(rs.getLong(1), rs.getObject(2, UUID.class)),
                Date.valueOf(LocalDate.of(year, 1, 1)), Date.valueOf(LocalDate.of(year, 12, 31)));
    }

    private static String marks(int n) {
        return String.join(",", java.util.Collections.nCopies(n, "?"));
    }

    private static CaseDeadline map(ResultSet rs) throws SQLException {
        return new CaseDeadline(rs.getString("step"), rs.getObject("start_on", LocalDate.class),
                rs.getObject("due", LocalDate.class), PeriodUnit.valueOf(rs.getString("unit")), rs.getInt("amount"),
                rs.getString("basis"), rs.getBoolean("provisional"), rs.getInt("suspended_days"),
                rs.getObject("done_on", LocalDate.class));
    }

    private static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }
}
