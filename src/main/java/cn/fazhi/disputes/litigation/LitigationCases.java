package cn.fazhi.disputes.litigation;

import cn.fazhi.disputes.support.CaseDeadline;
import cn.fazhi.disputes.support.DeadlineStore;
import cn.fazhi.disputes.support.DeadlineTable;
import cn.fazhi.platform.calendar.PeriodUnit;
import cn.fazhi.platform.kernel.BusinessException;
import cn.fazhi.platform.security.DataScope;
import cn.fazhi.platform.security.FazhiPrincipal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * litigation_case rows with their hearings, deadlines and files, and litigation_recommendation rows. A case is visible
 * to a user whose data scope covers the defendant organ (org_id); otherwise it is "not found".
 */
@Repository
public class LitigationCases {

    private static final String COLUMNS = """
            c.org_id, c.id, c.case_number, c.court_name, c.plaintiff, c.cause, c.complaint_received_on, c.state, c.instance,
            c.defence_filed_on, c.defence_late, c.outcome_type, c.outcome_instance, c.outcome_on, c.served_on, c.lost,
            c.appealed_on, c.appealed_by, c.effective_on, c.performed_on, c.performance_note, c.closed_on, c.version,
            (select o.name from org_unit o where o.id = c.org_id) as org_name""";

    private final JdbcTemplate jdbc;
    private final DeadlineStore deadlines;

    LitigationCases(JdbcTemplate jdbc, DeadlineStore deadlines) {
        this.jdbc = jdbc;
        this.deadlines = deadlines;
    }

    /** A case by its key, whoever's scope: for system jobs (re-timing after a holiday notice). */
    java.util.Optional<LitigationCase> findForSystem(long orgId, UUID id) {
        return jdbc.query("select " + COLUMNS + " from litigation_case c where c.org_id = ? and c.id = ?",
                (rs, i) -> map(rs), orgId, id).stream().findFirst().map(this::withChildren);
    }

    void saveDeadlines(LitigationCase c) {
        deadlines.replace(DeadlineTable.LITIGATION, c.orgId(), c.id(), c.deadlines());
    }

    static DataScope.SqlCondition scope(FazhiPrincipal user, String alias) {
        return user.scope().filter(alias + ".org_id", alias + ".created_by");
    }

    /** A case in the user's scope, or 404. */
    public LitigationCase get(UUID id, FazhiPrincipal user) {
        DataScope.SqlCondition c = scope(user, "c");
        List<Object> params = new ArrayList<>();
        params.add(id);
        params.addAll(c.params());
        List<LitigationCase> l = jdbc.query("select " + COLUMNS + " from litigation_case c where c.id = ? and " + c.sql(),
                (rs, i) -> map(rs), params.toArray());
        if (l.isEmpty()) {
            throw BusinessException.notFound("应诉案件");
        }
        return withChildren(l.get(0));
    }

    String orgName(long orgId) {
        List<String> l = jdbc.queryForList("select name from org_unit where id = ?", String.class, orgId);
        return l.isEmpty() ? "" : l.get(0);
    }

    private LitigationCase withChildren(LitigationCase c) {
        c.hearings.addAll(jdbc.query("""
                select seq, instance, held_on, appearance, head_name, head_post, staff_names, excuse, excuse_note, proof_attachment_id
                from litigation_hearing where litigation_case_org_id = ? and litigation_case_id = ? order by seq""",
                (rs, i) -> new Hearing(rs.getInt("seq"), Instance.valueOf(rs.getString("instance")),
                        rs.getObject("held_on", LocalDate.class), Appearance.valueOf(rs.getString("appearance")),
                        rs.getString("head_name"), rs.getString("head_post"), rs.getString("staff_names"),
                        rs.getString("excuse") == null ? null : Excuse.valueOf(rs.getString("excuse")),
                        rs.getString("excuse_note"), rs.getObject("proof_attachment_id", UUID.class)),
                c.orgId(), c.id()));
        c.deadlines.addAll(deadlines.load(DeadlineTable.LITIGATION, c.orgId(), c.id()));
        return c;
    }

    /** One line of the case list. */
    public record Row(UUID id, long orgId, String orgName, String caseNumber, String courtName, String plaintiff,
            LocalDate complaintReceivedOn, LitigationState state, Instance instance, OutcomeType outcomeType, Boolean lost,
            LocalDate nextDue, String nextStep) {

        Row withNext(CaseDeadline next) {
            return next == null ? this : new Row(id, orgId, orgName, caseNumber, courtName, plaintiff, complaintReceivedOn,
                    state, instance, outcomeType, lost, next.due(), next.step());
        }
    }

