package cn.fazhi.bench;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Generates a province for the plan benchmarks by JDBC batch: a province government, 10 cities, {@code counties}
 * county governments with {@code unitsPerCounty - 1} departments and towns each (the county itself leads tasks
 * too), and one in-force plan per county with {@code tasksPerPlan} tasks in 7 areas, a realistic status mix and
 * accepted progress reports. Defaults: 100 counties × 140 tasks = 14,000 tasks, 2,000 lead units. Reusable by the
 * import benchmark (a generated plan text per county) once the importer exists.
 */
public final class PlanBenchData {

    /** What was generated. */
    public record Dataset(long provinceId, String provincePath, List<Long> countyIds, List<UUID> planIds,
            int leadUnits, int tasks, int reports) {
    }

    private static final String[] AREAS = {"依法全面履行政府职能", "完善依法行政制度体系", "推进行政决策科学化、民主化、法治化",
        "坚持严格规范公正文明执法", "强化对行政权力的制约和监督", "依法有效化解社会矛盾纠纷", "全面提高政府工作人员法治思维和依法行政能力"};

    private PlanBenchData() {
    }

    public static Dataset generate(JdbcTemplate jdbc, int counties, int tasksPerPlan, int unitsPerCounty, long seed) {
        Random random = new Random(seed);
        String tag = Long.toString(Math.abs(random.nextLong()) % 1_000_000, 36);
        Long max = jdbc.queryForObject("select coalesce(max(id), 0) from org_unit", Long.class);
        long next = (max == null ? 0 : max) + 1_000;
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> orgs = new ArrayList<>();

        long province = next++;
        String provincePath = "/" + province + "/";
        orgs.add(new Object[] {province, null, provincePath, "B" + tag + "-P", "基准省人民政府" + tag, "GOVERNMENT", 10, now, now});
        int cities = 10;
        long[] cityIds = new long[cities];
        for (int c = 0; c < cities; c++) {
            cityIds[c] = next++;
            orgs.add(new Object[] {cityIds[c], province, provincePath + cityIds[c] + "/", "B" + tag + "-C" + c,
                "基准市" + c + "人民政府", "GOVERNMENT", c, now, now});
        }
        List<Long> countyIds = new ArrayList<>();
        List<long[]> leadUnits = new ArrayList<>();
        for (int k = 0; k < counties; k++) {
            long city = cityIds[k % cities];
            long county = next++;
            String countyPath = provincePath + city + "/" + county + "/";
            orgs.add(new Object[] {county, city, countyPath, "B" + tag + "-X" + k, "基准县" + k + "人民政府", "GOVERNMENT", k, now, now});
            countyIds.add(county);
            long[] leads = new long[unitsPerCounty];
            leads[0] = county;
            for (int u = 1; u < unitsPerCounty; u++) {
                long id = next++;
                boolean town = u > unitsPerCounty - 5;
                orgs.add(new Object[] {id, county, countyPath + id + "/", "B" + tag + "-X" + k + "-" + u,
                    "基准县" + k + (town ? "第" + u + "镇人民政府" : "第" + u + "局"), town ? "TOWN" : "DEPARTMENT", u, now, now});
                leads[u] = id;
            }
            leadUnits.add(leads);
        }
        jdbc.batchUpdate("insert into org_unit (id, parent_id, path, code, name, kind, sort_order, active, created_at,"
                + " updated_at, version) values (?, ?, ?, ?, ?, ?, ?, true, ?, ?, 0)", orgs);
        // identity columns do not see explicit ids: move the generator past them (H2 and PostgreSQL both accept this)
        jdbc.execute("alter table org_unit alter column id restart with " + (next + 1));

        List<UUID> planIds = new ArrayList<>();
        List<Object[]> plans = new ArrayList<>();
        List<Object[]> sections = new ArrayList<>();
        List<Object[]> tasks = new ArrayList<>();
        List<Object[]> reports = new ArrayList<>();
        for (int k = 0; k < counties; k++) {
            long county = countyIds.get(k);
            UUID plan = new UUID(random.nextLong(), random.nextLong());
            planIds.add(plan);
            plans.add(new Object[] {county, plan, "基准县" + k + "法治政府建设实施方案(2016—2020年)", "基政发〔2016〕" + (k + 1) + "号",
                county, now, now});
            for (int a = 0; a < AREAS.length; a++) {
                sections.add(new Object[] {county, plan, a + 1, "一二三四五六七".charAt(a) + "、", AREAS[a]});
            }
            long[] leads = leadUnits.get(k);
            for (int n = 1; n <= tasksPerPlan; n++) {
                UUID task = new UUID(random.nextLong(), random.nextLong());
                int area = (n - 1) * AREAS.length / tasksPerPlan + 1;
                long lead = leads[(n * 7 + k) % leads.length];
                double r = random.nextDouble();
                LocalDate deadline = random.nextInt(4) == 0 ? LocalDate.of(2016 + random.nextInt(5), 6, 30)
                        : LocalDate.of(2016 + random.nextInt(5), 12, 31);
                String kind = "DATE";
                String status;
                LocalDate completedOn = null;
                if (r < 0.40) {
                    status = "COMPLETED";
                    completedOn = deadline.minusDays(random.nextInt(200) - 20);
                } else if (r < 0.65) {
                    status = "IN_PROGRESS";
                } else if (r < 0.75) {
                    status = "NOT_STARTED";
                } else if (r < 0.85) {
                    status = "OVERDUE_UNFINISHED";
                } else {
                    status = "ONGOING";
                    kind = "CONTINUOUS";
                    deadline = null;
                }
                tasks.add(new Object[] {county, task, plan, n, area, "第" + n + "项工作任务:推进依法行政相关工作并建立长效机制", lead,
                    deadline == null ? null : Date.valueOf(deadline), kind, deadline == null ? "持续推进" : deadline.getYear() + "年底前",
                    status, completedOn == null ? null : Date.valueOf(completedOn), now, now});
                if (!"NOT_STARTED".equals(status)) {
                    OffsetDateTime submitted = OffsetDateTime.of(2018, 1, 5 + random.nextInt(20), 10, 0, 0, 0, ZoneOffset.ofHours(8));
                    reports.add(report(county, task, "2017", LocalDate.of(2017, 12, 31), LocalDate.of(2018, 1, 15), lead,
                            "ACCEPTED", "COMPLETED".equals(status) && completedOn.getYear() <= 2017, submitted, now, random));
                }
                if ("COMPLETED".equals(status) && completedOn.getYear() > 2017) {
                    reports.add(report(county, task, String.valueOf(completedOn.getYear()), completedOn, completedOn.plusDays(15),
                            lead, "ACCEPTED", true, completedOn.plusDays(random.nextInt(25)).atTime(9, 0).atOffset(ZoneOffset.ofHours(8)),
                            now, random));
                }
            }
        }
        jdbc.batchUpdate("insert into plan (org_id, id, title, doc_number, period_start_year, period_end_year, status,"
                + " reporting_cycle, supervisor_org_id, published, created_by, created_at, updated_at, version)"
                + " values (?, ?, ?, ?, 2016, 2020, 'IN_FORCE', 'YEARLY', ?, false, 1, ?, ?, 0)", plans);
        jdbc.batchUpdate("insert into plan_section (plan_org_id, plan_id, section_no, level, label, title)"
                + " values (?, ?, ?, 1, ?, ?)", sections);
        batches(jdbc, "insert into plan_task (org_id, id, plan_id, number, area_section_no, text, lead_org_id, deadline,"
                + " deadline_kind, deadline_text, status, completed_on, created_at, updated_at, version)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)", tasks);
        batches(jdbc, "insert into progress_report (org_id, id, task_id, period_code, period_end, due_on, reporting_org_id,"
                + " status, task_status, completion, narrative, submitted_at, created_at, updated_at, version)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)", reports);
        return new Dataset(province, provincePath, countyIds, planIds, counties * unitsPerCounty, tasks.size(), reports.size());
    }

    private static Object[] report(long orgId, UUID task, String period, LocalDate periodEnd, LocalDate due, long unit,
            String status, boolean completion, OffsetDateTime submitted, Timestamp now, Random random) {
        return new Object[] {orgId, new UUID(random.nextLong(), random.nextLong()), task, period, Date.valueOf(periodEnd),
            Date.valueOf(due), unit, status, completion ? "COMPLETED" : "IN_PROGRESS", completion,
            "本年度按计划推进,完成阶段性目标。", Timestamp.from(submitted.toInstant()), now, now};
    }

    private static void batches(JdbcTemplate jdbc, String sql, List<Object[]> rows) {
        for (int i = 0; i < rows.size(); i += 2_000) {
            jdbc.batchUpdate(sql, rows.subList(i, Math.min(rows.size(), i + 2_000)));
        }
    }
}
