package cn.fazhi.plan.publication;

import cn.fazhi.platform.kernel.BusinessException;
import cn.fazhi.platform.kernel.TimeConfig;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads published plans for the unauthenticated public pages. Only plans with {@code published} set and in an
 * issued, in-force or ended state exist here; anything else is "not found". Progress narratives are de-identified
 * before they leave (design.md, 个人信息: ID-card and mobile numbers masked) and the rule applied is logged.
 */
@Service
public class PublicPlans {

    private static final Logger log = LoggerFactory.getLogger(PublicPlans.class);

    /** 居民身份证号码 (GB 11643: 17 digits and a check digit). */
    private static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9])[1-9]\\d{5}(?:19|20)\\d{2}\\d{7}[0-9Xx](?![0-9])");
    /** Mainland mobile numbers. */
    private static final Pattern MOBILE = Pattern.compile("(?<![0-9])1[3-9]\\d{9}(?![0-9])");

    private static final String VISIBLE = "p.published = true and p.status in ('ISSUED', 'IN_FORCE', 'ENDED')";
    private static final Map<String, String> PLAN_STATUS = Map.of("ISSUED", "已印发", "IN_FORCE", "执行中", "ENDED", "已结束");
    private static final Map<String, String> TASK_STATUS = Map.of("NOT_STARTED", "未启动", "IN_PROGRESS", "推进中",
            "COMPLETED", "已完成", "OVERDUE_UNFINISHED", "逾期未完成", "ONGOING", "长期坚持");

    private final JdbcTemplate jdbc;

    public PublicPlans(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<PublicPlan.Summary> list() {
        return jdbc.query("select p.id, p.title, p.doc_number, p.period_start_year, p.period_end_year, p.status,"
                + " p.published_at, (select o.name from org_unit o where o.id = p.org_id) as issuer,"
                + " (select count(*) from plan_task t where t.org_id = p.org_id and t.plan_id = p.id) as tasks"
                + " from plan p where " + VISIBLE + " order by p.published_at desc, p.title", (rs, i) ->
                new PublicPlan.Summary(rs.getObject("id", UUID.class), rs.getString("title"), rs.getString("doc_number"),
                        rs.getString("issuer"), rs.getInt("period_start_year"), rs.getInt("period_end_year"),
                        PLAN_STATUS.get(rs.getString("status")), day(rs.getTimestamp("published_at")),
                        rs.getLong("tasks")));
    }

    @Transactional(readOnly = true)
    public PublicPlan get(UUID planId) {
        record Head(long orgId, String title, String docNumber, String issuer, int start, int end, String status,
                LocalDate publishedOn) {
        }
        Head h = jdbc.query("select p.org_id, p.title, p.doc_number, p.period_start_year, p.period_end_year, p.status,"
                + " p.published_at, (select o.name from org_unit o where o.id = p.org_id) as issuer"
                + " from plan p where p.id = ? and " + VISIBLE, (rs, i) -> new Head(rs.getLong("org_id"),
                        rs.getString("title"), rs.getString("doc_number"), rs.getString("issuer"),
                        rs.getInt("period_start_year"), rs.getInt("period_end_year"),
                        PLAN_STATUS.get(rs.getString("status")), day(rs.getTimestamp("published_at"))), planId)
                .stream().findFirst().orElseThrow(() -> BusinessException.notFound("公开的实施方案"));

        Map<Integer, String> headings = new HashMap<>();
        Map<Integer, Integer> parents = new HashMap<>();
        List<Integer> areaOrder = new ArrayList<>();
        jdbc.query("select section_no, level, label, title, parent_section_no from plan_section"
                + " where plan_org_id = ? and plan_id = ? order by section_no", rs -> {
                    int no = rs.getInt("section_no");
                    headings.put(no, nz(rs.getString("label")) + rs.getString("title"));
                    if (rs.getInt("level") == 1) {
                        areaOrder.add(no);
                    } else {
                        parents.put(no, (Integer) rs.getObject("parent_section_no"));
                    }
                }, h.orgId(), planId);

        Map<UUID, List<PublicPlan.Progress>> progress = new HashMap<>();
        int[] masked = {0};
        jdbc.query("""
                select r.task_id, r.period_code, r.narrative from progress_report r
                where r.org_id = ? and r.status = 'ACCEPTED' and r.narrative is not null
                  and r.task_id in (select t.id from plan_task t where t.org_id = ? and t.plan_id = ?)
                order by r.period_code""", rs -> {
                    String text = deidentify(rs.getString("narrative"), masked);
                    progress.computeIfAbsent(rs.getObject("task_id", UUID.class), k -> new ArrayList<>())
                            .add(new PublicPlan.Progress(rs.getString("period_code"), text));
                }, h.orgId(), h.orgId(), planId);
        if (masked[0] > 0) {
            log.info("Public plan {}: masked {} personal data item(s) in progress narratives (rule: 身份证号码、手机号码去标识化)",
                    planId, masked[0]);
        }

        // area -> (sub-area or null) -> tasks, in document order
        Map<Integer, Map<Integer, List<PublicPlan.Task>>> tree = new LinkedHashMap<>();
        areaOrder.forEach(a -> tree.put(a, new LinkedHashMap<>()));
        jdbc.query("""
                select t.id, t.number, t.text, t.area_section_no, t.sub_area_section_no, t.deadline, t.deadline_text,
                       t.status, (select o.name from org_unit o where o.id = t.lead_org_id) as lead_name, t.lead_unit_text
                from plan_task t where t.org_id = ? and t.plan_id = ? order by t.number""", rs -> {
                    Integer area = (Integer) rs.getObject("area_section_no");
                    Integer sub = (Integer) rs.getObject("sub_area_section_no");
                    if (area == null && sub != null) {
                        area = parents.get(sub);
                    }
                    LocalDate deadline = rs.getObject("deadline", LocalDate.class);
                    String deadlineText = rs.getString("deadline_text");
                    String lead = rs.getString("lead_name");
                    PublicPlan.Task task = new PublicPlan.Task(rs.getInt("number"), rs.getString("text"),
                            lead != null ? lead : nz(rs.getString("lead_unit_text")),
                            deadlineText != null && !deadlineText.isBlank() ? deadlineText
                                    : deadline != null ? deadline.toString() : "—",
                            TASK_STATUS.getOrDefault(rs.getString("status"), rs.getString("status")),
                            progress.getOrDefault(rs.getObject("id", UUID.class), List.of()));
                    tree.computeIfAbsent(area, k -> new LinkedHashMap<>())
                            .computeIfAbsent(sub, k -> new ArrayList<>()).add(task);
                }, h.orgId(), planId);

        List<PublicPlan.Area> areas = new ArrayList<>();
        tree.forEach((area, blocks) -> {
            if (blocks.isEmpty()) {
                return;
            }
            List<PublicPlan.Block> list = new ArrayList<>();
            blocks.forEach((sub, tasks) -> list.add(new PublicPlan.Block(sub == null ? null : headings.get(sub), tasks)));
            areas.add(new PublicPlan.Area(area == null ? null : headings.get(area), list));
        });
        return new PublicPlan(planId, h.title(), h.docNumber(), h.issuer(), h.start(), h.end(), h.status(),
                h.publishedOn(), areas);
    }

    /** Masks ID-card numbers (keeps the 6-digit region code) and mobile numbers (keeps the first 3 and last 4 digits). */
    static String deidentify(String text, int[] count) {
        Matcher m = ID_NUMBER.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            count[0]++;
            m.appendReplacement(sb, Matcher.quoteReplacement(m.group().substring(0, 6) + "************"));
        }
        m.appendTail(sb);
        m = MOBILE.matcher(sb.toString());
        sb = new StringBuilder();
        while (m.find()) {
            count[0]++;
            String g = m.group();
            m.appendReplacement(sb, Matcher.quoteReplacement(g.substring(0, 3) + "****" + g.substring(7)));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static LocalDate day(Timestamp t) {
        return t == null ? null : t.toInstant().atZone(TimeConfig.CHINA).toLocalDate();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