    /** Cases in scope, filtered and paged; the next open deadline of each. */
    public List<Row> search(FazhiPrincipal user, LitigationState state, Long orgId, String q, int page, int size) {
        DataScope.SqlCondition c = scope(user, "c");
        StringBuilder where = new StringBuilder(c.sql());
        List<Object> params = new ArrayList<>(c.params());
        filters(where, params, state, orgId, q);
        params.add(size);
        params.add((long) page * size);
        // page first (order + limit on the case table alone), then names and the next deadline for that page only
        List<Row> rows = jdbc.query("""
                select c.id, c.org_id, c.case_number, c.court_name, c.plaintiff, c.complaint_received_on, c.state, c.instance,
                  c.outcome_type, c.lost, o.name as org_name
                from (select c.org_id, c.id, c.case_number, c.court_name, c.plaintiff, c.complaint_received_on, c.state,
                        c.instance, c.outcome_type, c.lost
                      from litigation_case c where """ + where + """
                       order by c.complaint_received_on desc, c.case_number limit ? offset ?) c
                join org_unit o on o.id = c.org_id
                order by c.complaint_received_on desc, c.case_number""",
                (rs, i) -> new Row(rs.getObject("id", UUID.class), rs.getLong("org_id"), rs.getString("org_name"),
                        rs.getString("case_number"), rs.getString("court_name"), rs.getString("plaintiff"),
                        rs.getObject("complaint_received_on", LocalDate.class), LitigationState.valueOf(rs.getString("state")),
                        Instance.valueOf(rs.getString("instance")),
                        rs.getString("outcome_type") == null ? null : OutcomeType.valueOf(rs.getString("outcome_type")),
                        (Boolean) rs.getObject("lost"), null, null),
                params.toArray());
        Map<UUID, CaseDeadline> next = deadlines.nearestOpen(DeadlineTable.LITIGATION,
                rows.stream().map(r -> new DeadlineStore.CaseKey(r.orgId(), r.id())).toList(), List.of());
        return rows.stream().map(r -> r.withNext(next.get(r.id()))).toList();
    }

    public long count(FazhiPrincipal user, LitigationState state, Long orgId, String q) {
        DataScope.SqlCondition c = scope(user, "c");
        StringBuilder where = new StringBuilder(c.sql());
        List<Object> params = new ArrayList<>(c.params());
        filters(where, params, state, orgId, q);
        Long n = jdbc.queryForObject("select count(*) from litigation_case c where " + where, Long.class, params.toArray());
        return n == null ? 0 : n;
    }

    private static void filters(StringBuilder where, List<Object> params, LitigationState state, Long orgId, String q) {
        if (state != null) {
            where.append(" and c.state = ?");
            params.add(state.name());
        }
        if (orgId != null) {
            where.append(" and c.org_id = ?");
            params.add(orgId);
        }
        if (q != null && !q.isBlank()) {
            where.append(" and (c.case_number ilike ? or c.plaintiff ilike ? or c.cause ilike ?)");
            String like = "%" + q.strip().replace("%", "").replace("_", "") + "%";
            params.add(like);
            params.add(like);
            params.add(like);
        }
    }

    /** Open deadlines of cases of one organ, due on or before {@code until} (the organ's 待办). */
    public List<Map<String, Object>> openDeadlines(long orgId, LocalDate until) {
        return jdbc.queryForList("""
                select c.id, c.case_number, d.step, d.due from litigation_deadline d
                join litigation_case c on c.org_id = d.litigation_case_org_id and c.id = d.litigation_case_id
                where d.litigation_case_org_id = ? and d.done_on is null and d.due <= ? order by d.due""", orgId, until);
    }

    void insert(LitigationCase c, long userId, OffsetDateTime now) {
        jdbc.update("""
                insert into litigation_case (org_id, id, case_number, court_name, plaintiff, cause, complaint_received_on,
                  state, instance, defence_late, created_by, created_at, updated_at, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, false, ?, ?, ?, 0)""",
                c.orgId(), c.id(), c.caseNumber(), c.courtName(), c.plaintiff(), c.cause(), c.complaintReceivedOn(),
                c.state().name(), c.instance().name(), userId, now, now);
        saveChildren(c, userId, now, 0);
    }

