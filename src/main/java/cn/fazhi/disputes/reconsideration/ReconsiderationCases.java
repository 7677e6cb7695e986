package cn.fazhi.disputes.reconsideration;

import cn.fazhi.disputes.support.CaseDeadline;
import cn.fazhi.disputes.support.DeadlineStore;
import cn.fazhi.disputes.support.DeadlineTable;
import cn.fazhi.platform.kernel.BusinessException;
import cn.fazhi.platform.security.DataScope;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * JDBC repository of reconsideration cases, their timeline, deadlines and documents. Reads within a scope take the
 * SQL condition of {@link #scopeCondition}: an office sees the cases of the organs in its scope, a respondent the
 * cases against the organs in its scope; anything else is "not found".
 */
@Repository
public class ReconsiderationCases {

    static final String COLUMNS = "org_id, id, case_no, tracking_code, channel, respondent_org_id, applicant, applicant_contact,"
            + " act_description, received_on, state, procedure_kind, review_start_on, accepted_on, deemed_accepted,"
            + " supplement_requested_on, supplement_received_on, not_accepted_reason, copy_sent_on, answered_on, hearing_on,"
            + " hearing_panel, committee_opinion, suspended_state, suspended_on, suspension_ground, suspended_days,"
            + " extended_days, decision_type, decided_on, concluded_on, termination_ground, after_mediation, served_on,"
            + " opinion_letter_on, performed_on, enforcement, version";

    /** Who may see what: the office by the case's organ, the respondent by the respondent organ. */
    public record Visibility(DataScope.SqlCondition handle, DataScope.SqlCondition respond) {

        public String sql(String alias) {
            List<String> parts = new ArrayList<>();
            if (handle != null) {
                parts.add(handle.sql());
            }
            if (respond != null) {
                parts.add(respond.sql());
            }
            return parts.isEmpty() ? "1=0" : "(" + String.join(" or ", parts) + ")";
        }

        public List<Object> params() {
            List<Object> p = new ArrayList<>();
            if (handle != null) {
                p.addAll(handle.params());
            }
            if (respond != null) {
                p.addAll(respond.params());
            }
            return p;
        }
    }

    private final JdbcTemplate jdbc;
    private final DeadlineStore deadlines;

    public ReconsiderationCases(JdbcTemplate jdbc, DeadlineStore deadlines) {
        this.jdbc = jdbc;
        this.deadlines = deadlines;
    }

    public static Visibility scopeCondition(DataScope scope, boolean handle, boolean respond, String alias) {
        return new Visibility(handle ? scope.filter(alias + ".org_id", null) : null,
                respond ? scope.filter(alias + ".respondent_org_id", null) : null);
    }

    public Optional<ReconsiderationCase> find(UUID id, Visibility v) {
        List<Object> params = new ArrayList<>();
        params.add(id);
        params.addAll(v.params());
        List<ReconsiderationCase> l = jdbc.query("select " + COLUMNS + " from recon_case c where c.id = ? and " + v.sql("c"),
                (rs, i) -> map(rs), params.toArray());
        return l.stream().findFirst();
    }

    /** For the public tracking page: by tracking code only. */
    public Optional<ReconsiderationCase> findByTrackingCode(String code) {
        return jdbc.query("select " + COLUMNS + " from recon_case where tracking_code = ?", (rs, i) -> map(rs), code)
                .stream().findFirst();
    }

    /** Locks the row for a transition (optimistic version check on save as well). */
    public Optional<ReconsiderationCase> findForUpdate(UUID id, Visibility v) {
        List<Object> params = new ArrayList<>();
        params.add(id);
        params.addAll(v.params());
        return jdbc.query("select " + COLUMNS + " from recon_case c where c.id = ? and " + v.sql("c") + " for update",
                (rs, i) -> map(rs), params.toArray()).stream().findFirst();
    }

    public String nextCaseNo(long orgId, int year) {
        Long n = jdbc.queryForObject("select count(*) from recon_case where org_id = ? and case_no like ?", Long.class,
                orgId, "%〔" + year + "〕%");
        return "复议〔" + year + "〕" + ((n == null ? 0 : n) + 1) + "号";
    }

    public void insert(ReconsiderationCase c, Instant now) {
        c.version = 0;
        jdbc.update("insert into recon_case (" + COLUMNS + ", created_at, updated_at) values ("
                + "?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", values(c, now, true));
    }

    public void update(ReconsiderationCase c, Instant now) {
        Object[] v = values(c, now, false);
        int n = jdbc.update("update recon_case set state = ?, procedure_kind = ?, review_start_on = ?, accepted_on = ?,"
                + " deemed_accepted = ?, supplement_requested_on = ?, supplement_received_on = ?, not_accepted_reason = ?,"
                + " copy_sent_on = ?, answered_on = ?, hearing_on = ?, hearing_panel = ?, committee_opinion = ?,"
                + " suspended_state = ?, suspended_on = ?, suspension_ground = ?, suspended_days = ?, extended_days = ?,"
                + " decision_type = ?, decided_on = ?, concluded_on = ?, termination_ground = ?, after_mediation = ?,"
                + " served_on = ?, opinion_letter_on = ?, performed_on = ?, enforcement = ?, updated_at = ?,"
                + " version = version + 1 where org_id = ? and id = ? and version = ?", v);
        if (n != 1) {
            throw new BusinessException("CONCURRENT_UPDATE", "案件已被他人修改,请刷新后重试", 409);
        }
        c.version = c.version + 1;
    }

    private static Object[] values(ReconsiderationCase c, Instant now, boolean insert) {
        Timestamp ts = Timestamp.from(now);
        Object[] mutable = {c.state.name(), name(c.procedure), d(c.reviewStartOn), d(c.acceptedOn), c.deemedAccepted,
                d(c.supplementRequestedOn), d(c.supplementReceivedOn), c.notAcceptedReason, d(c.copySentOn),
                d(c.answeredOn), d(c.hearingOn), c.hearingPanel, c.committeeOpinion, name(c.suspendedState),
                d(c.suspendedOn), name(c.suspensionGround), c.suspendedDays, c.extendedDays, name(c.decisionType),
                d(c.decidedOn), d(c.concludedOn), name(c.terminationGround), c.afterMediation, d(c.servedOn),
                d(c.opinionLetterOn), d(c.performedOn), c.enforcement};
        if (!insert) {
            List<Object> l = new ArrayList<>(java.util.Arrays.asList(mutable));
            l.add(ts);
            l.add(c.orgId);
            l.add(c.id);
            l.add(c.version);
            return l.toArray();
        }
        List<Object> l = new ArrayList<>(List.of(c.orgId, c.id, c.caseNo));
        l.add(c.trackingCode);
        l.add(c.channel.name());
        l.add(c.respondentOrgId);
        l.add(c.applicant);
        l.add(c.applicantContact);
        l.add(c.actDescription);
        l.add(d(c.receivedOn));
        l.add(c.state.name());
        l.add(name(c.procedure));
        l.add(d(c.reviewStartOn));
        for (int i = 3; i < mutable.length; i++) {
            l.add(mutable[i]);
        }
        l.add(c.version);
        l.add(ts);
        l.add(ts);
        return l.toArray();
    }

    static ReconsiderationCase map(ResultSet rs) throws SQLException {
        ReconsiderationCase c = new ReconsiderationCase(rs.getLong("org_id"), rs.getObject("id", UUID.class));
        c.caseNo = rs.getString("case_no");
        c.trackingCode = rs.getString("tracking_code");
        c.channel = Channel.valueOf(rs.getString("channel"));
        c.respondentOrgId = rs.getLong("respondent_org_id");
        c.applicant = rs.getString("applicant");
        c.applicantContact = rs.getString("applicant_contact");
        c.actDescription = rs.getString("act_description");
        c.receivedOn = ld(rs, "received_on");
        c.state = CaseState.valueOf(rs.getString("state"));
        String p = rs.getString("procedure_kind");
        c.procedure = p == null ? null : Procedure.valueOf(p);
        c.reviewStartOn = ld(rs, "review_start_on");
        c.acceptedOn = ld(rs, "accepted_on");
        c.deemedAccepted = rs.getBoolean("deemed_accepted");
        c.supplementRequestedOn = ld(rs, "supplement_requested_on");
        c.supplementReceivedOn = ld(rs, "supplement_received_on");
        c.notAcceptedReason = rs.getString("not_accepted_reason");
        c.copySentOn = ld(rs, "copy_sent_on");
        c.answeredOn = ld(rs, "answered_on");
        c.hearingOn = ld(rs, "hearing_on");
        c.hearingPanel = rs.getString("hearing_panel");
        c.committeeOpinion = rs.getString("committee_opinion");
        String ss = rs.getString("suspended_state");
        c.suspendedState = ss == null ? null : CaseState.valueOf(ss);
        c.suspendedOn = ld(rs, "suspended_on");
        String sg = rs.getString("suspension_ground");
        c.suspensionGround = sg == null ? null : SuspensionGround.valueOf(sg);
        c.suspendedDays = rs.getInt("suspended_days");
        c.extendedDays = rs.getInt("extended_days");
        String dt = rs.getString("decision_type");
        c.decisionType = dt == null ? null : DecisionType.valueOf(dt);
        c.decidedOn = ld(rs, "decided_on");
        c.concludedOn = ld(rs, "concluded_on");
        String tg = rs.getString("termination_ground");
        c.terminationGround = tg == null ? null : TerminationGround.valueOf(tg);
        c.afterMediation = rs.getBoolean("after_mediation");
        c.servedOn = ld(rs, "served_on");
        c.opinionLetterOn = ld(rs, "opinion_letter_on");
        c.performedOn = ld(rs, "performed_on");
        c.enforcement = rs.getString("enforcement");
        c.version = rs.getInt("version");
        return c;
    }

    // ---- timeline, deadlines, documents -------------------------------------------------------------------------

    public record TimelineRow(int seq, Instant at, LocalDate on, String actor, String action, String detail,
            String basis, String stateAfter) {
    }

    public record DocumentRow(int seq, String kind, String title, UUID attachmentId, Instant createdAt) {
    }

    public void appendTimeline(ReconsiderationCase c, List<ReconsiderationCase.Entry> entries, String actor, Instant now) {
        Integer max = jdbc.queryForObject("select max(seq) from recon_timeline where case_org_id = ? and case_id = ?",
                Integer.class, c.orgId, c.id);
        int seq = max == null ? 0 : max;
        for (ReconsiderationCase.Entry e : entries) {
            jdbc.update("insert into recon_timeline (case_org_id, case_id, seq, at_time, on_date, actor, action, detail,"
                    + " basis, state_after) values (?,?,?,?,?,?,?,?,?,?)", c.orgId, c.id, ++seq, Timestamp.from(now),
                    Date.valueOf(e.on()), actor, e.action(), e.detail(), e.basis(), e.stateAfter().name());
        }
    }

    public List<TimelineRow> timeline(ReconsiderationCase c) {
        return jdbc.query("select * from recon_timeline where case_org_id = ? and case_id = ? order by seq",
                (rs, i) -> new TimelineRow(rs.getInt("seq"), rs.getTimestamp("at_time").toInstant(), ld(rs, "on_date"),
                        rs.getString("actor"), rs.getString("action"), rs.getString("detail"), rs.getString("basis"),
                        rs.getString("state_after")), c.orgId, c.id);
    }

    public void replaceDeadlines(ReconsiderationCase c, List<CaseDeadline> list) {
        deadlines.replace(DeadlineTable.RECONSIDERATION, c.orgId, c.id, list);
    }

    /** The deadlines as last stored (the done ones keep the day they had when taken). */
    public List<CaseDeadline> storedDeadlines(ReconsiderationCase c) {
        return deadlines.load(DeadlineTable.RECONSIDERATION, c.orgId, c.id);
    }

    /** A case by its key, locked, whoever's scope: for system jobs (re-timing after a holiday notice). */
    Optional<ReconsiderationCase> findForSystem(long orgId, UUID id) {
        return jdbc.query("select " + COLUMNS + " from recon_case c where c.org_id = ? and c.id = ? for update",
                (rs, i) -> map(rs), orgId, id).stream().findFirst();
    }

    public void addDocument(ReconsiderationCase c, String kind, String title, UUID attachmentId, Instant now) {
        Integer max = jdbc.queryForObject("select max(seq) from recon_document where case_org_id = ? and case_id = ?",
                Integer.class, c.orgId, c.id);
        jdbc.update("insert into recon_document (case_org_id, case_id, seq, kind, title, attachment_id, created_at)"
                + " values (?,?,?,?,?,?,?)", c.orgId, c.id, (max == null ? 0 : max) + 1, kind, title, attachmentId,
                Timestamp.from(now));
    }

    public List<DocumentRow> documents(ReconsiderationCase c) {
        return jdbc.query("select * from recon_document where case_org_id = ? and case_id = ? order by seq",
                (rs, i) -> new DocumentRow(rs.getInt("seq"), rs.getString("kind"), rs.getString("title"),
                        rs.getObject("attachment_id", UUID.class), rs.getTimestamp("created_at").toInstant()),
                c.orgId, c.id);
    }

    // ---- list --------------------------------------------------------------------------------------------------

    /** One row of the case list with its nearest open deadline. */
    public record ListRow(UUID id, long orgId, String caseNo, String applicant, String respondentName, String state,
            LocalDate receivedOn, String nextStep, LocalDate nextDue) {
    }

    /**
     * The case list, newest receipt first. Filters: state; dueBefore (an open deadline on or before the day:
     * "due soon" or "overdue" with dueAfter).
     */
    public List<ListRow> list(Visibility v, String state, LocalDate dueFrom, LocalDate dueTo, Long respondentOrgId,
            int page, int size) {
        StringBuilder where = new StringBuilder(" where " + v.sql("c"));
        List<Object> params = new ArrayList<>(v.params());
        filters(where, params, state, dueFrom, dueTo, respondentOrgId);
        params.add(size);
        params.add((long) page * size);
        // the page first (index on org_id, received_on), then its open deadlines and respondent names in one query
        // each: correlated subqueries in the select list would run for every row in scope before the limit
        record Head(UUID id, long orgId, String caseNo, String applicant, String state, LocalDate receivedOn,
                long respondentOrgId) {
        }
        List<Head> heads = jdbc.query("select c.id, c.org_id, c.case_no, c.applicant, c.state, c.received_on,"
                + " c.respondent_org_id from recon_case c" + where
                + " order by c.received_on desc, c.case_no desc limit ? offset ?",
                (rs, i) -> new Head(rs.getObject("id", UUID.class), rs.getLong("org_id"), rs.getString("case_no"),
                        rs.getString("applicant"), rs.getString("state"), ld(rs, "received_on"),
                        rs.getLong("respondent_org_id")), params.toArray());
        if (heads.isEmpty()) {
            return List.of();
        }
        java.util.Map<UUID, CaseDeadline> next = deadlines.nearestOpen(DeadlineTable.RECONSIDERATION,
                heads.stream().map(h -> new DeadlineStore.CaseKey(h.orgId(), h.id())).toList(), List.of());
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        List<Long> respondentIds = heads.stream().map(Head::respondentOrgId).distinct().toList();
        jdbc.query("select id, name from org_unit where id in (" + String.join(",", respondentIds.stream().map(i -> "?")
                .toList()) + ")", rs -> {
                    names.put(rs.getLong("id"), rs.getString("name"));
                }, respondentIds.toArray());
        return heads.stream().map(h -> {
            CaseDeadline n = next.get(h.id());
            return new ListRow(h.id(), h.orgId(), h.caseNo(), h.applicant(), names.get(h.respondentOrgId()), h.state(),
                    h.receivedOn(), n == null ? null : n.step(), n == null ? null : n.due());
        }).toList();
    }

    public long count(Visibility v, String state, LocalDate dueFrom, LocalDate dueTo, Long respondentOrgId) {
        StringBuilder where = new StringBuilder(" where " + v.sql("c"));
        List<Object> params = new ArrayList<>(v.params());
        filters(where, params, state, dueFrom, dueTo, respondentOrgId);
        Long n = jdbc.queryForObject("select count(*) from recon_case c" + where, Long.class, params.toArray());
        return n == null ? 0 : n;
    }

    private static void filters(StringBuilder where, List<Object> params, String state, LocalDate dueFrom,
            LocalDate dueTo, Long respondentOrgId) {
        if (state != null) {
            where.append(" and c.state = ?");
            params.add(state);
        }
        if (respondentOrgId != null) {
            where.append(" and c.respondent_org_id = ?");
            params.add(respondentOrgId);
        }
        if (dueFrom != null || dueTo != null) {
            where.append(" and exists (select 1 from recon_deadline d where d.case_org_id = c.org_id and d.case_id = c.id"
                    + " and d.done_on is null");
            if (dueFrom != null) {
                where.append(" and d.due >= ?");
                params.add(Date.valueOf(dueFrom));
            }
            if (dueTo != null) {
                where.append(" and d.due <= ?");
                params.add(Date.valueOf(dueTo));
            }
            where.append(")");
        }
    }

    /** Open deadlines due on or before {@code until}, within the visibility (待办). */
    public record OpenDeadline(UUID caseId, String caseNo, String step, LocalDate due, String state) {
    }

    public List<OpenDeadline> openDeadlines(Visibility v, LocalDate until, List<String> steps) {
        List<Object> params = new ArrayList<>(v.params());
        params.add(Date.valueOf(until));
        String stepIn = steps.isEmpty() ? "" : " and d.step in (" + String.join(",", steps.stream().map(s -> "?").toList()) + ")";
        params.addAll(steps);
        return jdbc.query("select c.id, c.case_no, c.state, d.step, d.due from recon_case c join recon_deadline d on"
                + " d.case_org_id = c.org_id and d.case_id = c.id where " + v.sql("c") + " and d.done_on is null"
                + " and d.due <= ?" + stepIn + " order by d.due, c.case_no limit 50",
                (rs, i) -> new OpenDeadline(rs.getObject("id", UUID.class), rs.getString("case_no"), rs.getString("step"),
                        ld(rs, "due"), rs.getString("state")), params.toArray());
    }

    private static LocalDate ld(ResultSet rs, String col) throws SQLException {
        return rs.getObject(col, LocalDate.class);
    }

    private static Date d(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }
}
