package cn.fazhi.plan.metrics;

import cn.fazhi.plan.ReportingCycle;
import cn.fazhi.plan.progress.ReportingPeriod;
import cn.fazhi.plan.progress.ReportingSchedule;
import cn.fazhi.platform.calendar.StatutoryCalendar;
import cn.fazhi.platform.kernel.BusinessException;
import cn.fazhi.platform.kernel.TimeConfig;
import cn.fazhi.platform.metrics.MetricDefinition;
import cn.fazhi.platform.metrics.MetricKind;
import cn.fazhi.platform.metrics.MetricQuery;
import cn.fazhi.platform.metrics.MetricRecord;
import cn.fazhi.platform.metrics.MetricRecordPage;
import cn.fazhi.platform.metrics.MetricSource;
import cn.fazhi.platform.metrics.MetricUnit;
import cn.fazhi.platform.metrics.MetricValue;
import cn.fazhi.platform.org.OrgUnit;
import cn.fazhi.platform.org.OrgUnits;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The plan module's metrics (issue 4 §6). The organisation is the task's lead unit (牵头单位), which answers for it
 * ("一项工作任务、一个牵头单位", seed 002); with subordinates, every lead unit in the organisation's subtree, so that a
 * government's figure covers its departments and towns. Each value and its records are computed by the same
 * conditions ({@link #TASK_BASE}, {@link #REPORT_BASE}); the definitions below are the 口径 in words and are copied
 * into docs/metrics.md (a test keeps the names in step).
 */
@Component
public class PlanMetrics implements MetricSource {

    public static final String TASK_TOTAL = "plan.task.total";
    public static final String TASK_COMPLETED = "plan.task.completed";
    public static final String TASK_OVERDUE = "plan.task.overdue";
    public static final String TASK_COMPLETION_RATE = "plan.task.completion_rate";
    public static final String REPORT_ON_TIME_RATE = "plan.report.on_time_rate";

    private static final String SOURCE = "法治政府建设实施纲要及本地区实施方案(seed 002):“一项工作任务、一个牵头单位、一套工作方案”,"
            + "牵头单位每年报送进展,年度法治政府建设情况报告引用";

    private static final String TOTAL_TEXT = "非草拟状态(已印发、执行中、已结束)的实施方案中,牵头单位为所选单位(含下级时为其下级全部单位)"
            + "且实施方案期间始于统计期末所在年度或之前的任务,满足下列之一:完成时限为具体日期且不晚于统计期末;"
            + "持续推进、每年重复或未写明时限且实施方案期间延续到统计期间所在年度;或已于统计期末前经审核确认完成。";

    private static final List<MetricDefinition> DEFINITIONS = List.of(
            new MetricDefinition(TASK_TOTAL, "实施方案任务数", MetricUnit.ITEMS, MetricKind.COUNT, TOTAL_TEXT, 1, SOURCE),
            new MetricDefinition(TASK_COMPLETED, "已完成任务数", MetricUnit.ITEMS, MetricKind.COUNT,
                    "任务数口径内,状态为已完成且完成日期不晚于统计期末的任务。只有经司法局(法制机构)审核通过的完成报告才使任务成为已完成;"
                            + "已报送未审核或被退回的完成报告不计。", 1, SOURCE),
            new MetricDefinition(TASK_OVERDUE, "逾期任务数", MetricUnit.ITEMS, MetricKind.COUNT,
                    "任务数口径内,完成时限为具体日期、且完成时限早于统计截止日(统计期末与今日中较早者)、在完成时限当日及之前未经审核确认完成的任务"
                            + "(至截止日仍未完成,或完成日期晚于完成时限的逾期完成)。持续推进、每年重复和未写明时限的任务不计逾期。", 1,
                    SOURCE + ";督办依据"),
            new MetricDefinition(TASK_COMPLETION_RATE, "任务完成率", MetricUnit.PERCENT, MetricKind.RATE,
                    "已完成任务数 ÷ 实施方案任务数 × 100%,保留两位小数;分子、分母按上述口径在同一单位、同一期间计算;分母为 0 时无值。",
                    1, SOURCE),
            new MetricDefinition(REPORT_ON_TIME_RATE, "进展按时报送率", MetricUnit.PERCENT, MetricKind.RATE,
                    "分母:牵头单位为所选单位(含下级时为其下级全部单位)的任务(非草拟实施方案)在统计期间内到期的应报进展报告:"
                            + "系统中报送截止日在统计期间内的报告,加上按实施方案报告周期和法定期间计算、截止日在统计期间内且早于今日、"
                            + "任务录入系统时尚未到期、任务未在该报告期开始前完成、却没有建立的报告(未报送,计为未按时);"
                            + "分子:其中已审核通过、且报送时间(北京时间的日期)不晚于报送截止日的报告。× 100%,保留两位小数。",
                    2, SOURCE + ";实施方案“每年报送进展”的要求"));

    /**
     * Tasks counted by plan.task.total. Parameters in order: [org…], periodEndYear, periodEnd, periodStartYear,
     * periodEnd. The org condition ({@code t.lead_org_id …}) is appended by {@link #orgCondition}.
     */
    static final String TASK_BASE = """
            from plan_task t
            join plan p on p.org_id = t.org_id and p.id = t.plan_id
            where %s
              and p.status <> 'DRAFT'
              and p.period_start_year <= ?
              and ((t.deadline_kind = 'DATE' and t.deadline <= ?)
                   or (t.deadline_kind <> 'DATE' and p.period_end_year >= ?)
                   or (t.status = 'COMPLETED' and t.completed_on <= ?))""";

    /** Reports counted by plan.report.on_time_rate's denominator. Parameters: [org…], periodStart, periodEnd. */
    static final String REPORT_BASE = """
            from progress_report r
            join plan_task t on t.org_id = r.org_id and t.id = r.task_id
            join plan p on p.org_id = t.org_id and p.id = t.plan_id
            where %s
              and p.status <> 'DRAFT'
              and r.due_on >= ? and r.due_on <= ?""";

    private static final String COMPLETED = " and t.status = 'COMPLETED' and t.completed_on <= ?";
    private static final String OVERDUE = " and t.deadline_kind = 'DATE' and t.deadline < ?"
            + " and (t.status <> 'COMPLETED' or t.completed_on is null or t.completed_on > t.deadline)";

    private static final Map<String, String> TASK_STATUS = Map.of("NOT_STARTED", "未启动", "IN_PROGRESS", "推进中",
            "COMPLETED", "已完成", "OVERDUE_UNFINISHED", "逾期未完成", "ONGOING", "长期坚持");
    private static final Map<String, String> REPORT_STATUS = Map.of("DRAFT", "草稿", "SUBMITTED", "已报送待审核",
            "ACCEPTED", "已通过", "RETURNED", "已退回");

    private final JdbcTemplate jdbc;
    private final OrgUnits orgUnits;
    private final Clock clock;
    private final StatutoryCalendar calendar;

    public PlanMetrics(JdbcTemplate jdbc, OrgUnits orgUnits, Clock clock, StatutoryCalendar calendar) {
        this.jdbc = jdbc;
        this.orgUnits = orgUnits;
        this.clock = clock;
        this.calendar = calendar;
    }

    @Override
    public List<MetricDefinition> definitions() {
        return DEFINITIONS;
    }

    @Override
    public MetricValue value(String name, MetricQuery q) {
        return switch (name) {
            case TASK_TOTAL -> MetricValue.count(name, countTasks(q, ""), q);
            case TASK_COMPLETED -> MetricValue.count(name, countTasks(q, COMPLETED, Date.valueOf(q.period().end())), q);
            case TASK_OVERDUE -> MetricValue.count(name, countTasks(q, OVERDUE, Date.valueOf(cutoff(q))), q);
            case TASK_COMPLETION_RATE -> completionRate(q);
            case REPORT_ON_TIME_RATE -> onTimeRate(q);
            default -> throw unknown(name);
        };
    }

    /**
     * The four task metrics by one query over the tasks (each count by its own condition, {@link #COMPLETED} and
     * {@link #OVERDUE} as in {@link #value}), the on-time rate by one pass over the period's reports.
     */
    @Override
    public Map<String, MetricValue> values(List<String> names, MetricQuery q) {
        Map<String, MetricValue> out = new java.util.LinkedHashMap<>();
        names.forEach(n -> out.put(n, null));
        if (names.stream().anyMatch(n -> n.startsWith("plan.task."))) {
            OrgFilter org = orgFilter(q, "t.lead_org_id");
            Date end = Date.valueOf(q.period().end());
            List<Object> params = new ArrayList<>(List.of(end, Date.valueOf(cutoff(q))));
            params.addAll(org.params());
            params.addAll(taskBaseParams(q));
            long[] r = jdbc.queryForObject("select count(*) as total,"
                    + " sum(case when 1=1" + COMPLETED + " then 1 else 0 end) as completed,"
                    + " sum(case when 1=1" + OVERDUE + " then 1 else 0 end) as overdue " + TASK_BASE.formatted(org.sql()),
                    (rs, i) -> new long[] {rs.getLong("total"), rs.getLong("completed"), rs.getLong("overdue")}, params.toArray());
            for (String n : names) {
                switch (n) {
                    case TASK_TOTAL -> out.put(n, MetricValue.count(n, r[0], q));
                    case TASK_COMPLETED -> out.put(n, MetricValue.count(n, r[1], q));
                    case TASK_OVERDUE -> out.put(n, MetricValue.count(n, r[2], q));
                    case TASK_COMPLETION_RATE -> out.put(n, MetricValue.rate(n, r[1], r[0], q));
                    default -> {
                    }
                }
            }
        }
        for (String n : names) {
            if (out.get(n) == null) {
                out.put(n, value(n, q));
            }
        }
        return out;
    }

    @Override
    public MetricRecordPage records(String name, MetricQuery q, int page, int size) {
        return switch (name) {
            case TASK_TOTAL -> taskRecords(q, "", List.of(), null, page, size);
            case TASK_COMPLETED -> taskRecords(q, COMPLETED, List.of(Date.valueOf(q.period().end())), null, page, size);
            case TASK_OVERDUE -> taskRecords(q, OVERDUE, List.of(Date.valueOf(cutoff(q))), null, page, size);
            case TASK_COMPLETION_RATE -> taskRecords(q, "", List.of(),
                    "case when t.status = 'COMPLETED' and t.completed_on <= ? then 1 else 0 end", page, size);
            case REPORT_ON_TIME_RATE -> reportRecords(q, page, size);
            default -> throw unknown(name);
        };
    }

    /** The last day overdue is judged on: the period's end, or today when the period is not over yet. */
    LocalDate cutoff(MetricQuery q) {
        LocalDate today = LocalDate.now(clock.withZone(TimeConfig.CHINA));
        return today.isBefore(q.period().end()) ? today : q.period().end();
    }

    // ---- tasks -------------------------------------------------------------------------------------------------

    private long countTasks(MetricQuery q, String extra, Object... extraParams) {
        OrgFilter org = orgFilter(q, "t.lead_org_id");
        List<Object> params = new ArrayList<>(org.params());
        params.addAll(taskBaseParams(q));
        params.addAll(List.of(extraParams));
        Long n = jdbc.queryForObject("select count(*) " + TASK_BASE.formatted(org.sql()) + extra, Long.class,
                params.toArray());
        return n == null ? 0 : n;
    }

    /** Numerator and denominator in one pass over the tasks: the same conditions as the two counts. */
    private MetricValue completionRate(MetricQuery q) {
        OrgFilter org = orgFilter(q, "t.lead_org_id");
        List<Object> params = new ArrayList<>();
        params.add(Date.valueOf(q.period().end()));
        params.addAll(org.params());
        params.addAll(taskBaseParams(q));
        long[] r = jdbc.queryForObject("select count(*) filter (where t.status = 'COMPLETED' and t.completed_on <= ?)"
                + " as completed, count(*) as total " + TASK_BASE.formatted(org.sql()),
                (rs, i) -> new long[] {rs.getLong("completed"), rs.getLong("total")}, params.toArray());
        return MetricValue.rate(TASK_COMPLETION_RATE, r[0], r[1], q);
    }

    private MetricRecordPage taskRecords(MetricQuery q, String extra, List<Object> extraParams, String numeratorExpr,
            int page, int size) {
        OrgFilter org = orgFilter(q, "t.lead_org_id");
        List<Object> where = new ArrayList<>(org.params());
        where.addAll(taskBaseParams(q));
        where.addAll(extraParams);
        String from = TASK_BASE.formatted(org.sql()) + extra;
        Long total = jdbc.queryForObject("select count(*) " + from, Long.class, where.toArray());

        List<Object> params = new ArrayList<>();
        if (numeratorExpr != null) {
            params.add(Date.valueOf(q.period().end()));
        }
        params.addAll(where);
        params.add(size);
        params.add((long) page * size);
        String sql = "select t.id, t.plan_id, t.number, t.text, t.status, t.completed_on, t.deadline, t.deadline_text,"
                + " p.title, (select o.name from org_unit o where o.id = t.lead_org_id) as lead_name, "
                + (numeratorExpr == null ? "0" : numeratorExpr) + " as in_numerator "
                + from + " order by p.title, p.id, t.number limit ? offset ?";
        List<MetricRecord> items = jdbc.query(sql, (rs, i) -> {
            String status = rs.getString("status");
            LocalDate completedOn = rs.getObject("completed_on", LocalDate.class);
            LocalDate deadline = rs.getObject("deadline", LocalDate.class);
            String label = "《" + rs.getString("title") + "》任务(" + rs.getInt("number") + ")"
                    + abbreviate(rs.getString("text"), 40)
                    + " — 牵头单位:" + nullToDash(rs.getString("lead_name"))
                    + ";时限:" + (deadline != null ? deadline.toString() : nullToDash(rs.getString("deadline_text")))
                    + ";状态:" + TASK_STATUS.getOrDefault(status, status)
                    + (completedOn != null && "COMPLETED".equals(status) ? "(" + completedOn + ")" : "");
            return new MetricRecord("plan_task", rs.getString("id"), label,
                    "/plans/" + rs.getString("plan_id") + "/tasks/" + rs.getInt("number"),
                    numeratorExpr == null ? null : rs.getInt("in_numerator") == 1);
        }, params.toArray());
        return new MetricRecordPage(items, page, size, total == null ? 0 : total);
    }

    private List<Object> taskBaseParams(MetricQuery q) {
        Date end = Date.valueOf(q.period().end());
        return List.of(q.period().end().getYear(), end, q.period().start().getYear(), end);
    }

    // ---- reports -----------------------------------------------------------------------------------------------

    /**
     * One report a lead unit owed for a reporting period whose due date falls in the statistics period: the report
     * row when one exists ({@code reportId} set), else a missing report (never drafted), which counts as not on time.
     */
    record ReportSlot(String taskOrgId, String taskId, String planId, String planTitle, int taskNumber,
            String periodCode, LocalDate due, String unitName, String reportId, String status, Timestamp submittedAt) {

        boolean onTime() {
            return "ACCEPTED".equals(status) && PlanMetrics.onTime(due, submittedAt);
        }

        MetricRecord record() {
            String head = "《" + planTitle + "》任务(" + taskNumber + ") " + periodCode + " 进展报告 — " + nullToDash(unitName)
                    + ";截止:" + due;
            if (reportId == null) {
                // no row to link to: the task's page, where the lead unit drafts the report
                return new MetricRecord("progress_report_missing", taskId + "/" + periodCode,
                        head + ";未报送(系统中无该期报告,计为未按时报送)", "/plans/" + planId + "/tasks/" + taskNumber, false);
            }
            return new MetricRecord("progress_report", reportId, head + ";报送:"
                    + (submittedAt == null ? "未报送" : submittedDate(submittedAt)) + ";状态:"
                    + REPORT_STATUS.getOrDefault(status, status), "/plans/reports/" + reportId, onTime());
        }
    }

    private MetricValue onTimeRate(MetricQuery q) {
        List<ReportSlot> slots = reportSlots(q);
        long onTime = slots.stream().filter(ReportSlot::onTime).count();
        return MetricValue.rate(REPORT_ON_TIME_RATE, onTime, slots.size(), q);
    }

    private MetricRecordPage reportRecords(MetricQuery q, int page, int size) {
        List<ReportSlot> slots = reportSlots(q);
        int from = (int) Math.min(slots.size(), (long) page * size);
        int to = Math.min(slots.size(), from + size);
        return new MetricRecordPage(slots.subList(from, to).stream().map(ReportSlot::record).toList(), page, size,
                slots.size());
    }

    /**
     * The denominator of plan.report.on_time_rate: the report rows whose due date is in the period (as before), and
     * for each task of a non-draft plan led by the selected unit(s), each reporting period of its plan
     * ({@link ReportingSchedule}, due dates from the statutory calendar) that fell due in the period and before
     * today, while the task was in the system (as the supervision scan asks for reports) and not completed before the
     * period began, with no report row at all.
     */
    List<ReportSlot> reportSlots(MetricQuery q) {
        LocalDate start = q.period().start();
        LocalDate end = q.period().end();
        LocalDate today = LocalDate.now(clock.withZone(TimeConfig.CHINA));
        List<ReportSlot> slots = new ArrayList<>();
        // the selected units and their names, read once: the three queries below filter by an id list (PostgreSQL
        // misestimates the path-LIKE semi-join across three joined tables and chose nested loops over the whole tree)
        Map<Long, String> units = new java.util.HashMap<>();
        OrgFilter selected = orgFilter(q, "u.id");
        jdbc.query("select u.id, u.name from org_unit u where " + selected.sql(),
                rs -> {
                    units.put(rs.getLong(1), rs.getString(2));
                }, selected.params().toArray());
        if (units.isEmpty()) {
            return slots;
        }
        String in = " in (" + String.join(",", java.util.Collections.nCopies(units.size(), "?")) + ")";
        List<Object> ids = new ArrayList<>(units.keySet());

        List<Object> params = new ArrayList<>(ids);
        params.add(Date.valueOf(start));
        params.add(Date.valueOf(end));
        jdbc.query("select r.id, r.period_code, r.status, r.due_on, r.submitted_at, r.reporting_org_id, t.org_id as task_org_id,"
                + " t.id as task_id, t.plan_id, t.number, p.title " + REPORT_BASE.formatted("r.reporting_org_id" + in), rs -> {
                    slots.add(new ReportSlot(rs.getString("task_org_id"), rs.getString("task_id"), rs.getString("plan_id"),
                            rs.getString("title"), rs.getInt("number"), rs.getString("period_code"),
                            rs.getObject("due_on", LocalDate.class), units.get(rs.getLong("reporting_org_id")),
                            rs.getString("id"), rs.getString("status"), rs.getTimestamp("submitted_at")));
                }, params.toArray());

        // a period due in [start, end] ended at most a quarter before start (yearly reports are due three months on)
        LocalDate earliestPeriodEnd = start.minusYears(1);
        List<Object> taskParams = new ArrayList<>(ids);
        taskParams.addAll(List.of(end.getYear(), earliestPeriodEnd.getYear(), Date.valueOf(earliestPeriodEnd)));
        String taskWhere = " from plan_task t join plan p on p.org_id = t.org_id and p.id = t.plan_id where t.lead_org_id"
                + in + " and p.status <> 'DRAFT' and p.period_start_year <= ? and p.period_end_year >= ?"
                + " and (t.completed_on is null or t.completed_on >= ?)";
        java.util.Set<String> reported = new java.util.HashSet<>();
        List<Object> keyParams = new ArrayList<>(taskParams);
        keyParams.add(Date.valueOf(earliestPeriodEnd));
        jdbc.query("select r.task_id, r.period_code from progress_report r join plan_task t on t.org_id = r.org_id"
                + " and t.id = r.task_id join plan p on p.org_id = t.org_id and p.id = t.plan_id where t.lead_org_id" + in
                + " and p.status <> 'DRAFT' and p.period_start_year <= ? and p.period_end_year >= ?"
                + " and (t.completed_on is null or t.completed_on >= ?) and r.period_end >= ?",
                rs -> {
                    reported.add(rs.getString(1) + "/" + rs.getString(2));
                }, keyParams.toArray());
        Map<String, LocalDate> dueByPeriod = new java.util.HashMap<>();
        jdbc.query("select t.org_id, t.id, t.plan_id, t.number, t.completed_on, t.created_at, t.lead_org_id, p.title,"
                + " p.reporting_cycle, p.period_start_year, p.period_end_year" + taskWhere, rs -> {
                    String taskId = rs.getString("id");
                    LocalDate completedOn = rs.getObject("completed_on", LocalDate.class);
                    LocalDate enteredOn = rs.getTimestamp("created_at").toInstant().atZone(TimeConfig.CHINA).toLocalDate();
                    for (ReportingPeriod p : ReportingSchedule.periods(ReportingCycle.valueOf(rs.getString("reporting_cycle")),
                            rs.getInt("period_start_year"), rs.getInt("period_end_year"))) {
                        if (p.end().isBefore(earliestPeriodEnd) || p.end().isAfter(end)) {
                            continue;
                        }
                        LocalDate due = dueByPeriod.computeIfAbsent(p.code(), k -> ReportingSchedule.due(p, calendar).due());
                        boolean owed = !due.isBefore(start) && !due.isAfter(end) && due.isBefore(today)
                                && !due.isBefore(enteredOn) && (completedOn == null || !completedOn.isBefore(p.start()));
                        if (owed && !reported.contains(taskId + "/" + p.code())) {
                            slots.add(new ReportSlot(rs.getString("org_id"), taskId, rs.getString("plan_id"),
                                    rs.getString("title"), rs.getInt("number"), p.code(), due,
                                    units.get(rs.getLong("lead_org_id")), null, null, null));
                        }
                    }
                }, taskParams.toArray());
        slots.sort(java.util.Comparator.comparing(ReportSlot::due).thenComparing(ReportSlot::planTitle)
                .thenComparing(ReportSlot::planId).thenComparingInt(ReportSlot::taskNumber)
                .thenComparing(ReportSlot::periodCode));
        return slots;
    }

    static boolean onTime(LocalDate due, Timestamp submittedAt) {
        return due != null && submittedAt != null && !submittedDate(submittedAt).isAfter(due);
    }

    private static LocalDate submittedDate(Timestamp submittedAt) {
        return submittedAt.toInstant().atZone(TimeConfig.CHINA).toLocalDate();
    }

    // ---- organisation ------------------------------------------------------------------------------------------

    record OrgFilter(String sql, List<Object> params) {
    }

    /** The lead (or reporting) unit condition: the unit itself, or every unit of its subtree. */
    OrgFilter orgFilter(MetricQuery q, String column) {
        if (!q.withSubordinates()) {
            return new OrgFilter(column + " = ?", List.of(q.orgId()));
        }
        OrgUnit unit = orgUnits.find(q.orgId()).orElseThrow(() -> BusinessException.notFound("单位"));
        return new OrgFilter(column + " in (select s.id from org_unit s where s.path like ?)", List.of(unit.path() + "%"));
    }

    private static BusinessException unknown(String name) {
        return new BusinessException("METRIC_NOT_FOUND", "统计指标“" + name + "”不存在", 404);
    }

    private static String abbreviate(String s, int max) {
        if (s == null) {
            return "";
        }
        String flat = s.replaceAll("\\s+", " ").strip();
        return flat.length() > max ? flat.substring(0, max) + "…" : flat;
    }

    private static String nullToDash(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }
}