    void update(LitigationCase c, long userId, OffsetDateTime now) {
        int n = jdbc.update("""
                update litigation_case set state = ?, instance = ?, defence_filed_on = ?, defence_late = ?, outcome_kind = ?,
                  outcome_type = ?, outcome_instance = ?, outcome_on = ?, served_on = ?, lost = ?, appealed_on = ?,
                  appealed_by = ?, effective_on = ?, performed_on = ?, performance_note = ?, closed_on = ?, updated_at = ?,
                  version = version + 1
                where org_id = ? and id = ? and version = ?""",
                c.state().name(), c.instance().name(), c.defenceFiledOn(), c.defenceLate(),
                c.outcomeType() == null ? null : c.outcomeType().kind().name(),
                c.outcomeType() == null ? null : c.outcomeType().name(),
                c.outcomeInstance() == null ? null : c.outcomeInstance().name(), c.outcomeOn(), c.servedOn(), c.lost(),
                c.appealedOn(), c.appealedBy(), c.effectiveOn(), c.performedOn(), c.performanceNote(), c.closedOn(), now,
                c.orgId(), c.id(), c.version());
        if (n != 1) {
            throw new BusinessException("CONCURRENT_CHANGE", "案件已被他人修改,请刷新后重试", 409);
        }
        Integer stored = jdbc.queryForObject("select count(*) from litigation_hearing where litigation_case_org_id = ? and litigation_case_id = ?",
                Integer.class, c.orgId(), c.id());
        saveChildren(c, userId, now, stored == null ? 0 : stored);
    }

