package cn.fazhi.disputes.mediation;

import cn.fazhi.disputes.support.CaseDeadline;
import cn.fazhi.disputes.support.DeadlineStore;
import cn.fazhi.disputes.support.DeadlineTable;
import cn.fazhi.platform.kernel.BusinessException;
import cn.fazhi.platform.security.DataScope;
import cn.fazhi.platform.security.FazhiPrincipal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** mediation_case rows with sessions and deadlines; visible when the data scope covers the handling organ. */
@Repository
public class MediationCases {

    private static final String COLUMNS = """
            c.org_id, c.id, c.applicant, c.other_party, c.dispute_type, c.summary, c.received_on, c.state, c.accepted_on,
            c.declined_reason, c.extended, c.extension_reason, c.closed_on, c.agreement_text, c.closing_note, c.version""";

    private final JdbcTemplate jdbc;

    private final DeadlineStore deadlines;

    MediationCases(JdbcTemplate jdbc, DeadlineStore deadlines) {
        this.jdbc = jdbc;
        this.deadlines = deadlines;
    }

    /** A case by its key with its deadlines, whoever's scope: for system jobs (re-timing after a holiday notice). */
    java.util.Optional<MediationCase> findForSystem(long orgId, UUID id) {
        return jdbc.query("select " + COLUMNS + " from mediation_case c where c.org_id = ? and c.id = ?", (rs, i) -> map(rs),
                orgId, id).stream().findFirst().map(m -> {
                    m.deadlines.addAll(deadlines.load(DeadlineTable.MEDIATION, m.orgId(), m.id()));
                    return m;
                });
    }

    void saveDeadlines(MediationCase m) {
        deadlines.replace(DeadlineTable.MEDIATION, m.orgId(), m.id(), m.deadlines());
    }

    public MediationCase get(UUID id, FazhiPrincipal user) {
        DataScope.SqlCondition c = user.scope().filter("c.org_id", "c.created_by");
        List<Object> params = new ArrayList<>();
        params.add(id);
        params.addAll(c.params());
        List<MediationCase> l = jdbc.query("select " + COLUMNS + " from mediation_case c where c.id = ? and " + c.sql(),
                (rs, i) -> map(rs), params.toArray());
        if (l.isEmpty()) {
            throw BusinessException.notFound("调解案件");
        }
        MediationCase m = l.get(0);
        m.sessions.addAll(jdbc.query("select seq, held_on, mediator, summary from mediation_session where mediation_case_org_id = ? and mediation_case_id = ? order by seq",
                (rs, i) -> new MediationCase.Session(rs.getInt(1), rs.getObject(2, LocalDate.class), rs.getString(3), rs.getString(4)),
                m.orgId(), m.id()));
        m.deadlines.addAll(deadlines.load(DeadlineTable.MEDIATION, m.orgId(), m.id()));
        return m;
    }

    /** One line of the list. */
    public record Row(UUID id, long orgId, String orgName, String applicant, String otherParty, DisputeType disputeType,
            LocalDate receivedOn, MediationState state, LocalDate closedOn, LocalDate nextDue) {

        Row withNextDue(CaseDeadline next) {
            return next == null ? this : new Row(id, orgId, orgName, applicant, otherParty, disputeType, receivedOn, state,
                    closedOn, next.due());
        }
    }

    public List<Row> search(FazhiPrincipal user, MediationState state, Long orgId, String q, int page, int size) {
        DataScope.SqlCondition c = user.scope().filter("c.org_id", "c.created_by");
        StringBuilder where = new StringBuilder(c.sql());
        List<Object> params = new ArrayList<>(c.params());
        filters(where, params, state, orgId, q);
        params.add(size);
        params.add((long) page * size);
        List<Row> rows = jdbc.query("""
                select c.id, c.org_id, o.name as org_name, c.applicant, c.other_party, c.dispute_type, c.received_on, c.state,
                  c.closed_on
                from mediation_case c join org_unit o on o.id = c.org_id where """ + where
                + " order by c.received_on desc, c.id limit ? offset ?",
                (rs, i) -> new Row(rs.getObject("id", UUID.class), rs.getLong("org_id"), rs.getString("org_name"),
                        rs.getString("applicant"), rs.getString("other_party"), DisputeType.valueOf(rs.getString("dispute_type")),
                        rs.getObject("received_on", LocalDate.class), MediationState.valueOf(rs.getString("state")),
                        rs.getObject("closed_on", LocalDate.class), null),
                params.toArray());
        // the organ's time limit: the parties' window for judicial confirmation is not the organ's deadline
        java.util.Map<UUID, CaseDeadline> next = deadlines.nearestOpen(DeadlineTable.MEDIATION,
                rows.stream().map(r -> new DeadlineStore.CaseKey(r.orgId(), r.id())).toList(),
                List.of(MediationCase.STEP_TIME_LIMIT));
        return rows.stream().map(r -> r.withNextDue(next.get(r.id()))).toList();
    }

