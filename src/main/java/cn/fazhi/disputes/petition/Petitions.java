package cn.fazhi.disputes.petition;

import cn.fazhi.disputes.support.CaseDeadline;
import cn.fazhi.disputes.petition.PetitionEnums.Category;
import cn.fazhi.disputes.petition.PetitionEnums.Channel;
import cn.fazhi.disputes.petition.PetitionEnums.ReplyOutcome;
import cn.fazhi.disputes.petition.PetitionEnums.Route;
import cn.fazhi.disputes.petition.PetitionEnums.Satisfaction;
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

/**
 * petition rows with their deadlines. A petition is visible when the data scope covers the registering organ
 * (org_id), the organ it was last forwarded to or from (forwarded_to_org_id, forwarded_from_org_id) or the
 * responsible unit (handling_org_id); otherwise it is "not found".
 */
@Repository
public class Petitions {

    private static final String COLUMNS = """
            p.org_id, p.id, p.channel, p.petitioner, p.matter, p.category, p.received_on, p.state, p.handling_org_id,
            p.accepted_on, p.route, p.route_reason, p.extended_days, p.extension_reason, p.replied_on, p.reply_outcome,
            p.reply_text, p.satisfaction, p.review_requested_on, p.review_opinion_on, p.review_text, p.rereview_requested_on,
            p.rereview_opinion_on, p.rereview_text, p.closed_on, p.forwarded_to_org_id, p.forwarded_from_org_id, p.forwarded_on,
            p.forward_kind, p.forward_reason, p.version""";

    private final JdbcTemplate jdbc;

    private final DeadlineStore deadlines;

    Petitions(JdbcTemplate jdbc, DeadlineStore deadlines) {
        this.jdbc = jdbc;
        this.deadlines = deadlines;
    }

    /** A petition by its key, whoever's scope: for system jobs (re-timing after a holiday notice). */
    java.util.Optional<Petition> findForSystem(long orgId, UUID id) {
        return jdbc.query("select " + COLUMNS + " from petition p where p.org_id = ? and p.id = ?", (rs, i) -> map(rs),
                orgId, id).stream().findFirst().map(p -> {
                    p.deadlines.addAll(deadlines.load(DeadlineTable.PETITION, p.orgId(), p.id()));
                    return p;
                });
    }

    static DataScope.SqlCondition scope(FazhiPrincipal user) {
        DataScope.SqlCondition a = user.scope().filter("p.org_id", "p.created_by");
        DataScope.SqlCondition b = user.scope().filter("p.handling_org_id", null);
        DataScope.SqlCondition f = user.scope().filter("p.forwarded_to_org_id", null);
        DataScope.SqlCondition s = user.scope().filter("p.forwarded_from_org_id", null);
        List<Object> params = new ArrayList<>(a.params());
        params.addAll(b.params());
        params.addAll(f.params());
        params.addAll(s.params());
        return new DataScope.SqlCondition("(" + a.sql() + " or " + b.sql() + " or " + f.sql() + " or " + s.sql() + ")", params);
    }

    public Petition get(UUID id, FazhiPrincipal user) {
        DataScope.SqlCondition c = scope(user);
        List<Object> params = new ArrayList<>();
        params.add(id);
        params.addAll(c.params());
        List<Petition> l = jdbc.query("select " + COLUMNS + " from petition p where p.id = ? and " + c.sql(),
                (rs, i) -> map(rs), params.toArray());
        if (l.isEmpty()) {
            throw BusinessException.notFound("信访事项");
        }
        Petition p = l.get(0);
        p.deadlines.addAll(deadlines.load(DeadlineTable.PETITION, p.orgId(), p.id()));
        return p;
    }

    public record Row(UUID id, long orgId, String orgName, String handlingOrgName, Channel channel, String petitioner,
            String matter, LocalDate receivedOn, PetitionState state, LocalDate nextDue) {

        Row withNextDue(CaseDeadline next) {
            return next == null ? this : new Row(id, orgId, orgName, handlingOrgName, channel, petitioner, matter,
                    receivedOn, state, next.due());
        }
    }