    private void saveChildren(LitigationCase c, long userId, OffsetDateTime now, int storedHearings) {
        for (Hearing h : c.hearings()) {
            if (h.seq() <= storedHearings) {
                continue;
            }
            jdbc.update("""
                    insert into litigation_hearing (litigation_case_org_id, litigation_case_id, seq, instance, held_on, appearance,
                      head_name, head_post, staff_names, excuse, excuse_note, proof_attachment_id, recorded_by, recorded_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    c.orgId(), c.id(), h.seq(), h.instance().name(), h.heldOn(), h.appearance().name(), h.headName(),
                    h.headPost(), h.staffNames(), h.excuse() == null ? null : h.excuse().name(), h.excuseNote(),
                    h.proofAttachmentId(), userId, now);
        }
        saveDeadlines(c);
    }

    void addFile(LitigationCase c, UUID attachmentId, long attachmentOrgId, String purpose) {
        jdbc.update("insert into litigation_file (litigation_case_org_id, litigation_case_id, attachment_id, attachment_org_id, purpose) values (?, ?, ?, ?, ?)",
                c.orgId(), c.id(), attachmentId, attachmentOrgId, purpose);
    }

    /** Attachment id → purpose of a case's files. */
    public Map<UUID, String> files(LitigationCase c) {
        Map<UUID, String> m = new HashMap<>();
        jdbc.query("select attachment_id, purpose from litigation_file where litigation_case_org_id = ? and litigation_case_id = ?",
                rs -> {
                    m.put(rs.getObject(1, UUID.class), rs.getString(2));
                }, c.orgId(), c.id());
        return m;
    }

    private static LitigationCase map(ResultSet rs) throws SQLException {
        LitigationCase c = new LitigationCase(rs.getLong("org_id"), rs.getObject("id", UUID.class), rs.getString("case_number"),
                rs.getString("court_name"), rs.getString("plaintiff"), rs.getString("cause"),
                rs.getObject("complaint_received_on", LocalDate.class), LitigationState.valueOf(rs.getString("state")),
                Instance.valueOf(rs.getString("instance")), List.of(), List.of(), rs.getInt("version"));
        c.defenceFiledOn = rs.getObject("defence_filed_on", LocalDate.class);
        c.defenceLate = rs.getBoolean("defence_late");
        String ot = rs.getString("outcome_type");
        c.outcomeType = ot == null ? null : OutcomeType.valueOf(ot);
        String oi = rs.getString("outcome_instance");
        c.outcomeInstance = oi == null ? null : Instance.valueOf(oi);
        c.outcomeOn = rs.getObject("outcome_on", LocalDate.class);
        c.servedOn = rs.getObject("served_on", LocalDate.class);
        c.lost = (Boolean) rs.getObject("lost");
        c.appealedOn = rs.getObject("appealed_on", LocalDate.class);
        c.appealedBy = rs.getString("appealed_by");
        c.effectiveOn = rs.getObject("effective_on", LocalDate.class);
        c.performedOn = rs.getObject("performed_on", LocalDate.class);
        c.performanceNote = rs.getString("performance_note");
        c.closedOn = rs.getObject("closed_on", LocalDate.class);
        return c;
    }

    // ---- recommendations ---------------------------------------------------------------------------------------

    private static final String REC_COLUMNS = """
            r.org_id, r.id, r.kind, r.case_id, r.issuer, r.doc_number, r.received_on, r.content, r.reply_due, r.reply_unit,
            r.reply_amount, r.reply_basis, r.reply_provisional, r.replied_on, r.reply_text, r.version""";

    public Recommendation recommendation(UUID id, FazhiPrincipal user) {
        DataScope.SqlCondition c = scope(user, "r");
        List<Object> params = new ArrayList<>();
        params.add(id);
        params.addAll(c.params());
        List<Recommendation> l = jdbc.query("select " + REC_COLUMNS + " from litigation_recommendation r where r.id = ? and " + c.sql(),
                (rs, i) -> mapRec(rs), params.toArray());
        if (l.isEmpty()) {
            throw BusinessException.notFound("司法建议或检察建议");
        }
        return l.get(0);
    }

    public List<Recommendation> recommendations(FazhiPrincipal user, UUID caseId, Boolean open, int page, int size) {
        DataScope.SqlCondition c = scope(user, "r");
        StringBuilder where = new StringBuilder(c.sql());
        List<Object> params = new ArrayList<>(c.params());
        if (caseId != null) {
            where.append(" and r.case_id = ?");
            params.add(caseId);
        }
        if (open != null) {
            where.append(open ? " and r.replied_on is null" : " and r.replied_on is not null");
        }
        params.add(size);
        params.add((long) page * size);
        return jdbc.query("select " + REC_COLUMNS + " from litigation_recommendation r where " + where
                + " order by r.received_on desc, r.doc_number limit ? offset ?", (rs, i) -> mapRec(rs), params.toArray());
    }

    /** Unanswered recommendations of one organ due on or before {@code until}. */
    public List<Recommendation> openRecommendations(long orgId, LocalDate until) {
        return jdbc.query("select " + REC_COLUMNS + " from litigation_recommendation r where r.org_id = ? and r.replied_on is null"
                + " and r.reply_due <= ? order by r.reply_due", (rs, i) -> mapRec(rs), orgId, until);
    }

    void insert(Recommendation r, long userId, OffsetDateTime now) {
        jdbc.update("""
                insert into litigation_recommendation (org_id, id, kind, case_id, issuer, doc_number, received_on, content,
                  reply_due, reply_unit, reply_amount, reply_basis, reply_provisional, created_by, created_at, updated_at, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""",
                r.orgId(), r.id(), r.kind().name(), r.caseId(), r.issuer(), r.docNumber(), r.receivedOn(), r.content(),
                r.reply().due(), r.reply().unit().name(), r.reply().amount(), r.reply().basis(), r.reply().provisional(), userId, now, now);
    }

    void update(Recommendation r, OffsetDateTime now) {
        int n = jdbc.update("""
                update litigation_recommendation set replied_on = ?, reply_text = ?, updated_at = ?, version = version + 1
                where org_id = ? and id = ? and version = ?""", r.repliedOn(), r.replyText(), now, r.orgId(), r.id(), r.version());
        if (n != 1) {
            throw new BusinessException("CONCURRENT_CHANGE", "建议已被他人修改,请刷新后重试", 409);
        }
    }

    private static Recommendation mapRec(ResultSet rs) throws SQLException {
        CaseDeadline reply = new CaseDeadline("REPLY", rs.getObject("received_on", LocalDate.class),
                rs.getObject("reply_due", LocalDate.class), PeriodUnit.valueOf(rs.getString("reply_unit")),
                rs.getInt("reply_amount"), rs.getString("reply_basis"), rs.getBoolean("reply_provisional"), 0, null);
        return new Recommendation(rs.getLong("org_id"), rs.getObject("id", UUID.class),
                Recommendation.Kind.valueOf(rs.getString("kind")), rs.getObject("case_id", UUID.class), rs.getString("issuer"),
                rs.getString("doc_number"), rs.getObject("received_on", LocalDate.class), rs.getString("content"), reply,
                rs.getObject("replied_on", LocalDate.class), rs.getString("reply_text"), rs.getInt("version"));
    }
}