    public long count(FazhiPrincipal user, MediationState state, Long orgId, String q) {
        DataScope.SqlCondition c = user.scope().filter("c.org_id", "c.created_by");
        StringBuilder where = new StringBuilder(c.sql());
        List<Object> params = new ArrayList<>(c.params());
        filters(where, params, state, orgId, q);
        Long n = jdbc.queryForObject("select count(*) from mediation_case c where " + where, Long.class, params.toArray());
        return n == null ? 0 : n;
    }

    private static void filters(StringBuilder where, List<Object> params, MediationState state, Long orgId, String q) {
        if (state != null) {
            where.append(" and c.state = ?");
            params.add(state.name());
        }
        if (orgId != null) {
            where.append(" and c.org_id = ?");
            params.add(orgId);
        }
        if (q != null && !q.isBlank()) {
            String like = "%" + q.strip().replace("%", "").replace("_", "") + "%";
            where.append(" and (c.applicant ilike ? or c.other_party ilike ? or c.summary ilike ?)");
            params.add(like);
            params.add(like);
            params.add(like);
        }
    }

    /** Accepted cases of an organ whose time limit ends on or before {@code until}. */
    public List<Row> dueFor(long orgId, LocalDate until) {
        return jdbc.query("""
                select c.id, c.org_id, '' as org_name, c.applicant, c.other_party, c.dispute_type, c.received_on, c.state,
                  c.closed_on, d.due as next_due
                from mediation_case c join mediation_deadline d on d.mediation_case_org_id = c.org_id and d.mediation_case_id = c.id
                where c.org_id = ? and c.state = 'ACCEPTED' and d.step = 'MEDIATION_TIME_LIMIT' and d.done_on is null and d.due <= ?
                order by d.due""",
                (rs, i) -> new Row(rs.getObject("id", UUID.class), rs.getLong("org_id"), "", rs.getString("applicant"),
                        rs.getString("other_party"), DisputeType.valueOf(rs.getString("dispute_type")),
                        rs.getObject("received_on", LocalDate.class), MediationState.valueOf(rs.getString("state")),
                        null, rs.getObject("next_due", LocalDate.class)), orgId, until);
    }

    void insert(MediationCase m, long userId, OffsetDateTime now) {
        jdbc.update("""
                insert into mediation_case (org_id, id, applicant, other_party, dispute_type, summary, received_on, state,
                  extended, created_by, created_at, updated_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, false, ?, ?, ?, 0)""",
                m.orgId(), m.id(), m.applicant(), m.otherParty(), m.disputeType().name(), m.summary(), m.receivedOn(),
                m.state().name(), userId, now, now);
    }

    void update(MediationCase m, OffsetDateTime now) {
        int n = jdbc.update("""
                update mediation_case set state = ?, accepted_on = ?, declined_reason = ?, extended = ?, extension_reason = ?,
                  closed_on = ?, agreement_text = ?, closing_note = ?, updated_at = ?, version = version + 1
                where org_id = ? and id = ? and version = ?""",
                m.state().name(), m.acceptedOn(), m.declinedReason(), m.extended(), m.extensionReason(), m.closedOn(),
                m.agreementText(), m.closingNote(), now, m.orgId(), m.id(), m.version());
        if (n != 1) {
            throw new BusinessException("CONCURRENT_CHANGE", "调解案件已被他人修改,请刷新后重试", 409);
        }
        Integer stored = jdbc.queryForObject("select count(*) from mediation_session where mediation_case_org_id = ? and mediation_case_id = ?",
                Integer.class, m.orgId(), m.id());
        for (MediationCase.Session s : m.sessions()) {
            if (s.seq() > (stored == null ? 0 : stored)) {
                jdbc.update("insert into mediation_session (mediation_case_org_id, mediation_case_id, seq, held_on, mediator, summary) values (?, ?, ?, ?, ?, ?)",
                        m.orgId(), m.id(), s.seq(), s.heldOn(), s.mediator(), s.summary());
            }
        }
        saveDeadlines(m);
    }

    String orgName(long orgId) {
        List<String> l = jdbc.queryForList("select name from org_unit where id = ?", String.class, orgId);
        return l.isEmpty() ? "" : l.get(0);
    }

    private static MediationCase map(ResultSet rs) throws SQLException {
        MediationCase m = new MediationCase(rs.getLong("org_id"), rs.getObject("id", UUID.class), rs.getString("applicant"),
                rs.getString("other_party"), DisputeType.valueOf(rs.getString("dispute_type")), rs.getString("summary"),
                rs.getObject("received_on", LocalDate.class), MediationState.valueOf(rs.getString("state")), rs.getInt("version"));
        m.acceptedOn = rs.getObject("accepted_on", LocalDate.class);
        m.declinedReason = rs.getString("declined_reason");
        m.extended = rs.getBoolean("extended");
        m.extensionReason = rs.getString("extension_reason");
        m.closedOn = rs.getObject("closed_on", LocalDate.class);
        m.agreementText = rs.getString("agreement_text");
        m.closingNote = rs.getString("closing_note");
        return m;
    }
}