    public List<Row> search(FazhiPrincipal user, PetitionState state, Long orgId, String q, int page, int size) {
        DataScope.SqlCondition c = scope(user);
        StringBuilder where = new StringBuilder(c.sql());
        List<Object> params = new ArrayList<>(c.params());
        filters(where, params, state, orgId, q);
        params.add(size);
        params.add((long) page * size);
        List<Row> rows = jdbc.query("""
                select p.id, p.org_id, o.name as org_name, (select h.name from org_unit h where h.id = p.handling_org_id) as handling_name,
                  p.channel, p.petitioner, p.matter, p.received_on, p.state
                from petition p join org_unit o on o.id = p.org_id where """ + where
                + " order by p.received_on desc, p.id limit ? offset ?",
                (rs, i) -> new Row(rs.getObject("id", UUID.class), rs.getLong("org_id"), rs.getString("org_name"),
                        rs.getString("handling_name"), Channel.valueOf(rs.getString("channel")), rs.getString("petitioner"),
                        rs.getString("matter"), rs.getObject("received_on", LocalDate.class),
                        PetitionState.valueOf(rs.getString("state")), null),
                params.toArray());
        // the organ's own steps: the petitioner's request windows are not the organ's deadline
        java.util.Map<UUID, CaseDeadline> next = deadlines.nearestOpen(DeadlineTable.PETITION,
                rows.stream().map(r -> new DeadlineStore.CaseKey(r.orgId(), r.id())).toList(), Petition.ORGAN_STEPS);
        return rows.stream().map(r -> r.withNextDue(next.get(r.id()))).toList();
    }

    public long count(FazhiPrincipal user, PetitionState state, Long orgId, String q) {
        DataScope.SqlCondition c = scope(user);
        StringBuilder where = new StringBuilder(c.sql());
        List<Object> params = new ArrayList<>(c.params());
        filters(where, params, state, orgId, q);
        Long n = jdbc.queryForObject("select count(*) from petition p where " + where, Long.class, params.toArray());
        return n == null ? 0 : n;
    }

    private static void filters(StringBuilder where, List<Object> params, PetitionState state, Long orgId, String q) {
        if (state != null) {
            where.append(" and p.state = ?");
            params.add(state.name());
        }
        if (orgId != null) {
            where.append(" and (p.org_id = ? or p.handling_org_id = ? or p.forwarded_to_org_id = ?)");
            params.add(orgId);
            params.add(orgId);
            params.add(orgId);
        }
        if (q != null && !q.isBlank()) {
            String like = "%" + q.strip().replace("%", "").replace("_", "") + "%";
            where.append(" and (p.petitioner ilike ? or p.matter ilike ?)");
            params.add(like);
            params.add(like);
        }
    }

    /**
     * Open organ-side deadlines of petitions registered by (and not forwarded away from), forwarded to or assigned to
     * {@code orgId}, due on or before {@code until}.
     */
    public List<Row> dueFor(long orgId, LocalDate until) {
        return jdbc.query("""
                select p.id, p.org_id, '' as org_name, '' as handling_name, p.channel, p.petitioner, p.matter, p.received_on,
                  p.state, d.due as next_due
                from petition p join petition_deadline d on d.petition_org_id = p.org_id and d.petition_id = p.id
                where ((p.org_id = ? and p.forwarded_to_org_id is null) or p.forwarded_to_org_id = ? or p.handling_org_id = ?)
                  and d.done_on is null and d.due <= ?
                  and d.step in ('ACCEPTANCE', 'FORWARDED_ACCEPTANCE', 'HANDLING', 'REVIEW_OPINION', 'REREVIEW_OPINION')
                order by d.due""",
                (rs, i) -> new Row(rs.getObject("id", UUID.class), rs.getLong("org_id"), "", "",
                        Channel.valueOf(rs.getString("channel")), rs.getString("petitioner"), rs.getString("matter"),
                        rs.getObject("received_on", LocalDate.class), PetitionState.valueOf(rs.getString("state")),
                        rs.getObject("next_due", LocalDate.class)), orgId, orgId, orgId, until);
    }

    void insert(Petition p, long userId, OffsetDateTime now) {
        jdbc.update("""
                insert into petition (org_id, id, channel, petitioner, matter, category, received_on, state, created_by,
                  created_at, updated_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""",
                p.orgId(), p.id(), p.channel().name(), p.petitioner(), p.matter(), p.category().name(), p.receivedOn(),
                p.state().name(), userId, now, now);
        saveDeadlines(p);
    }

    void update(Petition p, OffsetDateTime now) {
        int n = jdbc.update("""
                update petition set state = ?, handling_org_id = ?, accepted_on = ?, route = ?, route_reason = ?, extended_days = ?,
                  extension_reason = ?, replied_on = ?, reply_outcome = ?, reply_text = ?, satisfaction = ?, review_requested_on = ?,
                  review_opinion_on = ?, review_text = ?, rereview_requested_on = ?, rereview_opinion_on = ?, rereview_text = ?,
                  closed_on = ?, forwarded_to_org_id = ?, forwarded_from_org_id = ?, forwarded_on = ?, forward_kind = ?,
                  forward_reason = ?, updated_at = ?, version = version + 1
                where org_id = ? and id = ? and version = ?""",
                p.state().name(), p.handlingOrgId(), p.acceptedOn(), p.route() == null ? null : p.route().name(),
                p.routeReason(), p.extendedDays(), p.extensionReason(), p.repliedOn(),
                p.replyOutcome() == null ? null : p.replyOutcome().name(), p.replyText(),
                p.satisfaction() == null ? null : p.satisfaction().name(), p.reviewRequestedOn(), p.reviewOpinionOn(),
                p.reviewText(), p.rereviewRequestedOn(), p.rereviewOpinionOn(), p.rereviewText(), p.closedOn(),
                p.forwardedToOrgId(), p.forwardedFromOrgId(), p.forwardedOn(),
                p.forwardKind() == null ? null : p.forwardKind().name(), p.forwardReason(), now,
                p.orgId(), p.id(), p.version());
        if (n != 1) {
            throw new BusinessException("CONCURRENT_CHANGE", "信访事项已被他人修改,请刷新后重试", 409);
        }
        saveDeadlines(p);
    }

    void saveDeadlines(Petition p) {
        deadlines.replace(DeadlineTable.PETITION, p.orgId(), p.id(), p.deadlines());
    }

    String orgName(Long orgId) {
        if (orgId == null) {
            return "";
        }
        List<String> l = jdbc.queryForList("select name from org_unit where id = ?", String.class, orgId);
        return l.isEmpty() ? "" : l.get(0);
    }

    private static Petition map(ResultSet rs) throws SQLException {
        Petition p = new Petition(rs.getLong("org_id"), rs.getObject("id", UUID.class), Channel.valueOf(rs.getString("channel")),
                rs.getString("petitioner"), rs.getString("matter"), Category.valueOf(rs.getString("category")),
                rs.getObject("received_on", LocalDate.class), PetitionState.valueOf(rs.getString("state")), rs.getInt("version"));
        long h = rs.getLong("handling_org_id");
        p.handlingOrgId = rs.wasNull() ? null : h;
        p.acceptedOn = rs.getObject("accepted_on", LocalDate.class);
        p.route = rs.getString("route") == null ? null : Route.valueOf(rs.getString("route"));
        p.routeReason = rs.getString("route_reason");
        int ext = rs.getInt("extended_days");
        p.extendedDays = rs.wasNull() ? null : ext;
        p.extensionReason = rs.getString("extension_reason");
        p.repliedOn = rs.getObject("replied_on", LocalDate.class);
        p.replyOutcome = rs.getString("reply_outcome") == null ? null : ReplyOutcome.valueOf(rs.getString("reply_outcome"));
        p.replyText = rs.getString("reply_text");
        p.satisfaction = rs.getString("satisfaction") == null ? null : Satisfaction.valueOf(rs.getString("satisfaction"));
        p.reviewRequestedOn = rs.getObject("review_requested_on", LocalDate.class);
        p.reviewOpinionOn = rs.getObject("review_opinion_on", LocalDate.class);
        p.reviewText = rs.getString("review_text");
        p.rereviewRequestedOn = rs.getObject("rereview_requested_on", LocalDate.class);
        p.rereviewOpinionOn = rs.getObject("rereview_opinion_on", LocalDate.class);
        p.rereviewText = rs.getString("rereview_text");
        p.closedOn = rs.getObject("closed_on", LocalDate.class);
        long to = rs.getLong("forwarded_to_org_id");
        p.forwardedToOrgId = rs.wasNull() ? null : to;
        long from = rs.getLong("forwarded_from_org_id");
        p.forwardedFromOrgId = rs.wasNull() ? null : from;
        p.forwardedOn = rs.getObject("forwarded_on", LocalDate.class);
        p.forwardKind = rs.getString("forward_kind") == null ? null : PetitionEnums.ForwardKind.valueOf(rs.getString("forward_kind"));
        p.forwardReason = rs.getString("forward_reason");
        return p;
    }
}
